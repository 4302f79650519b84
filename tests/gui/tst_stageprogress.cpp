#include "exercises/framework/stageladder.h"
#include "exercises/framework/view/stageprogress.h"

#include <QTest>

using namespace stages;

/// The stage map's content: each stage's level and the stage to work on next.
class TestStageProgress : public QObject
{
    Q_OBJECT

private slots:
    void currentStage_data()
    {
        QTest::addColumn<QList<int>>("levels"); // mastery per stage 1..4 (MasteryLevel as int)
        QTest::addColumn<int>("current");
        const int n = int(MasteryLevel::NotStarted), a = int(MasteryLevel::Attempted), f = int(MasteryLevel::Familiar),
                  p = int(MasteryLevel::Proficient), m = int(MasteryLevel::Mastered);
        QTest::newRow("new pupil") << QList<int> { n, n, n, n } << 1;
        QTest::newRow("trying the first") << QList<int> { a, n, n, n } << 1;
        QTest::newRow("familiar is not done") << QList<int> { f, n, n, n } << 1;
        QTest::newRow("first proficient") << QList<int> { p, n, n, n } << 2;
        QTest::newRow("skipped ahead") << QList<int> { m, n, f, n } << 2;
        QTest::newRow("all done") << QList<int> { m, p, m, p } << 4;
    }

    void currentStage()
    {
        QFETCH(QList<int>, levels);
        QFETCH(int, current);
        const StageLadder ladder(QStringLiteral("test"),
                                 { { 1, QStringLiteral("One"), {} },
                                   { 2, QStringLiteral("Two"), {} },
                                   { 3, QStringLiteral("Three"), {} },
                                   { 4, QStringLiteral("Four"), {} } });
        QList<StageMastery> mastery;
        for (int i = 0; i < levels.size(); ++i) {
            if (levels.at(i) == int(MasteryLevel::NotStarted))
                continue; // no row in the database for stages never tried
            StageMastery row;
            row.domain = QStringLiteral("test");
            row.stage = i + 1;
            row.level = MasteryLevel(levels.at(i));
            mastery.append(row);
        }
        const StageProgress progress = StageProgress::build(&ladder, mastery);
        QCOMPARE(progress.current, current);
        QCOMPARE(progress.stones.size(), 4);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(progress.stones.at(i).number, i + 1);
            QCOMPARE(int(progress.stones.at(i).level), levels.at(i));
        }
        QCOMPARE(progress.stones.at(2).title, QStringLiteral("Three"));
    }

    void noLadderShowsNothing()
    {
        const StageProgress progress = StageProgress::build(nullptr, {});
        QVERIFY(progress.stones.isEmpty());
        QCOMPARE(progress.current, 0);
    }
};

QTEST_MAIN(TestStageProgress)
#include "tst_stageprogress.moc"
