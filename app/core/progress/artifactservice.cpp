#include "core/progress/artifactservice.h"

#include "core/clock.h"
#include "core/storage/database.h"
#include "core/storage/ids.h"
#include "core/storage/sqlquery.h"

#include <QJsonDocument>

namespace stages {

ArtifactService::ArtifactService(Database &database, const Clock &clock)
    : m_db(database)
    , m_clock(clock)
{
}

Result<QList<ArtifactSummary>> ArtifactService::query(const QString &where, const QList<std::pair<QString, QVariant>> &binds) const
{
    using R = Result<QList<ArtifactSummary>>;
    // A pupil normally has one class; with several, the list names the first by name.
    SqlQuery q(m_db.sql(), QStringLiteral(
        "SELECT a.id, a.person_id, p.display_name, "
        " (SELECT c.id FROM class_member m JOIN school_class c ON c.id = m.class_id"
        "  WHERE m.person_id = a.person_id ORDER BY c.name LIMIT 1),"
        " (SELECT c.name FROM class_member m JOIN school_class c ON c.id = m.class_id"
        "  WHERE m.person_id = a.person_id ORDER BY c.name LIMIT 1),"
        " a.exercise_id, a.kind, a.title, a.created_at,"
        " (SELECT COUNT(*) FROM feedback f WHERE f.artifact_id = a.id),"
        " (SELECT f.stars FROM feedback f WHERE f.artifact_id = a.id AND f.stars IS NOT NULL"
        "  ORDER BY f.created_at DESC, f.id DESC LIMIT 1),"
        " (SELECT COUNT(*) FROM feedback f WHERE f.artifact_id = a.id AND f.seen_at IS NULL) "
        "FROM artifact a JOIN person p ON p.id = a.person_id WHERE ")
        + where + QStringLiteral(" ORDER BY a.created_at DESC, a.id"));
    for (const auto &[name, value] : binds)
        q.bind(name, value);
    if (auto s = q.exec(); !s)
        return R::failure(s.error());
    QList<ArtifactSummary> list;
    while (q.next()) {
        ArtifactSummary a;
        a.id = q.value(0).toString();
        a.personId = q.value(1).toString();
        a.pupilName = q.value(2).toString();
        a.classId = q.value(3).toString();
        a.className = q.value(4).toString();
        a.exerciseId = q.value(5).toString();
        a.kind = q.value(6).toString();
        a.title = q.value(7).toString();
        a.createdAt = fromDbTime(q.value(8).toString());
        a.feedbackCount = q.value(9).toInt();
        a.stars = q.value(10).toInt();
        a.unseenFeedback = q.value(11).toInt();
        list.append(a);
    }
    return list;
}

Result<QList<ArtifactSummary>> ArtifactService::list(const Session &session, const QString &classId) const
{
    if (auto s = require(session, Capability::ViewClassProgress); !s)
        return Result<QList<ArtifactSummary>>::failure(s.error());
    if (classId.isEmpty())
        return query(QStringLiteral("1 = 1"), {});
    return query(QStringLiteral("EXISTS (SELECT 1 FROM class_member m WHERE m.person_id = a.person_id AND m.class_id = :c)"),
                 {{QStringLiteral(":c"), classId}});
}

Result<QList<ArtifactSummary>> ArtifactService::listForPupil(const Session &session, const QString &personId) const
{
    if (personId != session.personId || personId.isEmpty()) {
        if (auto s = require(session, Capability::ViewClassProgress); !s)
            return Result<QList<ArtifactSummary>>::failure(s.error());
    }
    return query(QStringLiteral("a.person_id = :p"), {{QStringLiteral(":p"), personId}});
}

Result<QList<ArtifactSummary>> ArtifactService::listOwn(const Session &session) const
{
    if (session.personId.isEmpty())
        return Result<QList<ArtifactSummary>>::failure(tr("Sign in to see your work."));
    return query(QStringLiteral("a.person_id = :p"), {{QStringLiteral(":p"), session.personId}});
}

Result<ArtifactDetail> ArtifactService::read(const Session &session, const QString &artifactId) const
{
    using R = Result<ArtifactDetail>;
    auto found = query(QStringLiteral("a.id = :id"), {{QStringLiteral(":id"), artifactId}});
    if (!found)
        return R::failure(found.error());
    if (found->isEmpty())
        return R::failure(tr("This work is no longer there."));
    ArtifactDetail detail;
    detail.summary = found->constFirst();
    if (detail.summary.personId != session.personId || session.personId.isEmpty()) {
        if (auto s = require(session, Capability::ViewClassProgress); !s)
            return R::failure(s.error());
    }

    SqlQuery content(m_db.sql(), QStringLiteral("SELECT content FROM artifact WHERE id = :id"));
    content.bind(QStringLiteral(":id"), artifactId);
    if (auto s = content.exec(); !s)
        return R::failure(s.error());
    if (content.next())
        detail.content = QJsonDocument::fromJson(content.value(0).toString().toUtf8()).object();

    SqlQuery fb(m_db.sql(), QStringLiteral("SELECT f.id, f.author_id, p.display_name, f.body, f.created_at, f.stars, f.seen_at"
                                           " FROM feedback f"
                                           " LEFT JOIN person p ON p.id = f.author_id"
                                           " WHERE f.artifact_id = :id ORDER BY f.created_at, f.id"));
    fb.bind(QStringLiteral(":id"), artifactId);
    if (auto s = fb.exec(); !s)
        return R::failure(s.error());
    while (fb.next()) {
        detail.feedback.append({fb.value(0).toString(), artifactId, fb.value(1).toString(), fb.value(2).toString(),
                                fb.value(3).toString(), fromDbTime(fb.value(4).toString()), fb.value(5).toInt(),
                                fb.value(6).isNull() ? QDateTime() : fromDbTime(fb.value(6).toString())});
    }
    return detail;
}

Result<ArtifactFeedback> ArtifactService::addFeedback(const Session &session, const QString &artifactId, const QString &body,
                                                      int stars)
{
    using R = Result<ArtifactFeedback>;
    if (auto s = require(session, Capability::ViewClassProgress); !s)
        return R::failure(s.error());
    if (session.personId.isEmpty())
        return R::failure(tr("Comments are signed by a teacher: sign in to write one."));
    const QString text = body.trimmed();
    if (stars < 0 || stars > kMaxStars)
        return R::failure(tr("Give from 1 to %1 stars, or none.").arg(kMaxStars));
    if (text.isEmpty() && stars == 0)
        return R::failure(tr("Write a few words or give stars first."));
    if (text.size() > kMaxFeedbackLength)
        return R::failure(tr("A comment can be at most %1 characters long.").arg(kMaxFeedbackLength));
    auto exists = SqlQuery(m_db.sql(), QStringLiteral("SELECT COUNT(*) FROM artifact WHERE id = :id"))
                      .bind(QStringLiteral(":id"), artifactId)
                      .scalar();
    if (!exists)
        return R::failure(exists.error());
    if (exists->toInt() == 0)
        return R::failure(tr("This work is no longer there."));

    // Stars alone store an empty (not NULL) body.
    ArtifactFeedback f{newId(), artifactId, session.personId, session.displayName,
                       text.isEmpty() ? QStringLiteral("") : text, m_clock.now(), stars, {}};
    SqlQuery insert(m_db.sql(), QStringLiteral("INSERT INTO feedback (id, artifact_id, author_id, body, created_at, stars)"
                                               " VALUES (:id, :a, :by, :body, :at, :stars)"));
    insert.bind(QStringLiteral(":id"), f.id)
        .bind(QStringLiteral(":a"), artifactId)
        .bind(QStringLiteral(":by"), f.authorId)
        .bind(QStringLiteral(":body"), f.body)
        .bind(QStringLiteral(":at"), toDbTime(f.createdAt))
        .bind(QStringLiteral(":stars"), stars > 0 ? QVariant(stars) : QVariant());
    if (auto s = insert.exec(); !s)
        return R::failure(s.error());
    return f;
}

Result<int> ArtifactService::markFeedbackSeen(const Session &session, const QString &artifactId)
{
    using R = Result<int>;
    auto owner = SqlQuery(m_db.sql(), QStringLiteral("SELECT person_id FROM artifact WHERE id = :id"))
                     .bind(QStringLiteral(":id"), artifactId)
                     .scalar();
    if (!owner)
        return R::failure(owner.error());
    if (owner->isNull())
        return R::failure(tr("This work is no longer there."));
    // Only the pupil's own opening counts: a teacher reading the work does not make it seen.
    if (session.personId.isEmpty() || owner->toString() != session.personId)
        return R::failure(tr("Only the pupil who made this work can mark its comments as seen."));
    SqlQuery q(m_db.sql(), QStringLiteral("UPDATE feedback SET seen_at = :now WHERE artifact_id = :id AND seen_at IS NULL"));
    q.bind(QStringLiteral(":now"), toDbTime(m_clock.now())).bind(QStringLiteral(":id"), artifactId);
    if (auto s = q.exec(); !s)
        return R::failure(s.error());
    return q.rowsAffected();
}

} // namespace stages
