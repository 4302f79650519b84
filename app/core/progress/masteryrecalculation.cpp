#include "core/progress/masteryrecalculation.h"

#include "core/progress/attemptservice.h"
#include "core/progress/masteryrules.h"
#include "core/storage/ids.h"
#include "core/storage/sqlquery.h"

#include <algorithm>

namespace stages {

Status MasteryRecalculation::recompute(const QSqlDatabase &db, const QString &personId, const QString &domain,
                                       int stage, const QDateTime &now)
{
    // The same order AttemptService::record places a replayed attempt in: by the time it was finished.
    SqlQuery q(db, QStringLiteral("SELECT score, success, mixed_set, hints_used FROM attempt"
                                  " WHERE person_id = :p AND domain = :d AND stage = :s ORDER BY finished_at, id"));
    q.bind(QStringLiteral(":p"), personId).bind(QStringLiteral(":d"), domain).bind(QStringLiteral(":s"), stage);
    if (auto s = q.exec(); !s)
        return s;
    QList<AttemptOutcome> history;
    int successes = 0;
    double best = 0.0;
    while (q.next()) {
        const AttemptOutcome a { q.value(0).toDouble(), q.value(1).toBool(), q.value(2).toBool(), q.value(3).toInt() };
        history.append(a);
        successes += a.success ? 1 : 0;
        best = std::max(best, a.score);
    }
    if (history.isEmpty())
        return {};
    StageMastery m;
    m.domain = domain;
    m.stage = stage;
    m.level = masteryLevel(history);
    m.attempts = int(history.size());
    m.successes = successes;
    m.bestScore = best;
    return store(db, personId, m, now);
}

Status MasteryRecalculation::store(const QSqlDatabase &db, const QString &personId, const StageMastery &m,
                                   const QDateTime &now)
{
    SqlQuery upsert(
        db, QStringLiteral(
                "INSERT INTO mastery (person_id, domain, stage, level, attempts, successes, best_score, updated_at)"
                " VALUES (:p, :d, :s, :level, :n, :ok, :best, :at)"
                " ON CONFLICT (person_id, domain, stage) DO UPDATE SET level = excluded.level,"
                " attempts = excluded.attempts, successes = excluded.successes, best_score = excluded.best_score,"
                " updated_at = excluded.updated_at"));
    upsert.bind(QStringLiteral(":p"), personId)
        .bind(QStringLiteral(":d"), m.domain)
        .bind(QStringLiteral(":s"), m.stage)
        .bind(QStringLiteral(":level"), int(m.level))
        .bind(QStringLiteral(":n"), m.attempts)
        .bind(QStringLiteral(":ok"), m.successes)
        .bind(QStringLiteral(":best"), m.bestScore)
        .bind(QStringLiteral(":at"), toDbTime(now));
    return upsert.exec();
}

} // namespace stages
