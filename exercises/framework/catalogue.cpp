#include "exercises/framework/catalogue.h"

namespace stages {

const Exercise *Catalogue::find(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_exercises.at(*it);
}

QList<const Exercise *> Catalogue::select(const QString &domain, int stage) const
{
    QList<const Exercise *> list;
    for (const Exercise &e : m_exercises) {
        if ((domain.isEmpty() || e.domain == domain) && (stage <= 0 || e.stage == stage))
            list.append(&e);
    }
    return list;
}

const StageLadder *Catalogue::ladder(const QString &domain) const
{
    for (const StageLadder &l : m_ladders) {
        if (l.domain() == domain)
            return &l;
    }
    return nullptr;
}

QStringList Catalogue::domains() const
{
    QStringList list;
    for (const StageLadder &l : m_ladders)
        list.append(l.domain());
    return list;
}

} // namespace stages
