// WarmUpResults on a real SQLite file: which attempts count for a warm-up (mixed set, inside the
// window plus the grace, pupils of the class), the figures per pupil, the history and the rights.

#include "core/accounts/accountservice.h"
#include "core/progress/attemptservice.h"
#include "core/progress/warmupresults.h"
#include "core/progress/warmupservice.h"
#include "support/testdatabase.h"

#include <QTest>

using namespace stages;
using namespace stages::test;

namespace {

AttemptRecord attempt(double score, bool mixed, qint64 ms = 20000)
{
    AttemptRecord a;
    a.exerciseId = QStringLiteral("combinatorics.s1.e1");
    a.domain = QStringLiteral("combinatorics");
    a.stage = 1;
    a.score = score;
    a.success = score >= 1.0;
    a.durationMs = ms;
    a.answer = QJsonValue(QStringLiteral("x"));
    a.mixedSet = mixed;
    return a;
}

} // namespace

class TestWarmUpResults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { STAGES_SKIP_WITHOUT_TEST_BACKEND(); }
    void countsOnlyMixedSetAttemptsInsideTheWindow()
    {
        TestDatabase t;
        ManualClock clock;
        SmallSchool school(*t.db, clock);
        AccountService accounts(*t.db, clock);
        const QString benId = accounts.addPerson(school.admin, {Role::Pupil, QStringLiteral("Ben Pupil"), {}, {}, {1, 2, 3}, 4,
                                                                QStringLiteral("1.A")}).value().id;
        const Session ben = accounts.signInWithPictures(benId, {1, 2, 3}).value();
        WarmUpService warmUps(*t.db, clock);
        AttemptService attempts(*t.db, clock);
        WarmUpResults results(*t.db);

        // Before the warm-up: does not count.
        QVERIFY(attempts.record(school.pupil, attempt(1.0, true)).ok());
        clock.advance(60 * 1000);
        auto w = warmUps.start(school.teacher, school.classId);
        QVERIFY2(w.ok(), qPrintable(w.error()));
        clock.advance(30 * 1000);
        QVERIFY(attempts.record(school.pupil, attempt(1.0, true, 30000)).ok());
        clock.advance(30 * 1000);
        QVERIFY(attempts.record(school.pupil, attempt(0.5, true, 40000)).ok());
        // Not in a mixed set: an ordinary exercise during the lesson does not count.
        QVERIFY(attempts.record(school.pupil, attempt(1.0, false)).ok());
        // Past the end but inside the grace: the exercise being finished when time ran out.
        clock.advance(7 * 60 * 1000);
        QVERIFY(attempts.record(school.pupil, attempt(1.0, true, 10000)).ok());
        // Past the grace: does not count.
        clock.advance(WarmUpResults::kGraceSeconds * 1000);
        QVERIFY(attempts.record(school.pupil, attempt(1.0, true)).ok());
        QVERIFY(attempts.record(ben, attempt(1.0, true)).ok());

        auto summary = results.results(school.teacher, w->id);
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(summary->warmUp.id, w->id);
        QCOMPARE(summary->pupils.size(), 2);
        QCOMPARE(summary->participants(), 1);
        const WarmUpPupilResult &ben0 = summary->pupils.at(0);
        QCOMPARE(ben0.name, QStringLiteral("Ben Pupil"));
        QVERIFY(!ben0.tookPart());
        const WarmUpPupilResult &pia = summary->pupils.at(1);
        QCOMPARE(pia.personId, school.pupilId);
        QCOMPARE(pia.exercises, 3);
        QCOMPARE(pia.successes, 2);
        QCOMPARE(pia.averageScore, 2.5 / 3.0);
        QCOMPARE(pia.durationMs, qint64(80000));
    }

    void historyIsNewestFirstAndPerClass()
    {
        TestDatabase t;
        ManualClock clock;
        SmallSchool school(*t.db, clock);
        WarmUpService warmUps(*t.db, clock);
        WarmUpResults results(*t.db);
        auto first = warmUps.start(school.teacher, school.classId);
        QVERIFY(first.ok());
        clock.advance(24 * 3600 * 1000);
        auto second = warmUps.start(school.teacher, school.classId);
        QVERIFY(second.ok());
        auto list = results.history(school.teacher, school.classId);
        QVERIFY2(list.ok(), qPrintable(list.error()));
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).id, second->id);
        QCOMPARE(list->at(1).id, first->id);
        QCOMPARE(results.history(school.teacher, QStringLiteral("no-such-class"))->size(), 0);
        QCOMPARE(results.history(school.teacher, {}, 1)->size(), 1);
    }

    void pupilsMayNotReadResults()
    {
        TestDatabase t;
        ManualClock clock;
        SmallSchool school(*t.db, clock);
        WarmUpService warmUps(*t.db, clock);
        WarmUpResults results(*t.db);
        auto w = warmUps.start(school.teacher, school.classId);
        QVERIFY(w.ok());
        QVERIFY(!results.results(school.pupil, w->id).ok());
        QVERIFY(!results.history(school.pupil).ok());
        QVERIFY(!results.results(school.teacher, QStringLiteral("nope")).ok());
    }
};

QTEST_GUILESS_MAIN(TestWarmUpResults)
#include "tst_warmupresults.moc"
