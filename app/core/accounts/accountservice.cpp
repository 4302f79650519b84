#include "core/accounts/accountservice.h"
#include "core/text/textinput.h"

#include "core/accounts/avatarrule.h"
#include "core/accounts/passwordhasher.h"
#include "core/accounts/signinthrottle.h"
#include "core/audit/auditlog.h"
#include "core/clock.h"
#include "core/storage/database.h"
#include "core/storage/ids.h"
#include "core/storage/sqlquery.h"
#include "core/training/signingkeys.h"

#include <QSet>

#include <atomic>
#include <optional>
#include <thread>
#include <vector>

namespace stages {

namespace {

constexpr int kMinPasswordLength = 6;

Person personFromRow(SqlQuery &q)
{
    Person p;
    p.id = q.value(0).toString();
    p.role = roleFromKey(q.value(1).toString()).value_or(Role::Pupil);
    p.displayName = q.value(2).toString();
    p.login = q.value(3).toString();
    p.avatar = q.value(4).toInt();
    p.classId = q.value(5).toString();
    p.className = q.value(6).toString();
    return p;
}

const QString kPersonColumns = QStringLiteral("p.id, p.role, p.display_name, p.login, p.avatar, c.id, c.name "
                                              "FROM person p "
                                              "LEFT JOIN class_member m ON m.person_id = p.id "
                                              "LEFT JOIN school_class c ON c.id = m.class_id ");

} // namespace

AccountService::AccountService(Database &database, const Clock &clock)
    : m_db(database)
    , m_clock(clock)
{ }

Result<bool> AccountService::isSetUp() const
{
    auto name = schoolName();
    if (!name)
        return Result<bool>::failure(name.error());
    return !name->isNull();
}

QString AccountService::schoolId() const
{
    auto id = SqlQuery(m_db.sql(), QStringLiteral("SELECT id FROM school ORDER BY created_at LIMIT 1")).scalar();
    return id ? id->toString() : QString();
}

Result<QString> AccountService::schoolName() const
{
    // A null QString when there is no school yet; a failed read is an error, never "no school".
    auto name = SqlQuery(m_db.sql(), QStringLiteral("SELECT name FROM school ORDER BY created_at LIMIT 1")).scalar();
    if (!name)
        return Result<QString>::failure(name.error());
    if (name->isNull())
        return QString();
    const QString text = name->toString();
    return text.isNull() ? QStringLiteral("") : text;
}

Result<Session> AccountService::setUpSchool(const QString &schoolName, const NewPerson &firstAdmin)
{
    using R = Result<Session>;
    const auto cleanSchoolName = TextInput::clean(TextInput::Kind::SchoolName, schoolName);
    if (!cleanSchoolName)
        return R::failure(cleanSchoolName.error());
    if (firstAdmin.role != Role::Admin)
        return R::failure(tr("The first account must be an administrator."));
    // Refuse at once (the check is repeated under the lock below) ...
    if (auto already = isSetUp(); !already || *already)
        return R::failure(already ? tr("This database already belongs to a school.") : already.error());
    // ... and do the slow part (the password hash) before the write lock, so others never wait on it.
    auto prepared = preparePerson(firstAdmin);
    if (!prepared)
        return R::failure(prepared.error());

    Transaction tx(m_db.sql());
    if (auto s = tx.status(); !s)
        return R::failure(s.error());
    auto already = isSetUp();
    if (!already)
        return R::failure(already.error());
    if (*already)
        return R::failure(tr("This database already belongs to a school."));
    const QString school = newId();
    SqlQuery insert(m_db.sql(), QStringLiteral("INSERT INTO school (id, name, created_at) VALUES (:id, :name, :at)"));
    insert.bind(QStringLiteral(":id"), school)
        .bind(QStringLiteral(":name"), cleanSchoolName.value())
        .bind(QStringLiteral(":at"), toDbTime(m_clock.now()));
    if (auto s = insert.exec(); !s)
        return R::failure(s.error());
    auto admin = insertPerson(Session::commandLine(school), school, *prepared);
    if (!admin)
        return R::failure(admin.error());
    if (auto s = tx.commit(); !s)
        return R::failure(s.error());
    return Session { admin->id, school, Role::Admin, admin->displayName };
}

Result<Person> AccountService::addPerson(const Session &session, const NewPerson &person)
{
    auto added = addPeople(session, { person });
    if (!added)
        return Result<Person>::failure(added.error());
    return added->constFirst();
}

Result<QList<Person>> AccountService::addPeople(const Session &session, const QList<NewPerson> &people)
{
    using R = Result<QList<Person>>;
    for (const NewPerson &person : people) {
        const Capability needed = person.role == Role::Pupil ? Capability::ManagePupils : Capability::ManageStaff;
        if (auto s = require(session, needed); !s)
            return R::failure(s.error());
    }
    const QString school = schoolId();
    if (school.isEmpty())
        return R::failure(tr("Set up the school first."));
    // Validate and hash everything first (Argon2 takes tens of milliseconds per secret); the
    // write transaction then only inserts, so other writers wait milliseconds, not seconds.
    // On every core: a class of thirty takes a second, not two (preparePerson is pure).
    std::vector<std::optional<Result<PreparedPerson>>> results(size_t(people.size()));
    std::atomic<qsizetype> nextIndex { 0 };
    const auto work = [&] {
        for (qsizetype i = nextIndex++; i < people.size(); i = nextIndex++)
            results[size_t(i)].emplace(preparePerson(people.at(i)));
    };
    const qsizetype cores = std::max(1u, std::thread::hardware_concurrency());
    const int workers = int(std::max<qsizetype>(1, std::min<qsizetype>({ cores, 8, people.size() })));
    std::vector<std::thread> threads;
    for (int w = 1; w < workers; ++w)
        threads.emplace_back(work);
    work();
    for (std::thread &t : threads)
        t.join();
    QList<PreparedPerson> prepared;
    prepared.reserve(people.size());
    for (auto &one : results) {
        if (!one.value())
            return R::failure(one->error());
        prepared.append(std::move(one->value()));
    }
    Transaction tx(m_db.sql());
    if (auto s = tx.status(); !s)
        return R::failure(s.error());
    QList<Person> added;
    added.reserve(prepared.size());
    for (const PreparedPerson &person : std::as_const(prepared)) {
        auto one = insertPerson(session, school, person);
        if (!one)
            return R::failure(one.error());
        added.append(one.value());
    }
    if (auto s = tx.commit(); !s)
        return R::failure(s.error());
    return added;
}

Result<AccountService::PreparedPerson> AccountService::preparePerson(const NewPerson &person) const
{
    using R = Result<PreparedPerson>;
    PreparedPerson out;
    out.person = person;
    const auto name = TextInput::clean(TextInput::Kind::PersonName, person.displayName);
    if (!name)
        return R::failure(name.error());
    out.person.displayName = name.value();
    if (person.avatar && !AvatarRule::isValid(*person.avatar))
        return R::failure(tr("There is no avatar %1: choose one from 0 to %2.")
                              .arg(*person.avatar)
                              .arg(AvatarRule::kAvatarCount - 1));
    if (person.role == Role::Pupil) {
        out.person.className = person.className.trimmed();
        if (out.person.className.isEmpty())
            return R::failure(tr("A pupil needs a class."));
        const QSet<int> distinct(person.pictures.cbegin(), person.pictures.cend());
        bool inRange = true;
        for (int p : person.pictures)
            inRange = inRange && p >= 0 && p < PasswordHasher::kPictureChoices;
        if (person.pictures.size() != PasswordHasher::kPictureCount || distinct.size() != PasswordHasher::kPictureCount
            || !inRange)
            return R::failure(tr("A picture password is three different pictures."));
        out.pictureHash = PasswordHasher::hash(PasswordHasher::pictureSecret(person.pictures));
    } else {
        if (person.password.size() < kMinPasswordLength)
            return R::failure(tr("The password must have at least %1 characters.").arg(kMinPasswordLength));
        if (!person.login.trimmed().isEmpty()) { // empty: a login is suggested from the name
            const auto login = TextInput::clean(TextInput::Kind::Login, person.login);
            if (!login)
                return R::failure(login.error());
            out.person.login = login.value();
        } else {
            out.person.login.clear();
        }
        out.passwordHash = PasswordHasher::hash(person.password);
    }
    out.person.password.clear();
    return out;
}

Result<Person> AccountService::insertPerson(const Session &actor, const QString &schoolId, const PreparedPerson &prepared)
{
    using R = Result<Person>;
    const NewPerson &person = prepared.person;
    Person out;
    out.id = newId();
    out.role = person.role;
    out.displayName = person.displayName;
    out.avatar = person.avatar.value_or(0);

    if (person.role == Role::Pupil) {
        SqlQuery findClass(m_db.sql(),
                           QStringLiteral("SELECT id FROM school_class WHERE name = :n AND school_id = :s"));
        findClass.bind(QStringLiteral(":n"), person.className).bind(QStringLiteral(":s"), schoolId);
        auto classId = findClass.scalar();
        if (!classId)
            return R::failure(classId.error());
        if (classId->isNull())
            return R::failure(tr("There is no class called \"%1\".").arg(person.className));
        out.classId = classId->toString();
        out.className = person.className;
        if (!person.avatar) {
            auto taken = avatarsInClass(out.classId);
            if (!taken)
                return R::failure(taken.error());
            out.avatar = AvatarRule::choose(*taken);
        }
    } else {
        out.login = person.login.isEmpty() ? suggestLogin(out.displayName) : person.login;
        SqlQuery taken(m_db.sql(), QStringLiteral("SELECT COUNT(*) FROM person WHERE login = :l"));
        taken.bind(QStringLiteral(":l"), out.login);
        auto count = taken.scalar();
        if (!count)
            return R::failure(count.error());
        if (count->toInt() > 0)
            return R::failure(tr("The login \"%1\" is already taken.").arg(out.login));
    }
    const QByteArray &passwordHash = prepared.passwordHash;
    const QByteArray &pictureHash = prepared.pictureHash;

    SqlQuery insert(m_db.sql(),
                    QStringLiteral("INSERT INTO person (id, school_id, role, display_name, login, avatar, "
                                   "password_hash, picture_hash, created_at) "
                                   "VALUES (:id, :school, :role, :name, :login, :avatar, :pw, :pic, :at)"));
    insert.bind(QStringLiteral(":id"), out.id)
        .bind(QStringLiteral(":school"), schoolId)
        .bind(QStringLiteral(":role"), roleKey(out.role))
        .bind(QStringLiteral(":name"), out.displayName)
        .bind(QStringLiteral(":login"), out.login.isEmpty() ? QVariant() : QVariant(out.login))
        .bind(QStringLiteral(":avatar"), out.avatar)
        .bind(QStringLiteral(":pw"), passwordHash.isEmpty() ? QVariant() : QVariant(QString::fromLatin1(passwordHash)))
        .bind(QStringLiteral(":pic"), pictureHash.isEmpty() ? QVariant() : QVariant(QString::fromLatin1(pictureHash)))
        .bind(QStringLiteral(":at"), toDbTime(m_clock.now()));
    if (auto s = insert.exec(); !s)
        return R::failure(s.error());
    if (!out.classId.isEmpty()) {
        SqlQuery member(m_db.sql(), QStringLiteral("INSERT INTO class_member (class_id, person_id) VALUES (:c, :p)"));
        member.bind(QStringLiteral(":c"), out.classId).bind(QStringLiteral(":p"), out.id);
        if (auto s = member.exec(); !s)
            return R::failure(s.error());
    }
    if (auto s
        = AuditLog::record(m_db.sql(), m_clock.now(), actor, QStringLiteral("person.add"), out.id, roleKey(out.role));
        !s)
        return R::failure(s.error());
    return out;
}

Result<QList<Person>> AccountService::people(const Session &session, std::optional<Role> role) const
{
    using R = Result<QList<Person>>;
    if (auto s = require(session, Capability::ViewClassProgress); !s) {
        if (!session.can(Capability::CertifyEducators))
            return R::failure(s.error());
    }
    QString sql = QLatin1String("SELECT ") + kPersonColumns + QLatin1String("WHERE p.active = 1 ");
    if (role)
        sql += QLatin1String("AND p.role = :role ");
    sql += QLatin1String("ORDER BY p.role, c.name, p.display_name");
    SqlQuery q(m_db.sql(), sql);
    if (role)
        q.bind(QStringLiteral(":role"), roleKey(*role));
    if (auto s = q.exec(); !s)
        return R::failure(s.error());
    QList<Person> list;
    while (q.next())
        list.append(personFromRow(q));
    return list;
}

Result<QList<int>> AccountService::avatarsInClass(const QString &classId, const QString &exceptPersonId) const
{
    using R = Result<QList<int>>;
    QString sql = QStringLiteral("SELECT p.avatar FROM person p JOIN class_member m ON m.person_id = p.id "
                                 "WHERE m.class_id = :c AND p.role = 'pupil' AND p.active = 1");
    if (!exceptPersonId.isEmpty())
        sql += QLatin1String(" AND p.id <> :except");
    SqlQuery q(m_db.sql(), sql);
    q.bind(QStringLiteral(":c"), classId);
    if (!exceptPersonId.isEmpty())
        q.bind(QStringLiteral(":except"), exceptPersonId);
    if (auto s = q.exec(); !s)
        return R::failure(s.error());
    QList<int> avatars;
    while (q.next())
        avatars.append(q.value(0).toInt());
    return avatars;
}

Result<int> AccountService::suggestAvatar(const QString &classId) const
{
    auto taken = avatarsInClass(classId);
    if (!taken)
        return Result<int>::failure(taken.error());
    return AvatarRule::choose(*taken);
}

Status AccountService::setAvatar(const Session &session, const QString &personId, int avatar)
{
    if (auto s = require(session, Capability::ManagePupils); !s)
        return s;
    if (!AvatarRule::isValid(avatar))
        return Status::failure(
            tr("There is no avatar %1: choose one from 0 to %2.").arg(avatar).arg(AvatarRule::kAvatarCount - 1));
    Transaction tx(m_db.sql());
    if (auto s = tx.status(); !s)
        return s;
    SqlQuery update(m_db.sql(),
                    QStringLiteral("UPDATE person SET avatar = :a WHERE id = :id AND role = 'pupil' AND active = 1"));
    update.bind(QStringLiteral(":a"), avatar).bind(QStringLiteral(":id"), personId);
    if (auto s = update.exec(); !s)
        return s;
    if (update.rowsAffected() != 1)
        return Status::failure(tr("This pupil is not in the school any more."));
    if (auto s = AuditLog::record(m_db.sql(), m_clock.now(), session, QStringLiteral("person.avatar"), personId,
                                  QString::number(avatar));
        !s)
        return s;
    return tx.commit();
}

Result<QList<Person>> AccountService::staffForSignIn() const
{
    SqlQuery q(m_db.sql(),
               QLatin1String("SELECT ") + kPersonColumns
                   + QLatin1String("WHERE p.active = 1 AND p.role <> 'pupil' ORDER BY p.display_name"));
    if (auto s = q.exec(); !s)
        return Result<QList<Person>>::failure(s.error());
    QList<Person> list;
    while (q.next())
        list.append(personFromRow(q));
    return list;
}

Result<QList<Person>> AccountService::pupilsForSignIn(const QString &classId) const
{
    SqlQuery q(m_db.sql(),
               QLatin1String("SELECT ") + kPersonColumns
                   + QLatin1String("WHERE p.active = 1 AND p.role = 'pupil' AND c.id = :c "
                                   "ORDER BY p.display_name"));
    q.bind(QStringLiteral(":c"), classId);
    if (auto s = q.exec(); !s)
        return Result<QList<Person>>::failure(s.error());
    QList<Person> list;
    while (q.next())
        list.append(personFromRow(q));
    return list;
}

QString AccountService::personIdForLogin(const QString &login) const
{
    SqlQuery q(m_db.sql(), QStringLiteral("SELECT id FROM person WHERE login = :l AND active = 1"));
    q.bind(QStringLiteral(":l"), login.trimmed().toLower());
    auto id = q.scalar();
    return id ? id->toString() : QString();
}

qint64 AccountService::waitBeforeNextTry(const QString &personId) const
{
    SqlQuery q(m_db.sql(), QStringLiteral("SELECT locked_until FROM person WHERE id = :id"));
    q.bind(QStringLiteral(":id"), personId);
    auto until = q.scalar();
    if (!until || until->isNull())
        return 0;
    return std::max<qint64>(0, m_clock.now().msecsTo(fromDbTime(until->toString())));
}

Result<Session> AccountService::signInWithPassword(const QString &login, const QString &password)
{
    // Made on the first sign-in of the process whichever login is tried, so even that first try
    // takes the same time for a known and an unknown login.
    (void)PasswordHasher::dummyHash();
    const QString personId = personIdForLogin(login);
    if (personId.isEmpty()) {
        // An unknown login costs the same full hash as a known one, so timing does not tell
        // which logins exist.
        (void)PasswordHasher::verify(PasswordHasher::dummyHash(), password);
        return Result<Session>::failure(tr("Wrong name or password."));
    }
    if (const qint64 wait = waitBeforeNextTry(personId); wait > 0) {
        (void)PasswordHasher::verify(PasswordHasher::dummyHash(), password);
        return Result<Session>::failure(
            tr("Too many wrong tries. Please wait %n second(s).", nullptr, int((wait + 999) / 1000)));
    }
    SqlQuery q(m_db.sql(), QStringLiteral("SELECT password_hash FROM person WHERE id = :id"));
    q.bind(QStringLiteral(":id"), personId);
    auto hash = q.scalar();
    if (!hash)
        return Result<Session>::failure(hash.error());
    const QByteArray stored = hash->toString().toLatin1();
    // An account without a password (a pupil's login) still costs a full hash.
    const bool matches = PasswordHasher::verify(stored.isEmpty() ? PasswordHasher::dummyHash() : stored, password)
        && !stored.isEmpty();
    auto session = finishSignIn(personId, matches);
    if (session && session->role == Role::Admin)
        ensureSigningKey(*session, password);
    return session;
}

void AccountService::ensureSigningKey(const Session &admin, const QString &password)
{
    // A database set up before signing keys existed (schema 4 and older) gets its organisation
    // key the first time an administrator signs in with a password, the only moment Stages
    // knows one to wrap it under. A failure here must not stop the sign-in.
    SigningKeys keys(m_db, m_clock);
    auto exists = keys.exists();
    if (!exists || *exists)
        return;
    if (auto s = keys.create(admin, password); !s)
        qWarning("The organisation's signing key could not be made: %s", qPrintable(s.error()));
}

Result<Session> AccountService::signInWithPictures(const QString &personId, const QList<int> &pictures)
{
    if (const qint64 wait = waitBeforeNextTry(personId); wait > 0)
        return Result<Session>::failure(
            tr("Too many wrong tries. Please wait %n second(s).", nullptr, int((wait + 999) / 1000)));
    SqlQuery q(m_db.sql(), QStringLiteral("SELECT picture_hash, active FROM person WHERE id = :id AND role = 'pupil'"));
    q.bind(QStringLiteral(":id"), personId);
    if (auto s = q.exec(); !s)
        return Result<Session>::failure(s.error());
    // An archived pupil (PupilAdmin::archive) is not offered at sign-in and cannot sign in.
    if (!q.next() || q.value(1).toInt() == 0)
        return Result<Session>::failure(tr("This pupil cannot sign in now. Ask your teacher."));
    const QVariant hash = q.value(0);
    // Ends the read before the write transaction: a read still open on a snapshot that another
    // connection (the server's sync worker) has moved past could not become a write.
    q.raw().finish();
    if (hash.isNull())
        return Result<Session>::failure(tr("This pupil has no picture password yet. Ask your teacher."));
    return finishSignIn(personId,
                        PasswordHasher::verify(hash.toString().toLatin1(), PasswordHasher::pictureSecret(pictures)));
}

Result<Session> AccountService::finishSignIn(const QString &personId, bool secretMatches)
{
    using R = Result<Session>;
    Transaction tx(m_db.sql());
    if (auto s = tx.status(); !s)
        return R::failure(s.error());
    SqlQuery read(m_db.sql(),
                  QStringLiteral("SELECT school_id, role, display_name, failed_signins FROM person WHERE id = :id"));
    read.bind(QStringLiteral(":id"), personId);
    if (auto s = read.exec(); !s)
        return R::failure(s.error());
    if (!read.next())
        return R::failure(tr("Wrong name or password."));
    const Session session { personId, read.value(0).toString(),
                            roleFromKey(read.value(1).toString()).value_or(Role::Pupil), read.value(2).toString() };
    const int failures = secretMatches ? 0 : read.value(3).toInt() + 1;
    const qint64 delay = SignInThrottle::delayAfterFailures(failures);
    SqlQuery update(m_db.sql(),
                    QStringLiteral("UPDATE person SET failed_signins = :f, locked_until = :u WHERE id = :id"));
    update.bind(QStringLiteral(":f"), failures)
        .bind(QStringLiteral(":u"), delay > 0 ? QVariant(toDbTime(m_clock.now().addMSecs(delay))) : QVariant())
        .bind(QStringLiteral(":id"), personId);
    if (auto s = update.exec(); !s)
        return R::failure(s.error());
    if (auto s = tx.commit(); !s)
        return R::failure(s.error());
    if (secretMatches)
        return session;
    if (delay > 0)
        return R::failure(tr("Too many wrong tries. Please wait %n second(s).", nullptr, int(delay / 1000)));
    return R::failure(session.role == Role::Pupil ? tr("Those are not your pictures. Try again!")
                                                  : tr("Wrong name or password."));
}

Status AccountService::changePassword(const Session &session, const QString &oldPassword, const QString &newPassword)
{
    if (session.personId.isEmpty() || session.role == Role::Pupil)
        return Status::failure(tr("Only a signed-in teacher, trainer or administrator can change their password."));
    if (newPassword.size() < kMinPasswordLength)
        return Status::failure(tr("The password must have at least %1 characters.").arg(kMinPasswordLength));
    if (newPassword == oldPassword)
        return Status::failure(tr("The new password is the same as the old one."));
    SqlQuery read(m_db.sql(), QStringLiteral("SELECT password_hash FROM person WHERE id = :id AND active = 1"));
    read.bind(QStringLiteral(":id"), session.personId);
    auto stored = read.scalar();
    if (!stored)
        return Status::from(stored);
    if (stored->isNull() || !PasswordHasher::verify(stored->toString().toLatin1(), oldPassword))
        return Status::failure(tr("The current password is not right."));
    const QByteArray newHash = PasswordHasher::hash(newPassword);

    Transaction tx(m_db.sql());
    if (auto s = tx.status(); !s)
        return s;
    // The hash may have changed since it was read (another program); the write is on the one checked.
    SqlQuery update(m_db.sql(), QStringLiteral("UPDATE person SET password_hash = :new, failed_signins = 0, "
                                               "locked_until = NULL WHERE id = :id AND password_hash = :old"));
    update.bind(QStringLiteral(":new"), QString::fromLatin1(newHash))
        .bind(QStringLiteral(":id"), session.personId)
        .bind(QStringLiteral(":old"), stored->toString());
    if (auto s = update.exec(); !s)
        return s;
    if (update.rowsAffected() != 1)
        return Status::failure(tr("The password was changed elsewhere meanwhile; please try again."));
    // Re-wrapping keeps the signing key's cost; the SigningKeys default cost is for new copies only.
    if (auto s = SigningKeys(m_db, m_clock).rewrap(session.personId, oldPassword, newPassword); !s)
        return s;
    if (auto s = AuditLog::record(m_db.sql(), m_clock.now(), session, QStringLiteral("person.password"),
                                  session.personId);
        !s)
        return s;
    return tx.commit();
}

QString AccountService::suggestLogin(const QString &displayName) const
{
    QString base;
    for (const QChar c : displayName.normalized(QString::NormalizationForm_D).toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            base.append(c);
        else if (c.isSpace() && !base.endsWith(QLatin1Char('.')))
            base.append(QLatin1Char('.'));
    }
    while (base.endsWith(QLatin1Char('.')))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("user");
    QString candidate = base;
    for (int n = 2; !personIdForLogin(candidate).isEmpty(); ++n)
        candidate = base + QString::number(n);
    return candidate;
}

} // namespace stages
