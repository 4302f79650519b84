#pragma once

#include "exercises/framework/circularstructure.h"
#include "exercises/geometry/geometryparams.h"

namespace stages::geometry {

/// The different colourings of the n parts of a round figure (the sectors of a wheel, the petals
/// of a flower, the sides of a polygon) with k colours, where turning the figure (symmetry
/// "rotation") or also turning it over ("rotation+mirror") gives the same colouring. These are
/// the framework's necklaces and bracelets (CircularStructure), which do all the work: count by
/// Burnside's lemma, canonical = the smallest turn (and flip), listed lexicographically; part i
/// is the i-th part clockwise from the top. Which shape draws them is the skin's (wheel, flower,
/// sides). Params {"n": 2..12, "k": 1..8, "symmetry": "rotation" | "rotation+mirror"},
/// id segment "col/n5k2rot", "col/n5k2mir".
class ColouringStructure final : public Structure
{
public:
    ColouringStructure(int n, int k, bool mirror);
    static StructureResult create(const QJsonObject &params);

    const CircularStructure &ring() const { return m_ring; }
    bool mirror() const { return m_ring.circularKind() == CircularStructure::Kind::Bracelet; }
    QString symmetryKey() const;

    QString kind() const override { return QStringLiteral("colouring"); }
    QList<SamenessRule> rules() const override { return m_ring.rules(); }
    QString idToken() const override { return QStringLiteral("col"); }
    QJsonObject params() const override;
    QString paramsToken() const override;
    int itemLength() const override { return m_ring.itemLength(); }
    int elementCount() const override { return m_ring.elementCount(); }
    qint64 count() const override { return m_ring.count(); }
    ItemList enumerate() const override { return m_ring.enumerate(); }
    bool isValid(const Item &item) const override { return m_ring.isValid(item); }
    Item canonical(const Item &item) const override { return m_ring.canonical(item); }
    /// One more colour.
    std::shared_ptr<const Structure> withOneMore() const override;

    static constexpr int kMaxColours = 8;

private:
    CircularStructure m_ring;
};

} // namespace stages::geometry
