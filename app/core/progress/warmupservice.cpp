#include "core/progress/warmupservice.h"

#include "core/audit/auditlog.h"
#include "core/clock.h"
#include "core/storage/database.h"
#include "core/storage/ids.h"
#include "core/storage/sqlquery.h"

#include <QLocale>

namespace stages {

quint64 ClassWarmUp::seed() const
{
    // FNV-1a over the id: portable, so every PC of the class draws the same set.
    quint64 h = 14695981039346656037ULL;
    for (const char c : id.toUtf8()) {
        h ^= quint8(c);
        h *= 1099511628211ULL;
    }
    return h;
}

WarmUpService::WarmUpService(Database &database, const Clock &clock)
    : m_db(database)
    , m_clock(clock)
{
}

QString WarmUpService::selectWarmUps()
{
    return QStringLiteral("SELECT w.id, w.class_id, c.name, w.started_by, p.display_name, w.started_at, w.ends_at "
                          "FROM warmup w JOIN school_class c ON c.id = w.class_id "
                          "LEFT JOIN person p ON p.id = w.started_by");
}

ClassWarmUp WarmUpService::rowToWarmUp(const SqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(), fromDbTime(q.value(5).toString()), fromDbTime(q.value(6).toString())};
}

Result<QList<ClassWarmUp>> WarmUpService::query(const QString &where, const QList<std::pair<QString, QVariant>> &binds) const
{
    using R = Result<QList<ClassWarmUp>>;
    SqlQuery q(m_db.sql(), selectWarmUps() + QStringLiteral(" WHERE w.ends_at > :now AND ") + where
                               + QStringLiteral(" ORDER BY w.started_at DESC, w.id"));
    q.bind(QStringLiteral(":now"), toDbTime(m_clock.now()));
    for (const auto &[name, value] : binds)
        q.bind(name, value);
    if (auto s = q.exec(); !s)
        return R::failure(s.error());
    QList<ClassWarmUp> list;
    while (q.next()) {
        list.append(rowToWarmUp(q));
    }
    return list;
}

Result<ClassWarmUp> WarmUpService::start(const Session &session, const QString &classId, int seconds)
{
    using R = Result<ClassWarmUp>;
    if (auto s = require(session, Capability::ViewClassProgress); !s)
        return R::failure(s.error());
    if (seconds < 60 || seconds > 60 * 60)
        return R::failure(tr("A warm-up lasts from 1 to 60 minutes."));
    auto name = SqlQuery(m_db.sql(), QStringLiteral("SELECT name FROM school_class WHERE id = :id"))
                    .bind(QStringLiteral(":id"), classId)
                    .scalar();
    if (!name)
        return R::failure(name.error());
    if (name->isNull())
        return R::failure(tr("There is no such class."));

    Transaction tx(m_db.sql());
    if (auto s = tx.status(); !s)
        return R::failure(s.error());
    auto running = activeWarmUp(session, classId);
    if (!running)
        return R::failure(running.error());
    if (running.value()) {
        //: %1 is a class ("2.A"), %2 the time the running warm-up ends ("9:07")
        return R::failure(tr("The warm-up for %1 is already running until %2.")
                              .arg(name->toString(),
                                   QLocale().toString(running.value()->endsAt.toLocalTime().time(), QLocale::ShortFormat)));
    }
    const QDateTime now = m_clock.now();
    ClassWarmUp w{newId(), classId, name->toString(), session.personId, session.displayName, now, now.addSecs(seconds)};
    SqlQuery insert(m_db.sql(), QStringLiteral("INSERT INTO warmup (id, class_id, started_by, started_at, ends_at)"
                                               " VALUES (:id, :c, :by, :at, :end)"));
    // stagesctl acts without a person; the column then names no one it could point to.
    insert.bind(QStringLiteral(":id"), w.id)
        .bind(QStringLiteral(":c"), classId)
        .bind(QStringLiteral(":by"), session.personId.isEmpty() ? QVariant() : QVariant(session.personId))
        .bind(QStringLiteral(":at"), toDbTime(w.startedAt))
        .bind(QStringLiteral(":end"), toDbTime(w.endsAt));
    if (auto s = insert.exec(); !s)
        return R::failure(s.error());
    if (auto s = AuditLog::record(m_db.sql(), now, session, QStringLiteral("warmup.start"), classId, w.className); !s)
        return R::failure(s.error());
    if (auto s = tx.commit(); !s)
        return R::failure(s.error());
    return w;
}

Status WarmUpService::stop(const Session &session, const QString &warmUpId)
{
    if (auto s = require(session, Capability::ViewClassProgress); !s)
        return s;
    const QDateTime now = m_clock.now();
    SqlQuery q(m_db.sql(), QStringLiteral("UPDATE warmup SET ends_at = :now WHERE id = :id AND ends_at > :now2"));
    q.bind(QStringLiteral(":now"), toDbTime(now)).bind(QStringLiteral(":id"), warmUpId).bind(QStringLiteral(":now2"), toDbTime(now));
    if (auto s = q.exec(); !s)
        return s;
    if (q.rowsAffected() == 0)
        return Status::failure(tr("This warm-up has already ended."));
    return {};
}

Result<std::optional<ClassWarmUp>> WarmUpService::activeWarmUp(const Session &session, const QString &classId) const
{
    using R = Result<std::optional<ClassWarmUp>>;
    if (!session.can(Capability::ViewClassProgress)) {
        auto member = SqlQuery(m_db.sql(), QStringLiteral("SELECT COUNT(*) FROM class_member WHERE class_id = :c AND person_id = :p"))
                          .bind(QStringLiteral(":c"), classId)
                          .bind(QStringLiteral(":p"), session.personId)
                          .scalar();
        if (!member)
            return R::failure(member.error());
        if (member->toInt() == 0)
            return R::failure(tr("Only the pupils of a class and its teachers can see the class's warm-up."));
    }
    auto list = query(QStringLiteral("w.class_id = :c"), {{QStringLiteral(":c"), classId}});
    if (!list)
        return R::failure(list.error());
    if (list->isEmpty())
        return std::optional<ClassWarmUp>();
    return std::optional<ClassWarmUp>(list->constFirst());
}

Result<std::optional<ClassWarmUp>> WarmUpService::activeWarmUpForPupil(const Session &session, const QString &personId) const
{
    using R = Result<std::optional<ClassWarmUp>>;
    if (personId != session.personId) {
        if (auto s = require(session, Capability::ViewClassProgress); !s)
            return R::failure(s.error());
    }
    auto list = query(QStringLiteral("w.class_id IN (SELECT class_id FROM class_member WHERE person_id = :p)"),
                      {{QStringLiteral(":p"), personId}});
    if (!list)
        return R::failure(list.error());
    if (list->isEmpty())
        return std::optional<ClassWarmUp>();
    return std::optional<ClassWarmUp>(list->constFirst());
}

Result<QList<ClassWarmUp>> WarmUpService::activeWarmUps(const Session &session) const
{
    if (auto s = require(session, Capability::ViewClassProgress); !s)
        return Result<QList<ClassWarmUp>>::failure(s.error());
    return query(QStringLiteral("1 = 1"), {});
}

} // namespace stages
