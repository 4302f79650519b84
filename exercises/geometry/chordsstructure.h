#pragma once

#include "exercises/geometry/geometryparams.h"

namespace stages::geometry {

/// Lines or triangles among n points on a circle (numbered 0..n-1 clockwise from the top).
/// Params {"n": 3..12, "figure": "segment" | "diagonal" | "triangle"}:
///  - segment: every line between two points, [a, b] with a < b: C(n, 2);
///  - diagonal: the lines between two points that are not neighbours on the circle: n(n-3)/2;
///  - triangle: every triangle with corners among the points, [a, b, c] with a < b < c: C(n, 3).
/// Order does not matter (the line 2-5 is the line 5-2): canonical items are sorted and listed
/// lexicographically. Id segment "chord/n6seg", "chord/n6diag", "chord/n6tri".
class ChordsStructure final : public Structure
{
public:
    enum class Figure { Segment, Diagonal, Triangle };
    ChordsStructure(int n, Figure figure);
    static StructureResult create(const QJsonObject &params);

    int n() const { return m_n; }
    Figure figure() const { return m_figure; }
    /// "segment", "diagonal", "triangle".
    QString figureKey() const;

    QString kind() const override { return QStringLiteral("chords"); }
    QList<SamenessRule> rules() const override { return { SamenessRule::OrderDoesNotMatter, SamenessRule::NoRepeat }; }
    QString idToken() const override { return QStringLiteral("chord"); }
    QJsonObject params() const override;
    QString paramsToken() const override;
    int itemLength() const override { return m_figure == Figure::Triangle ? 3 : 2; }
    int elementCount() const override { return m_n; }
    qint64 count() const override;
    ItemList enumerate() const override;
    bool isValid(const Item &item) const override;
    Item canonical(const Item &item) const override;
    /// Lines from point x to a later point: n-1-x (diagonals: n-3 from point 0, n-2-x after);
    /// triangles with x as their first corner: C(n-1-x, 2).
    std::optional<qint64> countStartingWith(int value) const override;
    std::optional<Sameness> sameness() const override { return Sameness::Contains; }
    /// One more point on the circle.
    std::shared_ptr<const Structure> withOneMore() const override;

    /// The closed forms: C(n,2), n(n-3)/2, C(n,3).
    static qint64 countFor(int n, Figure figure);

private:
    bool neighbours(int a, int b) const;
    void extend(Item &prefix, ItemList &out) const;

    int m_n;
    Figure m_figure;
};

} // namespace stages::geometry
