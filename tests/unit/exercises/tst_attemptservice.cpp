// AttemptService on a real SQLite file: attempts and mastery in one transaction, rights,
// artifacts for creative work, and the "seen" list the scheduler uses.

#include "core/progress/attemptservice.h"
#include "core/storage/sqlquery.h"
#include "support/testdatabase.h"

#include <QJsonArray>
#include <QTest>

using namespace stages;
using namespace stages::test;

namespace {

AttemptRecord attempt(const QString &exercise, double score, bool success, bool mixed = false, int stage = 2,
                      int hints = 0)
{
    AttemptRecord a;
    a.exerciseId = exercise;
    a.domain = QStringLiteral("combinatorics");
    a.stage = stage;
    a.score = score;
    a.success = success;
    a.durationMs = 42000;
    a.hintsUsed = hints;
    a.answer = QJsonArray { QJsonArray { 0, 1, 2 }, QJsonArray { 0, 2, 1 } };
    a.mixedSet = mixed;
    return a;
}

int count(Database &db, const QString &sql)
{
    return SqlQuery(db.sql(), sql).scalar().value().toInt();
}

} // namespace

class TestAttemptService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { STAGES_SKIP_WITHOUT_TEST_BACKEND(); }
    void recordsAttemptAndMasteryTogether()
    {
        TestDatabase t;
        ManualClock clock;
        SmallSchool school(*t.db, clock);
        AttemptService service(*t.db, clock);

        auto first = service.record(
            school.pupil, attempt(QStringLiteral("comb/perm/n3/colors/build-all/s1"), 0.5, false, false, 2, 1));
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QCOMPARE(first->previousLevel, MasteryLevel::NotStarted);
        QCOMPARE(first->mastery.level, MasteryLevel::Attempted);

        SqlQuery row(t.db->sql(),
                     QStringLiteral("SELECT person_id, exercise_id, score, success, duration_ms, hints_used, answer, "
                                    "mixed_set FROM attempt"));
        QVERIFY(row.exec().ok());
        QVERIFY(row.next());
        QCOMPARE(row.value(0).toString(), school.pupilId);
        QCOMPARE(row.value(1).toString(), QStringLiteral("comb/perm/n3/colors/build-all/s1"));
        QCOMPARE(row.value(2).toDouble(), 0.5);
        QCOMPARE(row.value(3).toInt(), 0);
        QCOMPARE(row.value(4).toLongLong(), 42000);
        QCOMPARE(row.value(5).toInt(), 1);
        QCOMPARE(row.value(6).toString(), QStringLiteral("[[0,1,2],[0,2,1]]"));
        QCOMPARE(row.value(7).toInt(), 0);

        for (int i = 0; i < 3; ++i) {
            clock.advance(60000);
            QVERIFY(service
                        .record(school.pupil,
                                attempt(QStringLiteral("comb/perm/n3/colors/build-all/s%1").arg(i + 2), 1.0, true))
                        .ok());
        }
        auto m = service.mastery(school.pupil, school.pupilId, QStringLiteral("combinatorics"), 2);
        QVERIFY(m.ok());
        QCOMPARE(m->level, MasteryLevel::Proficient);
        QCOMPARE(m->attempts, 4);
        QCOMPARE(m->successes, 3);
        QCOMPARE(m->bestScore, 1.0);
        QCOMPARE(m->updatedAt, clock.now());

        clock.advance(60000);
        auto warm
            = service.record(school.pupil, attempt(QStringLiteral("comb/perm/n3/shapes/count/s1"), 1.0, true, true));
        QVERIFY(warm.ok());
        QCOMPARE(warm->previousLevel, MasteryLevel::Proficient);
        QCOMPARE(warm->mastery.level, MasteryLevel::Mastered);
        QCOMPARE(count(*t.db, QStringLiteral("SELECT level FROM mastery")), int(MasteryLevel::Mastered));
        QCOMPARE(count(*t.db, QStringLiteral("SELECT COUNT(*) FROM mastery")), 1);
        QCOMPARE(count(*t.db, QStringLiteral("SELECT COUNT(*) FROM attempt")), 5);
    }

    void masteryIsPerStageAndDomain()
    {
        TestDatabase t;
        ManualClock clock;
        SmallSchool school(*t.db, clock);
        AttemptService service(*t.db, clock);
        QVERIFY(service.record(school.pupil, attempt(QStringLiteral("a"), 1.0, true, false, 1)).ok());
        QVERIFY(service.record(school.pupil, attempt(QStringLiteral("b"), 0.2, false, false, 3)).ok());
        auto stages = service.masteryForDomain(school.pupil, school.pupilId, QStringLiteral("combinatorics"));
        QVERIFY(stages.ok());
        QCOMPARE(stages->size(), 2);
        QCOMPARE(stages->at(0).stage, 1);
        QCOMPARE(stages->at(0).level, MasteryLevel::Familiar);
        QCOMPARE(stages->at(1).level, MasteryLevel::Attempted);
        auto untouched = service.mastery(school.pupil, school.pupilId, QStringLiteral("combinatorics"), 5);
        QVERIFY(untouched.ok());
        QCOMPARE(untouched->level, MasteryLevel::NotStarted);
        QCOMPARE(service.masteryForDomain(school.pupil, school.pupilId, QStringLiteral("music"))->size(), 0);
    }

    void onlyForOneself()
    {
        TestDatabase t;
        ManualClock clock;
        SmallSchool school(*t.db, clock);
        AccountService accounts(*t.db, clock);
        const QString otherId
            = accounts
                  .addPerson(
                      school.admin,
                      { Role::Pupil, QStringLiteral("Olí Other"), {}, {}, { 1, 2, 3 }, 1, QStringLiteral("1.A") })
                  .value()
                  .id;
        AttemptService service(*t.db, clock);

        AttemptRecord forOther = attempt(QStringLiteral("x"), 1.0, true);
        forOther.personId = otherId;
        QVERIFY(!service.record(school.pupil, forOther).ok());
        QVERIFY(!service.record(school.teacher, forOther).ok()); // staff cannot write a pupil's attempt
        QVERIFY(
            !service.record(Session::commandLine(), attempt(QStringLiteral("x"), 1.0, true)).ok()); // nobody signed in
        QCOMPARE(count(*t.db, QStringLiteral("SELECT COUNT(*) FROM attempt")), 0);

        AttemptRecord own = attempt(QStringLiteral("x"), 1.0, true);
        own.personId = school.pupilId;
        QVERIFY(service.record(school.pupil, own).ok());
        QVERIFY(service.record(school.teacher, attempt(QStringLiteral("x"), 1.0, true)).ok()); // trying it out

        // Reading: oneself, or with ViewClassProgress.
        QVERIFY(service.mastery(school.teacher, school.pupilId, QStringLiteral("combinatorics"), 2).ok());
        QVERIFY(!service.mastery(school.trainer, school.pupilId, QStringLiteral("combinatorics"), 2).ok());
        auto otherSession = accounts.signInWithPictures(otherId, { 1, 2, 3 });
        QVERIFY(otherSession.ok());
        QVERIFY(!service.mastery(*otherSession, school.pupilId, QStringLiteral("combinatorics"), 2).ok());
        QVERIFY(!service.seenExercises(*otherSession, school.pupilId, QStringLiteral("combinatorics")).ok());
    }

    void refusesImpossibleAttempts_data()
    {
        QTest::addColumn<double>("score");
        QTest::addColumn<int>("stage");
        QTest::addColumn<qint64>("duration");
        QTest::newRow("score above 1") << 1.5 << 2 << qint64(1);
        QTest::newRow("negative score") << -0.1 << 2 << qint64(1);
        QTest::newRow("stage 0") << 1.0 << 0 << qint64(1);
        QTest::newRow("negative duration") << 1.0 << 2 << qint64(-5);
    }

    void refusesImpossibleAttempts()
    {
        QFETCH(double, score);
        QFETCH(int, stage);
        QFETCH(qint64, duration);
        TestDatabase t;
        ManualClock clock;
        SmallSchool school(*t.db, clock);
        AttemptService service(*t.db, clock);
        AttemptRecord a = attempt(QStringLiteral("x"), score, true, false, stage);
        a.durationMs = duration;
        const auto result = service.record(school.pupil, a);
        QVERIFY(!result.ok());
        QVERIFY(!result.error().isEmpty());
        QCOMPARE(count(*t.db, QStringLiteral("SELECT COUNT(*) FROM attempt")), 0);
    }

    void artifactInTheSameTransaction()
    {
        TestDatabase t;
        ManualClock clock;
        SmallSchool school(*t.db, clock);
        AttemptService service(*t.db, clock);
        AttemptRecord a = attempt(QStringLiteral("comb/perm/n3/moves/create/s1"), 1.0, true, false, 8);
        a.artifact = AttemptRecord::Artifact { QStringLiteral("arrangements"), QStringLiteral("My kata"),
                                               QJsonObject { { QStringLiteral("items"), a.answer } } };
        auto recorded = service.record(school.pupil, a);
        QVERIFY(recorded.ok());
        QVERIFY(!recorded->artifactId.isEmpty());
        SqlQuery q(t.db->sql(),
                   QStringLiteral("SELECT person_id, exercise_id, kind, title, content FROM artifact WHERE id = :id"));
        q.bind(QStringLiteral(":id"), recorded->artifactId);
        QVERIFY(q.exec().ok());
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), school.pupilId);
        QCOMPARE(q.value(1).toString(), QStringLiteral("comb/perm/n3/moves/create/s1"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("My kata"));
        QCOMPARE(q.value(4).toString(), QStringLiteral("{\"items\":[[0,1,2],[0,2,1]]}"));
    }

    void failureLeavesNothingBehind()
    {
        TestDatabase t;
        ManualClock clock;
        SmallSchool school(*t.db, clock);
        AttemptService service(*t.db, clock);
        // Make the mastery write fail after the attempt insert: the attempt must roll back too.
        QSqlQuery ddl(t.db->sql());
        if (t.db->isServer()) {
            QVERIFY(ddl.exec(QStringLiteral("CREATE FUNCTION refuse_mastery() RETURNS trigger LANGUAGE plpgsql AS "
                                            "'BEGIN RAISE EXCEPTION ''mastery refused''; END'")));
            QVERIFY(ddl.exec(QStringLiteral("CREATE TRIGGER no_mastery BEFORE INSERT ON mastery "
                                            "FOR EACH ROW EXECUTE FUNCTION refuse_mastery()")));
        } else {
            QVERIFY(ddl.exec(QStringLiteral("CREATE TRIGGER no_mastery BEFORE INSERT ON mastery "
                                            "BEGIN SELECT RAISE(ABORT, 'mastery refused'); END")));
        }
        const auto result = service.record(school.pupil, attempt(QStringLiteral("x"), 1.0, true));
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(QLatin1String("mastery refused")), qPrintable(result.error()));
        QCOMPARE(count(*t.db, QStringLiteral("SELECT COUNT(*) FROM attempt")), 0);
    }

    void seenExercisesLeastRecentFirst()
    {
        TestDatabase t;
        ManualClock clock;
        SmallSchool school(*t.db, clock);
        AttemptService service(*t.db, clock);
        for (const char *id : { "a", "b", "c", "a", "d" }) {
            clock.advance(1000);
            QVERIFY(
                service.record(school.pupil, attempt(QString::fromLatin1(id), 1.0, true, false, id[0] == 'd' ? 3 : 2))
                    .ok());
        }
        QCOMPARE(service.seenExercises(school.pupil, school.pupilId, QStringLiteral("combinatorics")).value(),
                 (QStringList { QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("d") }));
        QCOMPARE(service.seenExercises(school.pupil, school.pupilId, QStringLiteral("combinatorics"), 2).value(),
                 (QStringList { QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a") }));
        QCOMPARE(service.seenExercises(school.teacher, school.pupilId, QStringLiteral("music")).value(), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestAttemptService)
#include "tst_attemptservice.moc"
