#pragma once

#include "exercises/framework/structure.h"
#include "exercises/music/euclideanrhythm.h"

namespace stages::music {

/// The Euclidean rhythm E(k,n) as a structure: its items are the distinct rotations (starting
/// points) of the rhythm, each a list of n steps, 1 for a beat and 0 for a rest. Two symbols, so
/// the drums skin plays rests as one drum (a soft hi-hat keeping the pulse) and beats as another.
/// Kind "euclidean", params {"k", "n"}, id segment "euc/k3n8".
class EuclideanStructure final : public Structure
{
public:
    EuclideanStructure(int k, int n);
    /// Registry factory: k, n with 1 <= k < n <= 16.
    static Result<std::shared_ptr<const Structure>> create(const QJsonObject &params);

    const EuclideanRhythm &rhythm() const { return m_rhythm; }
    int onsets() const { return m_k; }

    QString kind() const override { return QStringLiteral("euclidean"); }
    QList<SamenessRule> rules() const override { return { SamenessRule::EvenBeats }; }
    QString idToken() const override { return QStringLiteral("euc"); }
    QJsonObject params() const override;
    QString paramsToken() const override;
    int itemLength() const override { return m_n; }
    int elementCount() const override { return 2; }
    qint64 count() const override { return m_rotations.size(); }
    ItemList enumerate() const override { return m_rotations; }
    bool isValid(const Item &item) const override { return m_rotations.contains(item); }

    static Item toItem(const EuclideanRhythm &rhythm);

private:
    int m_k;
    int m_n;
    EuclideanRhythm m_rhythm;
    ItemList m_rotations; ///< distinct, lexicographic
};

} // namespace stages::music
