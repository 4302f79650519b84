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
        // Classmates are spread over the variants of the best family and over the same row in
        // its other skins (colours, shapes, digits ...), which are equally new to the pupil.
        const auto rowOf = [](const Exercise *e) {
            QString family = e->familyId();
            return family.replace(QLatin1Char('/') + e->skin + QLatin1Char('/'), QStringLiteral("/*/"));
        };
        const QString row = rowOf(best->unseen.constFirst());
        QList<const Family *> siblings;
        for (const QString &family : std::as_const(order)) {
            const Family &f = families[family];
            if (!f.unseen.isEmpty() && f.seen == best->seen && rowOf(f.unseen.constFirst()) == row)
                siblings.append(&f);
        }
        const quint64 spread = pupilKey.isEmpty() ? 0 : SeededRandom::hash(pupilKey);
        const Family *chosen = siblings.at(qsizetype(spread % quint64(siblings.size())));
        const quint64 within = spread / quint64(siblings.size());
        return *chosen->unseen.at(qsizetype(within % quint64(chosen->unseen.size())));
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
