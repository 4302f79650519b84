#include "exercises/framework/itemchecker.h"

namespace stages {

void ItemChecker::markPresent(const ItemList &items)
{
    for (const Item &item : items)
        m_present.insert(m_structure.canonical(item));
}

ItemChecker::Verdict ItemChecker::check(const Item &item) const
{
    if (!m_structure.isValid(item) || (m_rule && !m_rule(item)))
        return Verdict::Invalid;
    const Item key = m_structure.canonical(item);
    return m_present.contains(key) || m_found.contains(key) ? Verdict::Duplicate : Verdict::New;
}

ItemChecker::Verdict ItemChecker::add(const Item &item)
{
    const Verdict verdict = check(item);
    if (verdict == Verdict::New)
        m_found.insert(m_structure.canonical(item));
    return verdict;
}

bool ItemChecker::contains(const Item &item) const
{
    return m_structure.isValid(item) && m_found.contains(m_structure.canonical(item));
}

} // namespace stages
