// WarmUpService on a real SQLite file: who may start, stop and see a class warm-up, and the
// window opening and closing with the (manual) clock.

#include "core/progress/warmupservice.h"
#include "core/storage/sqlquery.h"
#include "support/testdatabase.h"

#include <QTest>

using namespace stages;
using namespace stages::test;

class TestWarmUpService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { STAGES_SKIP_WITHOUT_TEST_BACKEND(); }
    void startRights_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("teacher") << QStringLiteral("teacher") << true;
        QTest::newRow("admin") << QStringLiteral("admin") << true;
        QTest::newRow("pupil") << QStringLiteral("pupil") << false;
        QTest::newRow("trainer") << QStringLiteral("trainer") << false;
    }

    void startRights()
    {
        QFETCH(QString, who);
        QFETCH(bool, allowed);
        TestDatabase t;
        ManualClock clock;
        SmallSchool school(*t.db, clock);
        WarmUpService service(*t.db, clock);
        const Session session = who == QLatin1String("teacher") ? school.teacher
                              : who == QLatin1String("admin")   ? school.admin
                              : who == QLatin1String("pupil")   ? school.pupil
                                                                : school.trainer;
        auto started = service.start(session, school.classId);
        QCOMPARE(started.ok(), allowed);
        const int rows = SqlQuery(t.db->sql(), QStringLiteral("SELECT COUNT(*) FROM warmup")).scalar().value().toInt();
        QCOMPARE(rows, allowed ? 1 : 0);
        if (allowed) {
            QCOMPARE(started->className, QStringLiteral("1.A"));
            QCOMPARE(started->startedAt, clock.now());
            QCOMPARE(started->endsAt, clock.now().addSecs(7 * 60));
            QCOMPARE(started->startedBy, session.personId);
            const int audit = SqlQuery(t.db->sql(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'warmup.start'"))
                                  .scalar().value().toInt();
            QCOMPARE(audit, 1);
        } else {
            QVERIFY(!started.error().isEmpty());
        }
    }

    void windowOpensAndExpires()
    {
        TestDatabase t;
        ManualClock clock;
        SmallSchool school(*t.db, clock);
        WarmUpService service(*t.db, clock);

        auto none = service.activeWarmUpForPupil(school.pupil, school.pupilId);
        QVERIFY2(none.ok(), qPrintable(none.error()));
        QVERIFY(!none.value());

        auto started = service.start(school.teacher, school.classId);
        QVERIFY2(started.ok(), qPrintable(started.error()));

        // A second start while it runs is refused, with the end time in the message.
        auto twice = service.start(school.teacher, school.classId);
        QVERIFY(!twice.ok());
        QVERIFY(twice.error().contains(QStringLiteral("1.A")));

        clock.advance(6 * 60 * 1000 + 59 * 1000);
        auto pupilSees = service.activeWarmUpForPupil(school.pupil, school.pupilId);
        QVERIFY(pupilSees.ok());
        QVERIFY(pupilSees.value());
        QCOMPARE(pupilSees.value()->id, started->id);
        QCOMPARE(pupilSees.value()->remainingMs(clock.now()), 1000);
        QCOMPARE(pupilSees.value()->seed(), started->seed());
        auto byClass = service.activeWarmUp(school.pupil, school.classId);
        QVERIFY(byClass.ok() && byClass.value());
        QCOMPARE(service.activeWarmUps(school.teacher).value().size(), 1);

        clock.advance(1000); // exactly at the end: over
        QVERIFY(!service.activeWarmUpForPupil(school.pupil, school.pupilId).value());
        QVERIFY(!service.activeWarmUp(school.teacher, school.classId).value());
        QVERIFY(service.activeWarmUps(school.teacher).value().isEmpty());

        // Once over, the class can have a new one.
        QVERIFY(service.start(school.teacher, school.classId).ok());
    }

    void stopEndsItNow()
    {
        TestDatabase t;
        ManualClock clock;
        SmallSchool school(*t.db, clock);
        WarmUpService service(*t.db, clock);
        auto started = service.start(school.teacher, school.classId, 5 * 60);
        QVERIFY(started.ok());
        QCOMPARE(started->endsAt, clock.now().addSecs(300));
        QVERIFY(!service.stop(school.pupil, started->id).ok());
        QVERIFY(service.activeWarmUp(school.teacher, school.classId).value());
        clock.advance(60000);
        QVERIFY(service.stop(school.teacher, started->id).ok());
        QVERIFY(!service.activeWarmUp(school.teacher, school.classId).value());
        QVERIFY(!service.stop(school.teacher, started->id).ok()); // already over
    }

    void pupilsOfOtherClassesSeeNothing()
    {
        TestDatabase t;
        ManualClock clock;
        SmallSchool school(*t.db, clock);
        ClassService classes(*t.db, clock);
        AccountService accounts(*t.db, clock);
        const QString otherClass = classes.addClass(school.admin, QStringLiteral("2.B")).value().id;
        const QString otherId = accounts.addPerson(school.admin, {Role::Pupil, QStringLiteral("Olga Other"), {}, {},
                                                                  {1, 2, 3}, 0, QStringLiteral("2.B")}).value().id;
        const Session other = accounts.signInWithPictures(otherId, {1, 2, 3}).value();
        WarmUpService service(*t.db, clock);
        QVERIFY(service.start(school.teacher, school.classId).ok());

        QVERIFY(!service.activeWarmUpForPupil(other, otherId).value());
        QVERIFY(service.activeWarmUpForPupil(school.pupil, school.pupilId).value());
        // A pupil cannot look into another class, nor ask for another pupil.
        QVERIFY(!service.activeWarmUp(other, school.classId).ok());
        QVERIFY(!service.activeWarmUpForPupil(other, school.pupilId).ok());
        QVERIFY(!service.activeWarmUp(school.teacher, otherClass).value());
    }

    void refusesOddInput_data()
    {
        QTest::addColumn<int>("seconds");
        QTest::addColumn<bool>("knownClass");
        QTest::addColumn<bool>("ok");
        QTest::newRow("seven minutes") << 420 << true << true;
        QTest::newRow("one minute") << 60 << true << true;
        QTest::newRow("too short") << 59 << true << false;
        QTest::newRow("too long") << 3601 << true << false;
        QTest::newRow("no such class") << 420 << false << false;
    }

    void refusesOddInput()
    {
        QFETCH(int, seconds);
        QFETCH(bool, knownClass);
        QFETCH(bool, ok);
        TestDatabase t;
        ManualClock clock;
        SmallSchool school(*t.db, clock);
        WarmUpService service(*t.db, clock);
        auto r = service.start(school.teacher, knownClass ? school.classId : QStringLiteral("nope"), seconds);
        QCOMPARE(r.ok(), ok);
    }

    void commandLineMayStartOne()
    {
        // stagesctl acts as an admin without a person: the row names no starter.
        TestDatabase t;
        ManualClock clock;
        SmallSchool school(*t.db, clock);
        WarmUpService service(*t.db, clock);
        auto r = service.start(Session::commandLine(), school.classId);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QVERIFY(service.activeWarmUpForPupil(school.pupil, school.pupilId).value());
    }
};

QTEST_GUILESS_MAIN(TestWarmUpService)
#include "tst_warmupservice.moc"
