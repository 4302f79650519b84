#include "core/progress/assignmentservice.h"

#include "core/audit/auditlog.h"
#include "core/clock.h"
#include "core/storage/database.h"
#include "core/storage/ids.h"
#include "core/storage/sqlquery.h"

#include <QHash>
#include <QSet>

namespace stages {

namespace {

QString itemsDetail(const QList<AssignmentItem> &items)
{
    QStringList parts;
    for (const AssignmentItem &i : items)
        parts.append(i.isWholeStage() ? QStringLiteral("%1/%2").arg(i.domain).arg(i.stage) : i.exerciseId);
    return parts.join(QLatin1Char(' '));
}

} // namespace

AssignmentService::AssignmentService(Database &database, const Clock &clock)
    : m_db(database)
    , m_clock(clock)
{ }

Status AssignmentService::requireTeacher(const Session &session) const
{
    if (session.can(Capability::ViewClassProgress) || session.can(Capability::ManageClasses))
        return {};
    return Status::failure(tr("Only teachers can give and change assignments."));
}

Result<Assignment> AssignmentService::create(const Session &session, const AssignmentRequest &request)
{
    using R = Result<Assignment>;
    if (auto s = requireTeacher(session); !s)
        return R::failure(s.error());
    auto className = SqlQuery(m_db.sql(), QStringLiteral("SELECT name FROM school_class WHERE id = :id"))
                         .bind(QStringLiteral(":id"), request.classId)
                         .scalar();
    if (!className)
        return R::failure(className.error());
    if (className->isNull())
        return R::failure(tr("There is no such class."));
    if (request.items.isEmpty())
        return R::failure(tr("Choose at least one stage or exercise to assign."));
    if (request.items.size() > kMaxItems)
        return R::failure(tr("An assignment can have at most %1 stages or exercises.").arg(kMaxItems));
    for (const AssignmentItem &item : request.items) {
        if (item.domain.trimmed().isEmpty())
            return R::failure(tr("Every stage of an assignment needs its kind of game (music, colours, …)."));
        if (item.stage < 1)
            return R::failure(tr("Stages are numbered from 1."));
    }
    const QDate today = m_clock.now().toLocalTime().date();
    if (request.dueOn.isValid() && request.dueOn < today)
        return R::failure(tr("The due date has already passed: choose today or a later day."));

    const QStringList pupils = QSet<QString>(request.pupilIds.cbegin(), request.pupilIds.cend()).values();
    for (const QString &pupil : pupils) {
        auto member = SqlQuery(m_db.sql(),
                               QStringLiteral("SELECT COUNT(*) FROM class_member m JOIN person p ON p.id = m.person_id"
                                              " WHERE m.class_id = :c AND m.person_id = :p AND p.role = 'pupil'"))
                          .bind(QStringLiteral(":c"), request.classId)
                          .bind(QStringLiteral(":p"), pupil)
                          .scalar();
        if (!member)
            return R::failure(member.error());
        if (member->toInt() == 0)
            //: %1 is a class ("2.A")
            return R::failure(tr("One of the chosen pupils is not in class %1.").arg(className->toString()));
    }

    const QString id = newId();
    const QDateTime now = m_clock.now();
    Transaction tx(m_db.sql());
    if (auto s = tx.status(); !s)
        return R::failure(s.error());
    SqlQuery insert(m_db.sql(),
                    QStringLiteral("INSERT INTO assignment (id, class_id, created_by, created_at, due_on, closed)"
                                   " VALUES (:id, :c, :by, :at, :due, 0)"));
    insert.bind(QStringLiteral(":id"), id)
        .bind(QStringLiteral(":c"), request.classId)
        .bind(QStringLiteral(":by"), session.personId.isEmpty() ? QVariant() : QVariant(session.personId))
        .bind(QStringLiteral(":at"), toDbTime(now))
        .bind(QStringLiteral(":due"),
              request.dueOn.isValid() ? QVariant(request.dueOn.toString(Qt::ISODate)) : QVariant());
    if (auto s = insert.exec(); !s)
        return R::failure(s.error());
    for (int position = 0; position < request.items.size(); ++position) {
        const AssignmentItem &item = request.items.at(position);
        SqlQuery row(m_db.sql(),
                     QStringLiteral("INSERT INTO assignment_item (assignment_id, position, domain, stage, exercise_id)"
                                    " VALUES (:a, :pos, :d, :s, :e)"));
        row.bind(QStringLiteral(":a"), id)
            .bind(QStringLiteral(":pos"), position)
            .bind(QStringLiteral(":d"), item.domain.trimmed())
            .bind(QStringLiteral(":s"), item.stage)
            .bind(QStringLiteral(":e"), item.isWholeStage() ? QVariant() : QVariant(item.exerciseId));
        if (auto s = row.exec(); !s)
            return R::failure(s.error());
    }
    for (const QString &pupil : pupils) {
        SqlQuery row(m_db.sql(),
                     QStringLiteral("INSERT INTO assignment_pupil (assignment_id, person_id) VALUES (:a, :p)"));
        row.bind(QStringLiteral(":a"), id).bind(QStringLiteral(":p"), pupil);
        if (auto s = row.exec(); !s)
            return R::failure(s.error());
    }
    if (auto s = AuditLog::record(m_db.sql(), now, session, QStringLiteral("assignment.create"), id,
                                  itemsDetail(request.items));
        !s)
        return R::failure(s.error());
    if (auto s = tx.commit(); !s)
        return R::failure(s.error());
    return read(session, id);
}

Result<QList<Assignment>> AssignmentService::query(const QString &where, const QString &bindName,
                                                   const QString &bindValue) const
{
    using R = Result<QList<Assignment>>;
    SqlQuery q(m_db.sql(),
               QStringLiteral("SELECT a.id, a.class_id, c.name, a.created_by, p.display_name, a.created_at, a.due_on,"
                              " a.closed, (SELECT COUNT(*) FROM assignment_pupil ap WHERE ap.assignment_id = a.id) "
                              "FROM assignment a JOIN school_class c ON c.id = a.class_id "
                              "LEFT JOIN person p ON p.id = a.created_by WHERE ")
                   + where + QStringLiteral(" ORDER BY a.created_at DESC, a.id"));
    q.bind(bindName, bindValue);
    if (auto s = q.exec(); !s)
        return R::failure(s.error());
    QList<Assignment> list;
    while (q.next()) {
        Assignment a;
        a.id = q.value(0).toString();
        a.classId = q.value(1).toString();
        a.className = q.value(2).toString();
        a.createdBy = q.value(3).toString();
        a.createdByName = q.value(4).toString();
        a.createdAt = fromDbTime(q.value(5).toString());
        a.dueOn = q.value(6).isNull() ? QDate() : QDate::fromString(q.value(6).toString(), Qt::ISODate);
        a.closed = q.value(7).toInt() != 0;
        a.wholeClass = q.value(8).toInt() == 0;
        list.append(a);
    }
    for (Assignment &a : list) {
        if (auto s = fillItems(a); !s)
            return R::failure(s.error());
        if (auto s = fillPupils(a); !s)
            return R::failure(s.error());
    }
    return list;
}

Status AssignmentService::fillItems(Assignment &a) const
{
    SqlQuery q(m_db.sql(),
               QStringLiteral("SELECT domain, stage, exercise_id FROM assignment_item"
                              " WHERE assignment_id = :a ORDER BY position"));
    q.bind(QStringLiteral(":a"), a.id);
    if (auto s = q.exec(); !s)
        return s;
    while (q.next())
        a.items.append({ q.value(0).toString(), q.value(1).toInt(), q.value(2).toString() });
    return {};
}

Status AssignmentService::fillPupils(Assignment &a) const
{
    // Whole class: its active pupils now (a pupil who joins later has the work too).
    SqlQuery q(
        m_db.sql(),
        a.wholeClass
            ? QStringLiteral("SELECT p.id, p.display_name FROM class_member m JOIN person p ON p.id = m.person_id"
                             " WHERE m.class_id = :k AND p.role = 'pupil' AND p.active = 1"
                             " ORDER BY p.display_name, p.id")
            : QStringLiteral("SELECT p.id, p.display_name FROM assignment_pupil ap JOIN person p ON p.id = ap.person_id"
                             " WHERE ap.assignment_id = :k ORDER BY p.display_name, p.id"));
    q.bind(QStringLiteral(":k"), a.wholeClass ? a.classId : a.id);
    if (auto s = q.exec(); !s)
        return s;
    QStringList ids;
    while (q.next()) {
        a.pupils.append({ q.value(0).toString(), q.value(1).toString(), {} });
        ids.append(a.pupils.constLast().personId);
    }
    auto done = completion(a.id, a.createdAt, ids, int(a.items.size()));
    if (!done)
        return Status::failure(done.error());
    for (int i = 0; i < a.pupils.size(); ++i)
        a.pupils[i].itemsDone = done->at(i);
    return {};
}

Result<QList<QList<bool>>> AssignmentService::completion(const QString &assignmentId, const QDateTime &createdAt,
                                                         const QStringList &pupilIds, int itemCount) const
{
    using R = Result<QList<QList<bool>>>;
    QList<QList<bool>> done(pupilIds.size(), QList<bool>(itemCount, false));
    QHash<QString, int> row;
    for (int i = 0; i < pupilIds.size(); ++i)
        row.insert(pupilIds.at(i), i);
    for (int i = 0; i < pupilIds.size(); ++i) {
        // One query per pupil, each an index lookup on attempt (person_id, domain, stage, finished_at).
        SqlQuery q(m_db.sql(),
                   QStringLiteral("SELECT i.position FROM assignment_item i WHERE i.assignment_id = :a AND EXISTS ("
                                  " SELECT 1 FROM attempt t WHERE t.person_id = :p AND t.domain = i.domain"
                                  " AND t.stage = i.stage AND t.finished_at >= :at AND t.success = 1"
                                  " AND (i.exercise_id IS NULL OR t.exercise_id = i.exercise_id))"));
        q.bind(QStringLiteral(":a"), assignmentId)
            .bind(QStringLiteral(":p"), pupilIds.at(i))
            .bind(QStringLiteral(":at"), toDbTime(createdAt));
        if (auto s = q.exec(); !s)
            return R::failure(s.error());
        while (q.next()) {
            const int position = q.value(0).toInt();
            if (position >= 0 && position < itemCount)
                done[i][position] = true;
        }
    }
    return done;
}

Result<QList<Assignment>> AssignmentService::listForClass(const Session &session, const QString &classId,
                                                          bool includeClosed) const
{
    using R = Result<QList<Assignment>>;
    if (auto s = requireTeacher(session); !s)
        return R::failure(s.error());
    return query(includeClosed ? QStringLiteral("a.class_id = :c") : QStringLiteral("a.class_id = :c AND a.closed = 0"),
                 QStringLiteral(":c"), classId);
}

Result<Assignment> AssignmentService::read(const Session &session, const QString &assignmentId) const
{
    using R = Result<Assignment>;
    if (auto s = requireTeacher(session); !s)
        return R::failure(s.error());
    auto list = query(QStringLiteral("a.id = :id"), QStringLiteral(":id"), assignmentId);
    if (!list)
        return R::failure(list.error());
    if (list->isEmpty())
        return R::failure(tr("This assignment is no longer there."));
    return list->constFirst();
}

Result<QList<PupilAssignment>> AssignmentService::openForPupil(const Session &session) const
{
    using R = Result<QList<PupilAssignment>>;
    if (session.personId.isEmpty())
        return R::failure(tr("Sign in to see your tasks."));
    SqlQuery q(m_db.sql(),
               QStringLiteral(
                   "SELECT a.id, a.created_at, a.due_on FROM assignment a "
                   "WHERE a.closed = 0 AND ("
                   " EXISTS (SELECT 1 FROM assignment_pupil ap WHERE ap.assignment_id = a.id AND ap.person_id = :p1)"
                   " OR (NOT EXISTS (SELECT 1 FROM assignment_pupil ap WHERE ap.assignment_id = a.id)"
                   "     AND a.class_id IN (SELECT class_id FROM class_member WHERE person_id = :p2))) "
                   "ORDER BY a.created_at, a.id"));
    q.bind(QStringLiteral(":p1"), session.personId).bind(QStringLiteral(":p2"), session.personId);
    if (auto s = q.exec(); !s)
        return R::failure(s.error());
    QList<PupilAssignment> list;
    while (q.next()) {
        PupilAssignment a;
        a.id = q.value(0).toString();
        a.createdAt = fromDbTime(q.value(1).toString());
        a.dueOn = q.value(2).isNull() ? QDate() : QDate::fromString(q.value(2).toString(), Qt::ISODate);
        list.append(a);
    }
    for (PupilAssignment &a : list) {
        Assignment full;
        full.id = a.id;
        if (auto s = fillItems(full); !s)
            return R::failure(s.error());
        a.items = full.items;
        auto done = completion(a.id, a.createdAt, { session.personId }, int(a.items.size()));
        if (!done)
            return R::failure(done.error());
        a.itemsDone = done->constFirst();
    }
    std::stable_sort(list.begin(), list.end(), [](const PupilAssignment &x, const PupilAssignment &y) {
        if (x.isDone() != y.isDone())
            return !x.isDone();
        if (x.dueOn.isValid() != y.dueOn.isValid())
            return x.dueOn.isValid();
        return x.dueOn < y.dueOn;
    });
    return list;
}

Status AssignmentService::close(const Session &session, const QString &assignmentId)
{
    if (auto s = requireTeacher(session); !s)
        return s;
    Transaction tx(m_db.sql());
    if (auto s = tx.status(); !s)
        return s;
    SqlQuery q(m_db.sql(), QStringLiteral("UPDATE assignment SET closed = 1 WHERE id = :id"));
    q.bind(QStringLiteral(":id"), assignmentId);
    if (auto s = q.exec(); !s)
        return s;
    if (q.rowsAffected() == 0)
        return Status::failure(tr("This assignment is no longer there."));
    if (auto s = AuditLog::record(m_db.sql(), m_clock.now(), session, QStringLiteral("assignment.close"), assignmentId);
        !s)
        return s;
    return tx.commit();
}

Status AssignmentService::remove(const Session &session, const QString &assignmentId)
{
    if (auto s = requireTeacher(session); !s)
        return s;
    Transaction tx(m_db.sql());
    if (auto s = tx.status(); !s)
        return s;
    // Items and pupils go with it (ON DELETE CASCADE); attempts are the pupils' and stay.
    SqlQuery q(m_db.sql(), QStringLiteral("DELETE FROM assignment WHERE id = :id"));
    q.bind(QStringLiteral(":id"), assignmentId);
    if (auto s = q.exec(); !s)
        return s;
    if (q.rowsAffected() == 0)
        return Status::failure(tr("This assignment is no longer there."));
    if (auto s
        = AuditLog::record(m_db.sql(), m_clock.now(), session, QStringLiteral("assignment.delete"), assignmentId);
        !s)
        return s;
    return tx.commit();
}

} // namespace stages
