// Where a class stands in a domain, for the class-wide warm-up (issue 8, point 7): the pure rule
// (classReach) on its own, and the pupils' mastery read from a real SQLite file.

#include "core/accounts/accountservice.h"
#include "core/progress/attemptservice.h"
#include "core/progress/classreach.h"
#include "support/testdatabase.h"

#include <QTest>

using namespace stages;
using namespace stages::test;

Q_DECLARE_METATYPE(QList<QList<stages::StageMastery>>)

namespace {

StageMastery at(int stage, MasteryLevel level)
{
    StageMastery m;
    m.domain = QStringLiteral("combinatorics");
    m.stage = stage;
    m.level = level;
    return m;
}

constexpr auto P = MasteryLevel::Proficient;
constexpr auto M = MasteryLevel::Mastered;
constexpr auto A = MasteryLevel::Attempted;
constexpr auto F = MasteryLevel::Familiar;

} // namespace

class TestClassReach : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { STAGES_SKIP_WITHOUT_TEST_BACKEND(); }
    void rule_data()
    {
        QTest::addColumn<QList<QList<StageMastery>>>("pupils");
        QTest::addColumn<QList<int>>("familiar");
        QTest::addColumn<int>("reached");

        QTest::newRow("no pupils") << QList<QList<StageMastery>> {} << QList<int> {} << 1;
        QTest::newRow("nobody began") << QList<QList<StageMastery>> { {}, {}, {} } << QList<int> {} << 1;
        QTest::newRow("one ahead, the rest not begun: the class is at 1")
            << QList<QList<StageMastery>> { { at(1, M), at(2, M), at(3, P), at(4, A) }, {}, {} } << QList<int> {} << 1;
        QTest::newRow("half proficient counts, 2 of 4")
            << QList<QList<StageMastery>> { { at(1, P) }, { at(1, M) }, { at(1, A) }, {} } << QList<int> { 1 } << 1;
        QTest::newRow("familiar is not proficient")
            << QList<QList<StageMastery>> { { at(1, F) }, { at(1, F) } } << QList<int> {} << 1;
        QTest::newRow("2 of 3 is at least half")
            << QList<QList<StageMastery>> { { at(1, P), at(2, P), at(3, A) }, { at(1, M), at(2, A), at(3, A) }, { at(1, A) } }
            << QList<int> { 1 } << 3;
        QTest::newRow("stages come ascending, gaps allowed")
            << QList<QList<StageMastery>> { { at(3, P), at(1, P) }, { at(1, M), at(3, M), at(5, A) } } << QList<int> { 1, 3 } << 5;
    }

    void rule()
    {
        QFETCH(QList<QList<StageMastery>>, pupils);
        QFETCH(QList<int>, familiar);
        QFETCH(int, reached);
        const ClassReach reach = classReach(pupils);
        QCOMPARE(reach.familiarStages, familiar);
        QCOMPARE(reach.reachedStage, reached);
    }

    /// The mastery of every active pupil of the class, one list each, pupils without progress
    /// included; teachers only.
    void masteryForClassFromDatabase()
    {
        TestDatabase t;
        ManualClock clock;
        SmallSchool school(*t.db, clock);
        AccountService accounts(*t.db, clock);
        const QString other = accounts
                                  .addPerson(school.admin, { Role::Pupil, QStringLiteral("Olga Other"), {}, {}, { 1, 2, 3 },
                                                             5, QStringLiteral("1.A") })
                                  .value()
                                  .id;
        Q_UNUSED(other);
        AttemptService attempts(*t.db, clock);
        for (int i = 0; i < 3; ++i) {
            AttemptRecord a;
            a.exerciseId = QStringLiteral("comb/perm/n2/colors/build-all/s1");
            a.domain = QStringLiteral("combinatorics");
            a.stage = 1;
            a.score = 1.0;
            a.success = true;
            a.answer = QJsonValue();
            clock.advance(60 * 1000);
            QVERIFY(attempts.record(school.pupil, a).ok());
        }

        auto pupils = attempts.masteryForClass(school.teacher, school.classId, QStringLiteral("combinatorics"));
        QVERIFY2(pupils.ok(), qPrintable(pupils.error()));
        QCOMPARE(pupils->size(), 2);
        int withProgress = 0;
        for (const QList<StageMastery> &p : pupils.value()) {
            if (p.isEmpty())
                continue;
            ++withProgress;
            QCOMPARE(p.size(), 1);
            QCOMPARE(p.first().stage, 1);
            QCOMPARE(p.first().level, MasteryLevel::Proficient);
            QCOMPARE(p.first().attempts, 3);
        }
        QCOMPARE(withProgress, 1);
        // One of two pupils proficient at stage 1: half the class, so stage 1 is familiar.
        const ClassReach reach = classReach(pupils.value());
        QCOMPARE(reach.familiarStages, QList<int> { 1 });
        QCOMPARE(reach.reachedStage, 1);

        QVERIFY(!attempts.masteryForClass(school.pupil, school.classId, QStringLiteral("combinatorics")).ok());
        auto music = attempts.masteryForClass(school.teacher, school.classId, QStringLiteral("music"));
        QVERIFY(music.ok());
        QCOMPARE(music->size(), 2);
        QVERIFY(music->at(0).isEmpty() && music->at(1).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestClassReach)
#include "tst_classreach.moc"
