// The dashboard's item models (heat map, needs-attention list, school overview) on ClassDashboard
// values as DashboardService gives them: QAbstractItemModelTester, what each cell says (level,
// words, accessible text) and sorting through the proxy the dashboard uses.

#include "ui/teacher/dashboard/classoverviewmodel.h"
#include "ui/teacher/dashboard/heatmapmodel.h"
#include "ui/teacher/dashboard/needsattentionmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace stages;

namespace {

PupilProgressRow pupil(const QString &id, const QString &name, QMap<int, MasteryLevel> music,
                       QList<AttentionFlag> attention = {})
{
    PupilProgressRow row;
    row.id = id;
    row.name = name;
    row.mastery.insert(QStringLiteral("music"), music);
    row.mastery.insert(QStringLiteral("combinatorics"), { { 1, MasteryLevel::Mastered } });
    row.attention = attention;
    row.attempts = 10;
    row.successRate = 0.5;
    return row;
}

AttentionFlag flag(AttentionReason reason, int figure, const QString &text)
{
    AttentionFlag f;
    f.reason = reason;
    f.figure = figure;
    f.text = text;
    return f;
}

QList<Stage> threeStages()
{
    QList<Stage> stages;
    for (int n = 1; n <= 3; ++n) {
        Stage s;
        s.number = n;
        s.title = QStringLiteral("Stage title %1").arg(n);
        stages.append(s);
    }
    return stages;
}

QList<PupilProgressRow> classOfThree()
{
    return {
        pupil(QStringLiteral("p-ada"), QStringLiteral("Ada"),
              { { 1, MasteryLevel::Proficient }, { 2, MasteryLevel::Familiar } }),
        pupil(QStringLiteral("p-bob"), QStringLiteral("Bob"), { { 1, MasteryLevel::Attempted } },
              { flag(AttentionReason::FailingStreak, 4, QStringLiteral("4 failed attempts in a row at stage 1")),
                flag(AttentionReason::Inactive, 20, QStringLiteral("no exercise for 20 days")) }),
        pupil(QStringLiteral("p-cyd"), QStringLiteral("Cyd"),
              { { 1, MasteryLevel::Mastered }, { 2, MasteryLevel::Mastered }, { 3, MasteryLevel::Proficient } }),
    };
}

} // namespace

class TestDashboardModels : public QObject
{
    Q_OBJECT

private slots:
    void classNamesSortInNumberOrder()
    {
        QVERIFY(ClassOverviewModel::naturalKey(QStringLiteral("2.A")) < ClassOverviewModel::naturalKey(QStringLiteral("10.A")));
        QVERIFY(ClassOverviewModel::naturalKey(QStringLiteral("2.A")) < ClassOverviewModel::naturalKey(QStringLiteral("2.B")));
        QVERIFY(ClassOverviewModel::naturalKey(QStringLiteral("9.b")) < ClassOverviewModel::naturalKey(QStringLiteral("10.A")));
    }

    void heatMapShowsEachPupilsLevelPerStage()
    {
        HeatMapModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setPupils(classOfThree(), QStringLiteral("music"), threeStages());
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Ada"));
        QCOMPARE(model.index(0, 1).data(HeatMapModel::LevelRole).toInt(), int(MasteryLevel::Proficient));
        QCOMPARE(model.index(0, 2).data().toInt(), int(MasteryLevel::Familiar));
        // Not tried: NotStarted, not missing.
        QCOMPARE(model.index(0, 3).data(HeatMapModel::LevelRole).toInt(), int(MasteryLevel::NotStarted));
        QCOMPARE(model.index(2, 3).data(HeatMapModel::LevelRole).toInt(), int(MasteryLevel::Proficient));
        QCOMPARE(model.index(1, 2).data(HeatMapModel::PersonIdRole).toString(), QStringLiteral("p-bob"));
        QCOMPARE(model.index(0, 0).data(HeatMapModel::LevelRole).toInt(), -1);
        // Another domain's levels never leak in.
        QCOMPARE(model.level(0, 1), MasteryLevel::Proficient);
        QCOMPARE(model.columnOfStage(3), 3);
        QCOMPARE(model.columnOfStage(9), -1);

        const QString spoken = model.index(0, 1).data(Qt::AccessibleTextRole).toString();
        QVERIFY2(spoken.contains(QStringLiteral("Ada")) && spoken.contains(QLatin1Char('1'))
                     && spoken.contains(masteryLevelName(MasteryLevel::Proficient)),
                 qPrintable(spoken));
        const QString tip = model.index(1, 1).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Stage title 1")) && tip.contains(masteryLevelName(MasteryLevel::Attempted)),
                 qPrintable(tip));
        QCOMPARE(model.headerData(2, Qt::Horizontal).toInt(), 2);
        QVERIFY(model.headerData(2, Qt::Horizontal, Qt::ToolTipRole).toString().contains(QStringLiteral("Stage title 2")));

