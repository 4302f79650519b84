#pragma once

#include "exercises/geometry/geometryparams.h"

namespace stages::geometry {

/// The star polygon {n/k}: n points on a circle (numbered 0..n-1 clockwise from the top), each
/// joined to the k-th next one. The lines fall into gcd(n, k) separate closed figures of
/// n / gcd(n, k) corners each ({6/2}: two triangles; {5/2}: one five-pointed star).
///
/// Items are those separate figures, each the order in which its corners are visited:
/// figure j is [j, j+k, j+2k, ...] (mod n), j = 0..gcd-1, so count() = gcd(n, k) and
/// enumerate() lists them by their smallest corner. A closed figure drawn from another corner or
/// the other way round is the same figure (canonical: start at the smallest corner, step +k).
/// Kind "star_polygon", params {"n": 3..12, "k": 1..n-1}, id segment "star/n7k2".
class StarPolygonStructure final : public Structure
{
public:
    StarPolygonStructure(int n, int k);
    static StructureResult create(const QJsonObject &params);

    int n() const { return m_n; }
    int k() const { return m_k; }
    /// gcd(n, k): how many separate figures.
    int figures() const;
    /// n / gcd(n, k): corners of each figure.
    int cornersPerFigure() const { return m_n / figures(); }
    /// Every line drawn, as [a, b] with a < b, sorted: n lines ({n/k} with 2k = n: n/2 lines).
    ItemList segments() const;

    QString kind() const override { return QStringLiteral("star_polygon"); }
    QList<SamenessRule> rules() const override { return { SamenessRule::TurnOrFlipIsSame }; }
    QString idToken() const override { return QStringLiteral("star"); }
    QJsonObject params() const override;
    QString paramsToken() const override;
    int itemLength() const override { return cornersPerFigure(); }
    int elementCount() const override { return m_n; }
    qint64 count() const override { return figures(); }
    ItemList enumerate() const override;
    bool isValid(const Item &item) const override;
    Item canonical(const Item &item) const override;

    static constexpr int kMinPoints = 3;
    static constexpr int kMaxPoints = 12;

private:
    int m_n;
    int m_k;
};

} // namespace stages::geometry
