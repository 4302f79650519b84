#pragma once

#include "exercises/framework/structure.h"

namespace stages {

/// Beads on a ring: length n, k colours. A necklace is the same after any rotation; a bracelet
/// also after turning it over (mirror). The canonical form is the lexicographically smallest
/// rotation (and reflection); enumerate() lists those in lexicographic order.
/// Counts use Burnside's lemma (OEIS A000031/A001867 for necklaces, A000029/A027671 for bracelets).
class CircularStructure final : public Structure
{
public:
    enum class Kind { Necklace, Bracelet };
    CircularStructure(Kind kind, int n, int k);

    Kind circularKind() const { return m_kind; }
    int n() const { return m_n; }
    int k() const { return m_k; }

    QString kind() const override;
    QList<SamenessRule> rules() const override
    {
        return { m_kind == Kind::Necklace ? SamenessRule::TurnIsSame : SamenessRule::TurnOrFlipIsSame,
                 SamenessRule::MayRepeat };
    }
    QString idToken() const override;
    QJsonObject params() const override;
    QString paramsToken() const override;
    int itemLength() const override { return m_n; }
    int elementCount() const override { return m_k; }
    qint64 count() const override;
    ItemList enumerate() const override;
    bool isValid(const Item &item) const override;
    Item canonical(const Item &item) const override;

    static qint64 necklaceCount(int n, int k);
    static qint64 braceletCount(int n, int k);

private:
    Kind m_kind;
    int m_n;
    int m_k;
};

} // namespace stages
