#include "exercises/framework/selectionstructure.h"

#include "exercises/framework/structureregistry.h"

#include <algorithm>

namespace stages {

SelectionStructure::SelectionStructure(Kind kind, int n, int k)
    : m_kind(kind)
    , m_n(n)
    , m_k(kind == Kind::Permutation ? n : k)
{ }

QString SelectionStructure::kind() const
{
    switch (m_kind) {
    case Kind::Permutation:
        return QStringLiteral("permutation");
    case Kind::Arrangement:
        return QStringLiteral("arrangement");
    case Kind::Sequence:
        return QStringLiteral("sequence");
    case Kind::Combination:
        return QStringLiteral("combination");
    case Kind::Multiset:
        return QStringLiteral("multiset");
    }
    return {};
}

QString SelectionStructure::idToken() const
{
    switch (m_kind) {
    case Kind::Permutation:
        return QStringLiteral("perm");
    case Kind::Arrangement:
        return QStringLiteral("arr");
    case Kind::Sequence:
        return QStringLiteral("seq");
    case Kind::Combination:
        return QStringLiteral("comb");
    case Kind::Multiset:
        return QStringLiteral("mset");
    }
    return {};
}

QJsonObject SelectionStructure::params() const
{
    if (m_kind == Kind::Permutation)
        return { { QStringLiteral("n"), m_n } };
    return { { QStringLiteral("n"), m_n }, { QStringLiteral("k"), m_k } };
}

QString SelectionStructure::paramsToken() const
{
    if (m_kind == Kind::Permutation)
        return QStringLiteral("n%1").arg(m_n);
    return QStringLiteral("n%1k%2").arg(m_n).arg(m_k);
}

qint64 SelectionStructure::binomial(int n, int k)
{
    if (k < 0 || k > n)
        return 0;
    k = std::min(k, n - k);
    qint64 result = 1;
    for (int i = 1; i <= k; ++i)
        result = result * (n - k + i) / i; // exact: a product of i consecutive numbers is divisible by i!
    return result;
}

qint64 SelectionStructure::count() const
{
    switch (m_kind) {
    case Kind::Permutation:
    case Kind::Arrangement: {
        qint64 result = 1;
        for (int i = 0; i < m_k; ++i)
            result *= m_n - i;
        return result;
    }
    case Kind::Sequence: {
        qint64 result = 1;
        for (int i = 0; i < m_k; ++i)
            result *= m_n;
        return result;
    }
    case Kind::Combination:
        return binomial(m_n, m_k);
    case Kind::Multiset:
        return binomial(m_n + m_k - 1, m_k);
    }
    return 0;
}

std::optional<qint64> SelectionStructure::countStartingWith(int value) const
{
    if (value < 0 || value >= m_n)
        return 0;
    switch (m_kind) {
    case Kind::Permutation:
    case Kind::Arrangement:
        // The other k-1 places: an arrangement of k-1 of the n-1 others.
        return SelectionStructure(Kind::Arrangement, m_n - 1, m_k - 1).count();
    case Kind::Sequence:
        return SelectionStructure(Kind::Sequence, m_n, m_k - 1).count();
    case Kind::Combination:
        // Canonical rows are sorted: the rest are k-1 of the n-1-x elements after x.
        return binomial(m_n - 1 - value, m_k - 1);
    case Kind::Multiset:
        // Sorted as well: k-1 of the n-x elements from x on, repetition allowed.
        return binomial(m_n - value + m_k - 2, m_k - 1);
    }
    return std::nullopt;
}

std::shared_ptr<const Structure> SelectionStructure::withOneMore() const
{
    if (m_n + 1 > StructureRegistry::kMaxElements)
        return nullptr;
    return std::make_shared<SelectionStructure>(m_kind, m_n + 1, m_k);
}

void SelectionStructure::extend(Item &prefix, quint32 used, ItemList &out) const
{
    if (prefix.size() == m_k) {
        out.append(prefix);
        return;
    }
    int from = 0;
    if (!ordered() && !prefix.isEmpty())
        from = prefix.constLast() + (repeats() ? 0 : 1);
    for (int v = from; v < m_n; ++v) {
        if (!repeats() && (used & (1u << v)))
            continue;
        prefix.append(v);
        extend(prefix, used | (1u << v), out);
        prefix.removeLast();
    }
}

ItemList SelectionStructure::enumerate() const
{
    ItemList out;
    out.reserve(qsizetype(count()));
    Item prefix;
    prefix.reserve(m_k);
    extend(prefix, 0, out);
    return out;
}

bool SelectionStructure::isValid(const Item &item) const
{
    if (item.size() != m_k)
        return false;
    quint64 used = 0;
    for (int v : item) {
        if (v < 0 || v >= m_n)
            return false;
        if (!repeats() && (used & (1ull << v)))
            return false;
        used |= 1ull << v;
    }
    return true;
}

Item SelectionStructure::canonical(const Item &item) const
{
    if (ordered())
        return item;
    Item sorted = item;
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

QList<SamenessRule> SelectionStructure::rules() const
{
    if (m_kind == Kind::Permutation)
        return { SamenessRule::UseAll, SamenessRule::OrderMatters };
    return { ordered() ? SamenessRule::OrderMatters : SamenessRule::OrderDoesNotMatter,
             repeats() ? SamenessRule::MayRepeat : SamenessRule::NoRepeat };
}

} // namespace stages
