#pragma once

#include "exercises/framework/structure.h"

#include <QSet>

#include <functional>

namespace stages {

/// Checks items one at a time as a pupil adds them, so duplicates and invalid items can be
/// flagged at once; the evaluators use it for whole answers too.
class ItemChecker
{
public:
    enum class Verdict { New, Duplicate, Invalid };

    explicit ItemChecker(const Structure &structure) : m_structure(structure) {}

    /// Extra rule on top of Structure::isValid (e.g. a "create" rule); items failing it are Invalid.
    void setRule(std::function<bool(const Item &)> rule) { m_rule = std::move(rule); }
    /// Items that count as already there (find-missing: the given ones), in any representation.
    void markPresent(const ItemList &items);

    /// What adding @p item would give, without adding it.
    Verdict check(const Item &item) const;
    /// Checks and, when New, remembers the item.
    Verdict add(const Item &item);

    int found() const { return int(m_found.size()); }
    bool contains(const Item &item) const;

private:
    const Structure &m_structure;
    std::function<bool(const Item &)> m_rule;
    QSet<Item> m_present;
    QSet<Item> m_found;
};

} // namespace stages
