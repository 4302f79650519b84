#include "core/accounts/accountservice.h"
#include "core/accounts/avatarrule.h"
#include "core/accounts/passwordhasher.h"
#include "core/school/classservice.h"
#include "core/storage/sqlquery.h"
#include "support/testdatabase.h"

#include <QElapsedTimer>
#include <QTest>

using namespace stages;
using namespace stages::test;

class TestAccountService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { STAGES_SKIP_WITHOUT_TEST_BACKEND(); }
    void setUpCreatesSchoolAndSignedInAdmin()
    {
        TestDatabase t;
        ManualClock clock;
        AccountService accounts(*t.db, clock);
        QVERIFY(!accounts.isSetUp().value());
        auto admin = accounts.setUpSchool(
            QStringLiteral("ZŠ Kopřivnice"),
            { Role::Admin, QStringLiteral("Eva Černá"), {}, QStringLiteral("heslo123"), {}, 0, {} });
        QVERIFY2(admin.ok(), qPrintable(admin.error()));
        QCOMPARE(admin->role, Role::Admin);
        QVERIFY(accounts.isSetUp().value());
        QCOMPARE(accounts.schoolName().value(), QStringLiteral("ZŠ Kopřivnice"));
        // The login is derived without diacritics and works.
        QVERIFY(accounts.signInWithPassword(QStringLiteral("eva.cerna"), QStringLiteral("heslo123")).ok());
        // A second setup is refused.
        QVERIFY(!accounts
                     .setUpSchool(QStringLiteral("Other"),
                                  { Role::Admin, QStringLiteral("X"), {}, QStringLiteral("heslo123"), {}, 0, {} })
                     .ok());
    }

    void secretsAreStoredOnlyAsArgon2idHashes()
    {
        TestDatabase t;
        ManualClock clock;
        SmallSchool school(*t.db, clock);
        SqlQuery q(t.db->sql(), QStringLiteral("SELECT password_hash, picture_hash FROM person"));
        QVERIFY(q.exec().ok());
        int rows = 0;
        while (q.next()) {
            ++rows;
            const QString secret = q.value(0).isNull() ? q.value(1).toString() : q.value(0).toString();
            QVERIFY2(secret.startsWith(QLatin1String("$argon2id$")), qPrintable(secret));
            QVERIFY(!secret.contains(QLatin1String(SmallSchool::kPassword)));
        }
        QCOMPARE(rows, 4);
    }

    void pictureSignIn()
    {
        TestDatabase t;
        ManualClock clock;
        SmallSchool school(*t.db, clock);
        AccountService accounts(*t.db, clock);
        auto session = accounts.signInWithPictures(school.pupilId, SmallSchool::pupilPictures());
        QVERIFY(session.ok());
        QCOMPARE(session->role, Role::Pupil);
        QCOMPARE(session->displayName, QStringLiteral("Pia Pupil"));
        QVERIFY(!accounts.signInWithPictures(school.pupilId, { 0, 4, 7 }).ok());
        const QList<Person> pupils = accounts.pupilsForSignIn(school.classId).value();
        QCOMPARE(pupils.size(), 1);
        QCOMPARE(pupils.first().avatar, 3);
    }

    void fiveFailuresMakeTheAccountWaitLonger()
    {
        TestDatabase t;
        ManualClock clock;
        SmallSchool school(*t.db, clock);
        AccountService accounts(*t.db, clock);
        const QList<int> wrong { 1, 2, 3 };
        for (int i = 1; i <= 4; ++i) {
            auto r = accounts.signInWithPictures(school.pupilId, wrong);
            QVERIFY(!r.ok());
            QCOMPARE(accounts.waitBeforeNextTry(school.pupilId), qint64(0));
        }
        auto fifth = accounts.signInWithPictures(school.pupilId, wrong);
        QVERIFY(!fifth.ok());
        QVERIFY2(fifth.error().contains(QLatin1String("wait")), qPrintable(fifth.error()));
        QCOMPARE(accounts.waitBeforeNextTry(school.pupilId), qint64(10000));

        // While waiting, even the right pictures are refused, and nothing is counted.
        auto blocked = accounts.signInWithPictures(school.pupilId, SmallSchool::pupilPictures());
        QVERIFY(!blocked.ok());
        clock.advance(4000);
        QCOMPARE(accounts.waitBeforeNextTry(school.pupilId), qint64(6000));

        // After the wait, another mistake doubles it.
        clock.advance(6000);
        QVERIFY(!accounts.signInWithPictures(school.pupilId, wrong).ok());
        QCOMPARE(accounts.waitBeforeNextTry(school.pupilId), qint64(20000));

        // The right secret after the wait resets the counter.
        clock.advance(20000);
        QVERIFY(accounts.signInWithPictures(school.pupilId, SmallSchool::pupilPictures()).ok());
        QVERIFY(!accounts.signInWithPictures(school.pupilId, wrong).ok());
        QCOMPARE(accounts.waitBeforeNextTry(school.pupilId), qint64(0));
    }

    void staffThrottleAndUnknownLogin()
    {
        TestDatabase t;
        ManualClock clock;
        SmallSchool school(*t.db, clock);
        AccountService accounts(*t.db, clock);
        auto unknown = accounts.signInWithPassword(QStringLiteral("nobody"), QStringLiteral("whatever"));
        QVERIFY(!unknown.ok());
        auto wrong = accounts.signInWithPassword(QStringLiteral("tom"), QStringLiteral("whatever"));
        QCOMPARE(wrong.error(), unknown.error()); // does not reveal which logins exist
        for (int i = 0; i < 4; ++i)
            QVERIFY(!accounts.signInWithPassword(QStringLiteral("tom"), QStringLiteral("nope")).ok());
        QVERIFY(accounts.waitBeforeNextTry(accounts.personIdForLogin(QStringLiteral("tom"))) > 0);
        QVERIFY(!accounts.signInWithPassword(QStringLiteral("tom"), QString::fromLatin1(SmallSchool::kPassword)).ok());
    }

    void validation_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("pictures");
        QTest::addColumn<QString>("className");
        QTest::newRow("empty name") << int(Role::Teacher) << QString() << QStringLiteral("longenough") << QString()
                                    << QString();
        QTest::newRow("short password") << int(Role::Teacher) << QStringLiteral("T") << QStringLiteral("abc")
                                        << QString() << QString();
        QTest::newRow("pupil without class")
            << int(Role::Pupil) << QStringLiteral("P") << QString() << QStringLiteral("1,2,3") << QString();
        QTest::newRow("unknown class") << int(Role::Pupil) << QStringLiteral("P") << QString()
                                       << QStringLiteral("1,2,3") << QStringLiteral("9.Z");
        QTest::newRow("repeated picture")
            << int(Role::Pupil) << QStringLiteral("P") << QString() << QStringLiteral("1,1,3") << QStringLiteral("1.A");
        QTest::newRow("two pictures") << int(Role::Pupil) << QStringLiteral("P") << QString() << QStringLiteral("1,2")
                                      << QStringLiteral("1.A");
        QTest::newRow("picture out of range")
            << int(Role::Pupil) << QStringLiteral("P") << QString() << QStringLiteral("1,2,9") << QStringLiteral("1.A");
    }

    void validation()
    {
        QFETCH(int, role);
        QFETCH(QString, name);
        QFETCH(QString, password);
        QFETCH(QString, pictures);
        QFETCH(QString, className);
        TestDatabase t;
        ManualClock clock;
        SmallSchool school(*t.db, clock);
        AccountService accounts(*t.db, clock);
        NewPerson p { Role(role), name, {}, password, {}, 0, className };
        for (const QString &n : pictures.split(QLatin1Char(','), Qt::SkipEmptyParts))
            p.pictures.append(n.toInt());
        const int before = accounts.people(school.admin).value().size();
        auto added = accounts.addPerson(school.admin, p);
        QVERIFY(!added.ok());
        QVERIFY(!added.error().isEmpty());
        QCOMPARE(accounts.people(school.admin).value().size(), before);
    }

    void avatarsDoNotRepeatInAClassUntilAllAreUsed()
    {
        // Pia (1.A) has avatar 3 from SmallSchool; a second class fills up independently.
        TestDatabase t;
        ManualClock clock;
        SmallSchool school(*t.db, clock);
        AccountService accounts(*t.db, clock);
        ClassService classes(*t.db, clock);
        QVERIFY(classes.addClass(school.admin, QStringLiteral("2.B")).ok());
        const auto addPupil = [&](const QString &className, int n) {
            return accounts.addPerson(
                school.teacher,
                { Role::Pupil, QStringLiteral("Pupil %1").arg(n), {}, {}, { 0, 1, 2 }, std::nullopt, className });
        };
        // 1.A already has one pupil, so the class is full of distinct avatars at kAvatarCount pupils.
        for (int n = 1; n < AvatarRule::kAvatarCount; ++n) {
            auto added = addPupil(QStringLiteral("1.A"), n);
            QVERIFY2(added.ok(), qPrintable(added.error()));
        }
        QList<int> stored;
        SqlQuery q(t.db->sql(),
                   QStringLiteral("SELECT p.avatar FROM person p JOIN class_member m ON m.person_id = p.id "
                                  "WHERE m.class_id = :c"));
        q.bind(QStringLiteral(":c"), school.classId);
        QVERIFY(q.exec().ok());
        while (q.next())
            stored.append(q.value(0).toInt());
        QCOMPARE(stored.size(), AvatarRule::kAvatarCount);
        QCOMPARE(QSet<int>(stored.cbegin(), stored.cend()).size(), AvatarRule::kAvatarCount);
        for (int a : stored)
            QVERIFY(AvatarRule::isValid(a));

        // The next one repeats (every avatar is taken once), and the one after does not repeat it.
        auto first = addPupil(QStringLiteral("1.A"), 100);
        QVERIFY(first.ok());
        QVERIFY(AvatarRule::isValid(first->avatar));
        auto second = addPupil(QStringLiteral("1.A"), 101);
        QVERIFY(second.ok());
        QVERIFY(second->avatar != first->avatar);

        // Another class starts again from the first avatar.
        auto other = addPupil(QStringLiteral("2.B"), 1);
        QVERIFY(other.ok());
        QCOMPARE(other->avatar, 0);
        QCOMPARE(accounts.suggestAvatar(classes.classByName(QStringLiteral("2.B")).value().value().id).value(), 1);

        // An explicit avatar is kept, even when it repeats; a made-up one is refused.
        auto chosen = accounts.addPerson(
            school.teacher, { Role::Pupil, QStringLiteral("Explicit"), {}, {}, { 0, 1, 2 }, 0, QStringLiteral("2.B") });
        QVERIFY(chosen.ok());
        QCOMPARE(chosen->avatar, 0);
        QVERIFY(!accounts
                     .addPerson(school.teacher,
                                { Role::Pupil,
                                  QStringLiteral("Nope"),
                                  {},
                                  {},
                                  { 0, 1, 2 },
                                  AvatarRule::kAvatarCount,
                                  QStringLiteral("2.B") })
                     .ok());
    }

    void avatarRuleChoosesTheLeastUsed_data()
    {
        QTest::addColumn<QList<int>>("taken");
        QTest::addColumn<int>("expected");
        QList<int> all;
        for (int i = 0; i < AvatarRule::kAvatarCount; ++i)
            all.append(i);
        QTest::newRow("empty class") << QList<int> {} << 0;
        QTest::newRow("gap") << QList<int> { 0, 1, 3 } << 2;
        QTest::newRow("all once") << all << 0;
        QTest::newRow("all once, first twice") << (all + QList<int> { 0 }) << 1;
        QTest::newRow("out of range ignored") << QList<int> { -1, AvatarRule::kAvatarCount, 0 } << 1;
    }

    void avatarRuleChoosesTheLeastUsed()
    {
        QFETCH(QList<int>, taken);
        QFETCH(int, expected);
        QCOMPARE(AvatarRule::choose(taken), expected);
    }

    void onlyTeachersAndAdminsChangeAnAvatar()
    {
        TestDatabase t;
        ManualClock clock;
        SmallSchool school(*t.db, clock);
        AccountService accounts(*t.db, clock);
        const auto storedAvatar = [&] {
            SqlQuery q(t.db->sql(), QStringLiteral("SELECT avatar FROM person WHERE id = :id"));
            q.bind(QStringLiteral(":id"), school.pupilId);
            return q.scalar().value().toInt();
        };
        QCOMPARE(storedAvatar(), 3);

        // The pupil herself and a trainer are refused, and nothing changes.
        auto byPupil = accounts.setAvatar(school.pupil, school.pupilId, 7);
        QVERIFY(!byPupil.ok());
        QVERIFY(!byPupil.error().isEmpty());
        QVERIFY(!accounts.setAvatar(school.trainer, school.pupilId, 7).ok());
        QCOMPARE(storedAvatar(), 3);

        // The teacher may; so may an admin. Out of range and unknown pupils are refused.
        QVERIFY(accounts.setAvatar(school.teacher, school.pupilId, 7).ok());
        QCOMPARE(storedAvatar(), 7);
        QVERIFY(accounts.setAvatar(school.admin, school.pupilId, AvatarRule::kAvatarCount - 1).ok());
        QCOMPARE(storedAvatar(), AvatarRule::kAvatarCount - 1);
        QVERIFY(!accounts.setAvatar(school.teacher, school.pupilId, AvatarRule::kAvatarCount).ok());
        QVERIFY(!accounts.setAvatar(school.teacher, school.pupilId, -1).ok());
        QVERIFY(!accounts.setAvatar(school.teacher, QStringLiteral("no-such-id"), 1).ok());
        // A teacher's own row is not a pupil's: refused.
        QVERIFY(!accounts.setAvatar(school.admin, school.teacher.personId, 1).ok());
        QCOMPARE(storedAvatar(), AvatarRule::kAvatarCount - 1);

        // The change is in the audit log.
        SqlQuery audit(t.db->sql(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'person.avatar'"));
        QCOMPARE(audit.scalar().value().toInt(), 2);

        // A classmate's avatar is left out when asking what others have.
        QCOMPARE(accounts.avatarsInClass(school.classId, school.pupilId).value(), QList<int> {});
        QCOMPARE(accounts.avatarsInClass(school.classId).value(), QList<int> { AvatarRule::kAvatarCount - 1 });
    }

    void duplicateLoginRefused()
    {
        TestDatabase t;
        ManualClock clock;
        SmallSchool school(*t.db, clock);
        AccountService accounts(*t.db, clock);
        auto again = accounts.addPerson(school.admin,
                                        { Role::Teacher,
                                          QStringLiteral("Tom Two"),
                                          QStringLiteral("tom"),
                                          QStringLiteral("longenough"),
                                          {},
                                          0,
                                          {} });
        QVERIFY(!again.ok());
        QVERIFY(again.error().contains(QLatin1String("tom")));
        QCOMPARE(accounts.suggestLogin(QStringLiteral("Tom")), QStringLiteral("tom2"));
    }

    void unknownLoginCostsTheSameHashAsAKnownOne()
    {
        TestDatabase t;
        ManualClock clock;
        SmallSchool school(*t.db, clock);
        AccountService accounts(*t.db, clock);
        (void)PasswordHasher::dummyHash(); // made once per process; not part of a sign-in
        const auto hashesFor = [&](const QString &login) -> quint64 {
            const quint64 before = PasswordHasher::operationCount();
            if (accounts.signInWithPassword(login, QStringLiteral("wrong-password")).ok())
                return 1000; // a wrong password must never sign in
            return PasswordHasher::operationCount() - before;
        };
        // Every path that answers "wrong name or password" runs exactly one full Argon2 hash.
        QCOMPARE(hashesFor(QStringLiteral("tom")), quint64(1));
        QCOMPARE(hashesFor(QStringLiteral("nobody-here")), quint64(1));

        // And so they take about as long (generous bounds: timing only backs up the count).
        const auto timeOf = [&](const QString &login) {
            QElapsedTimer timer;
            timer.start();
            for (int i = 0; i < 3; ++i)
                (void)accounts.signInWithPassword(login, QStringLiteral("wrong-password"));
            return double(timer.nsecsElapsed());
        };
        clock.advance(3600 * 1000);
        const double unknown = timeOf(QStringLiteral("nobody-here"));
        clock.advance(3600 * 1000);
        const double known = timeOf(QStringLiteral("ada"));
        qInfo("sign-in with a wrong password: unknown login %.1f ms, known login %.1f ms (3 tries each)",
              unknown / 1e6, known / 1e6);
        QVERIFY2(unknown > known / 4 && unknown < known * 4, "unknown and known logins take very different times");
    }

    void readsThatFailAreErrorsNotEmptyLists()
    {
        TestDatabase t;
        ManualClock clock;
        SmallSchool school(*t.db, clock);
        AccountService accounts(*t.db, clock);
        ClassService classes(*t.db, clock);
        QVERIFY(accounts.isSetUp().value());
        QCOMPARE(accounts.staffForSignIn().value().size(), 3);
        QCOMPARE(classes.classes().value().size(), 1);

        // The tables can no longer be read (a damaged or foreign file, a failing disk).
        for (const char *sql : { "ALTER TABLE school RENAME TO school_gone", "ALTER TABLE person RENAME TO person_gone",
                                 "ALTER TABLE school_class RENAME TO school_class_gone" })
            QVERIFY(QSqlQuery(t.db->sql()).exec(QString::fromLatin1(sql))); // DDL: not a prepared statement
        const auto setUp = accounts.isSetUp();
        QVERIFY(!setUp.ok()); // not "false": that would open the setup wizard over a real school
        QVERIFY(setUp.error().contains(QLatin1String("school")));
        QVERIFY(!accounts.schoolName().ok());
        QVERIFY(!accounts.staffForSignIn().ok());
        QVERIFY(!accounts.pupilsForSignIn(school.classId).ok());
        QVERIFY(!classes.classes().ok());
        QVERIFY(!classes.classByName(QStringLiteral("1.A")).ok());
    }

    void emptyDatabaseIsNotSetUp()
    {
        TestDatabase t;
        ManualClock clock;
        AccountService accounts(*t.db, clock);
        const auto setUp = accounts.isSetUp();
        QVERIFY(setUp.ok());
        QVERIFY(!setUp.value());
        QVERIFY(accounts.schoolName().value().isNull());
    }

    void addPeopleIsAllOrNothing()
    {
        TestDatabase t;
        ManualClock clock;
        SmallSchool school(*t.db, clock);
        AccountService accounts(*t.db, clock);
        const int before = accounts.people(school.admin).value().size();
        auto added = accounts.addPeople(
            school.admin, { { Role::Pupil, QStringLiteral("One"), {}, {}, { 0, 1, 2 }, std::nullopt, QStringLiteral("1.A") },
                            { Role::Pupil, QStringLiteral("Two"), {}, {}, { 3, 4, 5 }, std::nullopt, QStringLiteral("1.A") } });
        QVERIFY2(added.ok(), qPrintable(added.error()));
        QCOMPARE(added->size(), 2);
        QVERIFY(added->at(0).avatar != added->at(1).avatar); // the second sees the first's avatar
        QVERIFY(accounts.signInWithPictures(added->at(1).id, { 3, 4, 5 }).ok());
        // One bad entry (no such class): none of the batch is added.
        QVERIFY(!accounts
                     .addPeople(school.admin,
                                { { Role::Pupil, QStringLiteral("Three"), {}, {}, { 0, 1, 2 }, std::nullopt, QStringLiteral("1.A") },
                                  { Role::Pupil, QStringLiteral("Four"), {}, {}, { 0, 1, 2 }, std::nullopt, QStringLiteral("9.Z") } })
                     .ok());
        QCOMPARE(accounts.people(school.admin).value().size(), before + 2);
    }
};

QTEST_GUILESS_MAIN(TestAccountService)
#include "tst_accountservice.moc"
