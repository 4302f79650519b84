#pragma once

#include "core/accounts/person.h"
#include "core/accounts/session.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace stages {

class Clock;
class Database;

/// A pupil with a picture password that was just made: the only moment the pictures are known
/// (only their Argon2id hash is stored), so the caller shows or prints them now or never.
struct NewPictures
{
    Person pupil;
    QList<int> pictures; ///< PasswordHasher::kPictureCount distinct indexes, in the order to tap
};

/// What a teacher changes about pupils after adding them (issue 10, point 6): the name and the
/// class, archiving (hidden from sign-in, class lists and dashboards; every answer kept) and
/// restoring, and new picture passwords. Rights are checked here (ManagePupils: teachers and
/// administrators); every change is one transaction with its audit-log row, so nothing is ever
/// half done. The avatar stays with AccountService::setAvatar.
class PupilAdmin
{
    Q_DECLARE_TR_FUNCTIONS(stages::PupilAdmin)

public:
    PupilAdmin(Database &database, const Clock &clock);

    /// One pupil by id, archived or not (Person::active tells). Fails for staff and unknown ids.
    Result<Person> pupil(const Session &session, const QString &personId) const;
    /// The archived pupils of the school, by class and name (AccountService::people lists the
    /// active ones).
    Result<QList<Person>> archivedPupils(const Session &session) const;

    /// Gives the pupil the name @p displayName (TextInput rules) and puts them in class
    /// @p classId, both or neither. Unchanged parts write nothing; an archived pupil is refused.
    Status edit(const Session &session, const QString &personId, const QString &displayName, const QString &classId);
    /// Hides the pupil from sign-in, class lists and dashboards; their data stays.
    Status archive(const Session &session, const QString &personId);
    /// Brings an archived pupil back, in the class they were in.
    Status restore(const Session &session, const QString &personId);

    /// New random pictures for each of @p personIds (all active pupils), failed sign-ins
    /// cleared. All or none: the old pictures stop working only when every pupil has new ones.
    Result<QList<NewPictures>> resetPictures(const Session &session, const QStringList &personIds);
    /// resetPictures() for every active pupil of class @p classId (ordered by name).
    Result<QList<NewPictures>> resetPicturesOfClass(const Session &session, const QString &classId);

    /// Three different pictures out of PasswordHasher::kPictureChoices, from the system's
    /// secure random source.
    static QList<int> randomPictures();

private:
    Status setActive(const Session &session, const QString &personId, bool active);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace stages
