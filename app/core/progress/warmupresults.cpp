#include "core/progress/warmupresults.h"

#include "core/storage/database.h"
#include "core/storage/ids.h"
#include "core/storage/sqlquery.h"

#include <algorithm>

namespace stages {

int WarmUpSummary::participants() const
{
    return int(std::count_if(pupils.cbegin(), pupils.cend(), [](const WarmUpPupilResult &p) { return p.tookPart(); }));
}

WarmUpResults::WarmUpResults(Database &database)
    : m_db(database)
{ }

Result<QList<ClassWarmUp>> WarmUpResults::history(const Session &session, const QString &classId, int limit) const
{
    using R = Result<QList<ClassWarmUp>>;
    if (auto s = require(session, Capability::ViewClassProgress); !s)
        return R::failure(s.error());
    SqlQuery q(m_db.sql(), WarmUpService::selectWarmUps()
                               + QStringLiteral(" WHERE (:all = 1 OR w.class_id = :c) ORDER BY w.started_at DESC, w.id LIMIT :limit"));
    q.bind(QStringLiteral(":all"), classId.isEmpty() ? 1 : 0)
        .bind(QStringLiteral(":c"), classId)
        .bind(QStringLiteral(":limit"), std::max(1, limit));
    if (auto s = q.exec(); !s)
        return R::failure(s.error());
    QList<ClassWarmUp> list;
    while (q.next()) {
        list.append(WarmUpService::rowToWarmUp(q));
    }
    return list;
}

Result<WarmUpSummary> WarmUpResults::results(const Session &session, const QString &warmUpId) const
{
    using R = Result<WarmUpSummary>;
    if (auto s = require(session, Capability::ViewClassProgress); !s)
        return R::failure(s.error());
    SqlQuery w(m_db.sql(), WarmUpService::selectWarmUps() + QStringLiteral(" WHERE w.id = :id"));
    w.bind(QStringLiteral(":id"), warmUpId);
    if (auto s = w.exec(); !s)
        return R::failure(s.error());
    if (!w.next())
        return R::failure(tr("There is no such warm-up."));
    WarmUpSummary summary;
    summary.warmUp = WarmUpService::rowToWarmUp(w);

    // Every active pupil of the class, with the mixed-set attempts made inside the window.
    SqlQuery q(m_db.sql(), QStringLiteral("SELECT p.id, p.display_name, p.avatar, COUNT(a.id), COALESCE(SUM(a.success), 0), "
                                          "COALESCE(AVG(a.score), 0), COALESCE(SUM(a.duration_ms), 0) "
                                          "FROM class_member m JOIN person p ON p.id = m.person_id "
                                          "AND p.role = 'pupil' AND p.active = 1 "
                                          "LEFT JOIN attempt a ON a.person_id = p.id AND a.mixed_set = 1 "
                                          "AND a.finished_at >= :from AND a.finished_at <= :to "
                                          "WHERE m.class_id = :c GROUP BY p.id, p.display_name, p.avatar "
                                          "ORDER BY p.display_name, p.id"));
    q.bind(QStringLiteral(":from"), toDbTime(summary.warmUp.startedAt))
        .bind(QStringLiteral(":to"), toDbTime(summary.warmUp.endsAt.addSecs(kGraceSeconds)))
        .bind(QStringLiteral(":c"), summary.warmUp.classId);
    if (auto s = q.exec(); !s)
        return R::failure(s.error());
    while (q.next()) {
        WarmUpPupilResult r;
        r.personId = q.value(0).toString();
        r.name = q.value(1).toString();
        r.avatar = q.value(2).toInt();
        r.exercises = q.value(3).toInt();
        r.successes = q.value(4).toInt();
        r.averageScore = q.value(5).toDouble();
        r.durationMs = q.value(6).toLongLong();
        summary.pupils.append(r);
    }
    return summary;
}

} // namespace stages