        model.setPupils(classOfThree(), QStringLiteral("combinatorics"), threeStages().mid(0, 1));
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.index(1, 1).data(HeatMapModel::LevelRole).toInt(), int(MasteryLevel::Mastered));
        model.setPupils({}, QStringLiteral("music"), threeStages());
        QCOMPARE(model.rowCount(), 0);
    }

    void heatMapSortsByPupilAndByStage()
    {
        HeatMapModel model;
        model.setPupils(classOfThree(), QStringLiteral("music"), threeStages());
        QSortFilterProxyModel proxy;
        proxy.setSortRole(HeatMapModel::SortRole);
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(2, Qt::DescendingOrder); // stage 2: Cyd mastered, Ada familiar, Bob not started
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Cyd"));
        QCOMPARE(proxy.index(1, 0).data().toString(), QStringLiteral("Ada"));
        QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("Bob"));
        proxy.sort(0, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Cyd"));
        QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("Ada"));
    }

    void attentionListHoldsOnlyFlaggedPupilsWithReasonsInWords()
    {
        NeedsAttentionModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<PupilProgressRow> pupils = classOfThree();
        pupils[2].attention = { flag(AttentionReason::BehindClass, 3, QStringLiteral("3 stages behind the class")) };
        pupils[2].lastActive = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
        model.setPupils(pupils);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(NeedsAttentionModel::ColumnCount));
        QCOMPARE(model.index(0, NeedsAttentionModel::PupilColumn).data().toString(), QStringLiteral("Bob"));
        const QString reasons = model.index(0, NeedsAttentionModel::ReasonsColumn).data().toString();
        QVERIFY2(reasons.contains(QStringLiteral("4 failed attempts in a row at stage 1"))
                     && reasons.contains(QStringLiteral("no exercise for 20 days")),
                 qPrintable(reasons));
        QCOMPARE(model.index(0, NeedsAttentionModel::ReasonsColumn).data(NeedsAttentionModel::SortRole).toInt(), 2);
        QCOMPARE(model.index(1, 0).data(NeedsAttentionModel::PersonIdRole).toString(), QStringLiteral("p-cyd"));
        QCOMPARE(model.index(0, NeedsAttentionModel::LastActiveColumn).data().toString(), QStringLiteral("never"));
        QVERIFY(model.index(1, NeedsAttentionModel::LastActiveColumn).data(NeedsAttentionModel::SortRole).toLongLong() > 0);

        QSortFilterProxyModel proxy;
        proxy.setSortRole(NeedsAttentionModel::SortRole);
        proxy.setSourceModel(&model);
        proxy.sort(NeedsAttentionModel::ReasonsColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Cyd"));

        pupils[1].attention.clear();
        pupils[2].attention.clear();
        model.setPupils(pupils);
        QCOMPARE(model.rowCount(), 0);
    }

    void overviewShowsOneRowPerClassAndSortsByFigures()
    {
        ClassOverviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ClassOverviewRow a;
        a.classId = QStringLiteral("c-1a");
        a.className = QStringLiteral("1.A");
        a.pupils = 20;
        a.activeLastWeek = 15;
        a.successRate = 0.834;
        a.medianStagesProficient = 4.5;
        a.needAttention = 3;
        ClassOverviewRow b = a;
        b.classId = QStringLiteral("c-2b");
        b.className = QStringLiteral("2.B");
        b.successRate = 0.5;
        b.needAttention = 7;
        model.setRows({ a, b });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ClassOverviewModel::ClassColumn).data().toString(), QStringLiteral("1.A"));
        QCOMPARE(model.index(0, ClassOverviewModel::PupilsColumn).data().toInt(), 20);
        QCOMPARE(model.index(0, ClassOverviewModel::ActiveColumn).data().toInt(), 15);
        QVERIFY(model.index(0, ClassOverviewModel::SuccessColumn).data().toString().contains(QStringLiteral("83")));
        QCOMPARE(model.index(1, ClassOverviewModel::AttentionColumn).data().toInt(), 7);
        QCOMPARE(model.index(1, 3).data(ClassOverviewModel::ClassIdRole).toString(), QStringLiteral("c-2b"));

        QSortFilterProxyModel proxy;
        proxy.setSortRole(ClassOverviewModel::SortRole);
        proxy.setSourceModel(&model);
        proxy.sort(ClassOverviewModel::AttentionColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("2.B"));
        proxy.sort(ClassOverviewModel::SuccessColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("1.A"));

        // Class names in number order: 2.B before 10.A.
        ClassOverviewRow c = a;
        c.classId = QStringLiteral("c-10a");
        c.className = QStringLiteral("10.A");
        model.setRows({ c, b, a });
        proxy.sort(ClassOverviewModel::ClassColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("1.A"));
        QCOMPARE(proxy.index(1, 0).data().toString(), QStringLiteral("2.B"));
        QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("10.A"));
    }
};

QTEST_MAIN(TestDashboardModels)
#include "tst_dashboardmodels.moc"
