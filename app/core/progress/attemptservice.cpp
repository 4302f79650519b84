#include "core/progress/attemptservice.h"

#include "core/clock.h"
#include "core/progress/masteryrecalculation.h"
#include "core/storage/database.h"
#include "core/storage/ids.h"
#include "core/storage/sqlquery.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace stages {

namespace {

QString answerText(const QJsonValue &answer)
{
    // QJsonDocument holds only objects and arrays; wrap and strip to store any JSON value.
    const QByteArray wrapped = QJsonDocument(QJsonArray { answer }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

/// A mastery row whose columns stage, level, attempts, successes, best_score, updated_at start at
/// column @p first.
StageMastery fromRow(const SqlQuery &q, const QString &domain, int first = 0)
{
    StageMastery m;
    m.domain = domain;
    m.stage = q.value(first).toInt();
    m.level = MasteryLevel(std::clamp(q.value(first + 1).toInt(), 0, int(MasteryLevel::Mastered)));
    m.attempts = q.value(first + 2).toInt();
    m.successes = q.value(first + 3).toInt();
    m.bestScore = q.value(first + 4).toDouble();
    m.updatedAt = fromDbTime(q.value(first + 5).toString());
    return m;
}

} // namespace

AttemptService::AttemptService(Database &database, const Clock &clock)
    : m_db(database)
    , m_clock(clock)
{ }

Status AttemptService::mayRead(const Session &session, const QString &personId) const
{
    if (!personId.isEmpty() && personId == session.personId)
        return {};
    return require(session, Capability::ViewClassProgress);
}

Status AttemptService::check(const Session &session, const AttemptRecord &attempt)
{
    if (auto s = require(session, Capability::DoExercises); !s)
        return s;
    const QString personId = attempt.personId.isEmpty() ? session.personId : attempt.personId;
    if (personId.isEmpty() || personId != session.personId)
        return Status::failure(tr("Attempts can only be recorded by the pupil who made them."));
    if (attempt.exerciseId.isEmpty() || attempt.domain.isEmpty() || attempt.stage < 1)
        return Status::failure(tr("The attempt does not name its exercise, domain and stage."));
    if (!(attempt.score >= 0.0 && attempt.score <= 1.0) || attempt.durationMs < 0 || attempt.hintsUsed < 0)
        return Status::failure(tr("The attempt has an impossible score, duration or hint count."));
    return {};
}

Result<RecordedAttempt> AttemptService::record(const Session &session, const AttemptRecord &attempt)
{
    using R = Result<RecordedAttempt>;
    if (auto s = check(session, attempt); !s)
        return R::failure(s.error());
    const QString personId = attempt.personId.isEmpty() ? session.personId : attempt.personId;

    const QDateTime now = m_clock.now();
    const QDateTime finishedAt = attempt.finishedAt.isValid() ? attempt.finishedAt : now;
    RecordedAttempt recorded;
    recorded.attemptId = attempt.id.isEmpty() ? newId() : attempt.id;
    Transaction tx(m_db.sql());
    if (auto s = tx.status(); !s)
        return R::failure(s.error());

    // Stored before (a replay after a crash or a lost answer): report it, write nothing.
    {
        SqlQuery q(m_db.sql(), QStringLiteral("SELECT person_id, domain, stage FROM attempt WHERE id = :id"));
        q.bind(QStringLiteral(":id"), recorded.attemptId);
        if (auto s = q.exec(); !s)
            return R::failure(s.error());
        if (q.next()) {
            if (q.value(0).toString() != personId)
                return R::failure(tr("Attempts can only be recorded by the pupil who made them."));
            auto current = mastery(session, personId, q.value(1).toString(), q.value(2).toInt());
            if (!current)
                return R::failure(current.error());
            recorded.alreadyStored = true;
            recorded.mastery = current.value();
            recorded.previousLevel = current->level;
            return recorded;
        }
    }

    // The history before this attempt in the order it happened, and the level it gave; a
    // replayed attempt takes its place by the time it was finished, not the time it is stored.
    QList<AttemptOutcome> history;
    int position = 0;
    {
        SqlQuery q(m_db.sql(),
                   QStringLiteral("SELECT score, success, mixed_set, hints_used, finished_at, id FROM attempt "
                                  "WHERE person_id = :p AND domain = :d AND stage = :s "
                                  "ORDER BY finished_at, id"));
        q.bind(QStringLiteral(":p"), personId)
            .bind(QStringLiteral(":d"), attempt.domain)
            .bind(QStringLiteral(":s"), attempt.stage);
        if (auto s = q.exec(); !s)
            return R::failure(s.error());
        const QString at = toDbTime(finishedAt);
        while (q.next()) {
            history.append({ q.value(0).toDouble(), q.value(1).toBool(), q.value(2).toBool(), q.value(3).toInt() });
            const QString otherAt = q.value(4).toString();
            if (otherAt < at || (otherAt == at && q.value(5).toString() < recorded.attemptId))
                position = int(history.size());
        }
    }
    recorded.previousLevel = masteryLevel(history);
    history.insert(position, { attempt.score, attempt.success, attempt.mixedSet, attempt.hintsUsed });

    SqlQuery insert(
        m_db.sql(),
        QStringLiteral(
            "INSERT INTO attempt (id, person_id, exercise_id, domain, stage, score, success, duration_ms, hints_used,"
            " answer, finished_at, mixed_set) VALUES (:id, :p, :e, :d, :s, :score, :ok, :ms, :hints, :answer, :at, "
            ":mixed) ON CONFLICT (id) DO NOTHING"));
    insert.bind(QStringLiteral(":id"), recorded.attemptId)
        .bind(QStringLiteral(":p"), personId)
        .bind(QStringLiteral(":e"), attempt.exerciseId)
        .bind(QStringLiteral(":d"), attempt.domain)
        .bind(QStringLiteral(":s"), attempt.stage)
        .bind(QStringLiteral(":score"), attempt.score)
        .bind(QStringLiteral(":ok"), attempt.success ? 1 : 0)
        .bind(QStringLiteral(":ms"), attempt.durationMs)
        .bind(QStringLiteral(":hints"), attempt.hintsUsed)
        .bind(QStringLiteral(":answer"), answerText(attempt.answer))
        .bind(QStringLiteral(":at"), toDbTime(finishedAt))
        .bind(QStringLiteral(":mixed"), attempt.mixedSet ? 1 : 0);
    if (auto s = insert.exec(); !s)
        return R::failure(s.error());
    if (insert.rowsAffected() != 1) // cannot happen under the write lock taken above; never count it twice
        return R::failure(tr("This attempt was stored meanwhile."));

    StageMastery &m = recorded.mastery;
    m.domain = attempt.domain;
    m.stage = attempt.stage;
    m.level = masteryLevel(history);
    m.attempts = int(history.size());
    for (const AttemptOutcome &a : std::as_const(history)) {
        m.successes += a.success ? 1 : 0;
        m.bestScore = std::max(m.bestScore, a.score);
    }
    m.updatedAt = now;
    if (auto s = MasteryRecalculation::store(m_db.sql(), personId, m, now); !s)
        return R::failure(s.error());

    if (attempt.artifact) {
        recorded.artifactId = newId();
        SqlQuery art(
            m_db.sql(),
            QStringLiteral("INSERT INTO artifact (id, person_id, exercise_id, kind, title, content, created_at)"
                           " VALUES (:id, :p, :e, :kind, :title, :content, :at)"));
        art.bind(QStringLiteral(":id"), recorded.artifactId)
            .bind(QStringLiteral(":p"), personId)
            .bind(QStringLiteral(":e"), attempt.exerciseId)
            .bind(QStringLiteral(":kind"), attempt.artifact->kind)
            .bind(QStringLiteral(":title"), attempt.artifact->title)
            .bind(QStringLiteral(":content"),
                  QString::fromUtf8(QJsonDocument(attempt.artifact->content).toJson(QJsonDocument::Compact)))
            .bind(QStringLiteral(":at"), toDbTime(now));
        if (auto s = art.exec(); !s)
            return R::failure(s.error());
    }
    if (auto s = tx.commit(); !s)
        return R::failure(s.error());
    return recorded;
}

Result<StageMastery> AttemptService::mastery(const Session &session, const QString &personId, const QString &domain,
                                             int stage) const
{
    using R = Result<StageMastery>;
    if (auto s = mayRead(session, personId); !s)
        return R::failure(s.error());
    SqlQuery q(m_db.sql(),
               QStringLiteral("SELECT stage, level, attempts, successes, best_score, updated_at FROM mastery "
                              "WHERE person_id = :p AND domain = :d AND stage = :s"));
    q.bind(QStringLiteral(":p"), personId).bind(QStringLiteral(":d"), domain).bind(QStringLiteral(":s"), stage);
    if (auto s = q.exec(); !s)
        return R::failure(s.error());
    if (q.next())
        return fromRow(q, domain);
    StageMastery none;
    none.domain = domain;
    none.stage = stage;
    return none;
}

Result<QList<StageMastery>> AttemptService::masteryForDomain(const Session &session, const QString &personId,
                                                             const QString &domain) const
{
    using R = Result<QList<StageMastery>>;
    if (auto s = mayRead(session, personId); !s)
        return R::failure(s.error());
    SqlQuery q(m_db.sql(),
               QStringLiteral("SELECT stage, level, attempts, successes, best_score, updated_at FROM mastery "
                              "WHERE person_id = :p AND domain = :d ORDER BY stage"));
    q.bind(QStringLiteral(":p"), personId).bind(QStringLiteral(":d"), domain);
    if (auto s = q.exec(); !s)
        return R::failure(s.error());
    QList<StageMastery> list;
    while (q.next())
        list.append(fromRow(q, domain));
    return list;
}

Result<QList<QList<StageMastery>>> AttemptService::masteryForClass(const Session &session, const QString &classId,
                                                                   const QString &domain) const
{
    using R = Result<QList<QList<StageMastery>>>;
    if (auto s = require(session, Capability::ViewClassProgress); !s)
        return R::failure(s.error());
    // One row per pupil and stage; a pupil without any stage yet comes as one row of NULLs.
    SqlQuery q(m_db.sql(),
               QStringLiteral("SELECT p.id, m.stage, m.level, m.attempts, m.successes, m.best_score, m.updated_at "
                              "FROM class_member c JOIN person p ON p.id = c.person_id "
                              "LEFT JOIN mastery m ON m.person_id = p.id AND m.domain = :d "
                              "WHERE c.class_id = :c AND p.role = 'pupil' AND p.active = 1 "
                              "ORDER BY p.id, m.stage"));
    q.bind(QStringLiteral(":d"), domain).bind(QStringLiteral(":c"), classId);
    if (auto s = q.exec(); !s)
        return R::failure(s.error());
    QList<QList<StageMastery>> pupils;
    QString current;
    while (q.next()) {
        const QString person = q.value(0).toString();
        if (pupils.isEmpty() || person != current) {
            pupils.append(QList<StageMastery>());
            current = person;
        }
        if (!q.value(1).isNull())
            pupils.last().append(fromRow(q, domain, 1));
    }
    return pupils;
}

Result<QStringList> AttemptService::seenExercises(const Session &session, const QString &personId,
                                                  const QString &domain, int stage) const
{
    using R = Result<QStringList>;
    if (auto s = mayRead(session, personId); !s)
        return R::failure(s.error());
    SqlQuery q(m_db.sql(),
               QStringLiteral("SELECT exercise_id, MAX(finished_at) AS last_done FROM attempt "
                              "WHERE person_id = :p AND domain = :d AND (:s1 <= 0 OR stage = :s2) "
                              "GROUP BY exercise_id ORDER BY last_done, exercise_id"));
    q.bind(QStringLiteral(":p"), personId)
        .bind(QStringLiteral(":d"), domain)
        .bind(QStringLiteral(":s1"), stage)
        .bind(QStringLiteral(":s2"), stage);
    if (auto s = q.exec(); !s)
        return R::failure(s.error());
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

} // namespace stages
