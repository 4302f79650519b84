#pragma once

#include "core/accounts/session.h"
#include "core/progress/assignment.h"
#include "core/result.h"

#include <QCoreApplication>

namespace stages {

class Clock;
class Database;

/// Work a teacher gives a class or some of its pupils: stages or particular exercises, with an
/// optional due date (issue 10, point 3). Completion is derived from attempts, never stored: an
/// item is done for a pupil once they have a successful attempt at that stage (or that exercise)
/// finished at or after the assignment was created; an assignment is done when every item is.
///
/// Rights: creating, listing a class's assignments, closing and deleting need ViewClassProgress or
/// ManageClasses (teachers and admins); a pupil reads only their own open assignments.
class AssignmentService
{
    Q_DECLARE_TR_FUNCTIONS(stages::AssignmentService)

public:
    static constexpr int kMaxItems = 40;

    AssignmentService(Database &database, const Clock &clock);

    /// Stores a new assignment (with an audit log entry) and returns it with everyone's completion.
    Result<Assignment> create(const Session &session, const AssignmentRequest &request);
    /// The assignments of @p classId, newest first, each with completion per pupil.
    Result<QList<Assignment>> listForClass(const Session &session, const QString &classId,
                                           bool includeClosed = true) const;
    /// One assignment with completion per pupil.
    Result<Assignment> read(const Session &session, const QString &assignmentId) const;
    /// The open (not closed) assignments of the signed-in pupil: not done first, then the
    /// earliest due, then the oldest.
    Result<QList<PupilAssignment>> openForPupil(const Session &session) const;
    /// Hides the assignment from the pupils; the teacher still sees it.
    Status close(const Session &session, const QString &assignmentId);
    /// Removes the assignment for good (attempts stay).
    Status remove(const Session &session, const QString &assignmentId);

private:
    Status requireTeacher(const Session &session) const;
    Result<QList<Assignment>> query(const QString &where, const QString &bindName, const QString &bindValue) const;
    Status fillItems(Assignment &a) const;
    Status fillPupils(Assignment &a) const;
    Result<QList<QList<bool>>> completion(const QString &assignmentId, const QDateTime &createdAt,
                                          const QStringList &pupilIds, int itemCount) const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace stages
