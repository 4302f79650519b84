#include "exercises/framework/scheduler.h"

#include "exercises/framework/seededrandom.h"

#include <QSet>

namespace stages {

std::optional<Exercise> Scheduler::next(const QString &domain, int stage, const QStringList &seenLeastRecentFirst,
                                        const QString &pupilKey) const
{
    const QList<const Exercise *> pool = m_catalogue.select(domain, stage);
    if (pool.isEmpty())
        return std::nullopt;
    const QSet<QString> seen(seenLeastRecentFirst.cbegin(), seenLeastRecentFirst.cend());

    struct Family
    {
        int seen = 0;
        QList<const Exercise *> unseen;
    };
    QStringList order;
    QHash<QString, Family> families;
    for (const Exercise *e : pool) {
        const QString family = e->familyId();
        if (!families.contains(family))
            order.append(family);
        Family &f = families[family];
        if (seen.contains(e->id))
            ++f.seen;
        else
            f.unseen.append(e);
    }

    const Family *best = nullptr;
    for (const QString &family : std::as_const(order)) {
        const Family &f = families[family];
        if (!f.unseen.isEmpty() && (!best || f.seen < best->seen))
            best = &f;
    }
    if (best) {
        const quint64 spread = pupilKey.isEmpty() ? 0 : SeededRandom::hash(pupilKey);
        return *best->unseen.at(qsizetype(spread % quint64(best->unseen.size())));
    }

    // All done: replay the one seen longest ago.
    for (const QString &id : seenLeastRecentFirst) {
        const Exercise *e = m_catalogue.find(id);
        if (e && e->domain == domain && e->stage == stage)
            return *e;
    }
    return *pool.first();
}

int Scheduler::unseenCount(const QString &domain, int stage, const QStringList &seen) const
{
    const QSet<QString> done(seen.cbegin(), seen.cend());
    int count = 0;
    for (const Exercise *e : m_catalogue.select(domain, stage))
        count += done.contains(e->id) ? 0 : 1;
    return count;
}

} // namespace stages
