#pragma once

#include "core/accounts/person.h"
#include "core/accounts/session.h"
#include "core/result.h"

#include <QCoreApplication>

#include <optional>

namespace stages {

class Clock;
class Database;

/// The school's people: first-run setup, adding accounts, listing them, and signing in.
/// Rights are checked here against the caller's Session, not by the screens.
class AccountService
{
    Q_DECLARE_TR_FUNCTIONS(stages::AccountService)

public:
    AccountService(Database &database, const Clock &clock);

    /// Whether the database holds a school. A failed read is an error, never "not set up":
    /// the setup wizard must not open over a real school whose database cannot be read.
    Result<bool> isSetUp() const;
    QString schoolId() const;
    /// The school's name; a null string when there is no school yet.
    Result<QString> schoolName() const;

    /// First run: creates the school and its first administrator, who is signed in.
    Result<Session> setUpSchool(const QString &schoolName, const NewPerson &firstAdmin);

    Result<Person> addPerson(const Session &session, const NewPerson &person);
    /// Adds several people in one short transaction: every secret is hashed before the write
    /// lock is taken (demo seeding, bulk imports). All or none are added.
    Result<QList<Person>> addPeople(const Session &session, const QList<NewPerson> &people);
    Result<QList<Person>> people(const Session &session, std::optional<Role> role = std::nullopt) const;

    /// The avatars the active pupils of a class have, one entry per pupil, leaving out
    /// @p exceptPersonId (the pupil whose avatar is being changed).
    Result<QList<int>> avatarsInClass(const QString &classId, const QString &exceptPersonId = {}) const;
    /// The avatar a new pupil of the class would get (AvatarRule::choose over the class).
    Result<int> suggestAvatar(const QString &classId) const;
    /// Gives pupil @p personId the avatar @p avatar. Teachers and administrators only.
    Status setAvatar(const Session &session, const QString &personId, int avatar);

    /// Public lists for the sign-in screens: names and avatars only.
    Result<QList<Person>> staffForSignIn() const;
    Result<QList<Person>> pupilsForSignIn(const QString &classId) const;

    Result<Session> signInWithPassword(const QString &login, const QString &password);
    Result<Session> signInWithPictures(const QString &personId, const QList<int> &pictures);

    /// Changes the signed-in staff member's own password after checking the old one; their copy
    /// of the organisation's signing key (SigningKeys) is re-wrapped in the same transaction.
    Status changePassword(const Session &session, const QString &oldPassword, const QString &newPassword);

    /// Milliseconds this account must still wait before the next try (0 when it may try now).
    qint64 waitBeforeNextTry(const QString &personId) const;
    /// The account behind a login, for showing its wait before a try; empty when unknown.
    QString personIdForLogin(const QString &login) const;

    /// Suggests a free login for a display name ("Jana Nováková" → "jana.novakova").
    QString suggestLogin(const QString &displayName) const;

private:
    /// A checked NewPerson with its secret already hashed (no database access, slow).
    struct PreparedPerson
    {
        NewPerson person; ///< trimmed; password cleared
        QByteArray passwordHash;
        QByteArray pictureHash;
    };
    Result<PreparedPerson> preparePerson(const NewPerson &person) const;
    /// Inside a write transaction: the database checks and the inserts only (fast).
    Result<Person> insertPerson(const Session &actor, const QString &schoolId, const PreparedPerson &person);
    Result<Session> finishSignIn(const QString &personId, bool secretMatches);
    void ensureSigningKey(const Session &admin, const QString &password);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace stages
