#pragma once

#include "exercises/framework/structure.h"

namespace stages {

/// Choosing k of n elements, the five classic ways: ordered or not, with or without repetition.
///
/// | kind        | order | repeat | count         | id token |
/// |-------------|-------|--------|---------------|----------|
/// | permutation | yes   | no     | n!  (k = n)   | perm     |
/// | arrangement | yes   | no     | n!/(n-k)!     | arr      |
/// | sequence    | yes   | yes    | n^k           | seq      |
/// | combination | no    | no     | C(n,k)        | comb     |
/// | multiset    | no    | yes    | C(n+k-1,k)    | mset     |
///
/// Combinations and multisets accept their elements in any order; canonical() sorts them.
class SelectionStructure final : public Structure
{
public:
    enum class Kind { Permutation, Arrangement, Sequence, Combination, Multiset };

    /// For Kind::Permutation @p k is ignored (k = n). Sizes must satisfy 1 <= n, 1 <= k and,
    /// without repetition, k <= n (StructureRegistry checks this before constructing).
    SelectionStructure(Kind kind, int n, int k);

    Kind selectionKind() const { return m_kind; }
    int n() const { return m_n; }
    int k() const { return m_k; }
    bool ordered() const
    {
        return m_kind == Kind::Permutation || m_kind == Kind::Arrangement || m_kind == Kind::Sequence;
    }
    bool repeats() const { return m_kind == Kind::Sequence || m_kind == Kind::Multiset; }

    QString kind() const override;
    QList<SamenessRule> rules() const override;
    QString idToken() const override;
    QJsonObject params() const override;
    QString paramsToken() const override;
    int itemLength() const override { return m_k; }
    int elementCount() const override { return m_n; }
    qint64 count() const override;
    ItemList enumerate() const override;
    bool isValid(const Item &item) const override;
    Item canonical(const Item &item) const override;
    std::optional<qint64> countStartingWith(int value) const override;
    std::optional<Sameness> sameness() const override
    {
        return ordered() ? Sameness::Position : Sameness::Contains;
    }
    std::shared_ptr<const Structure> withOneMore() const override;

    static qint64 binomial(int n, int k);

private:
    void extend(Item &prefix, quint32 used, ItemList &out) const;

    Kind m_kind;
    int m_n;
    int m_k;
};

} // namespace stages
