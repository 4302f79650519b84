// The warm-up results table on real results: a warm-up run on a SQLite file, attempts recorded,
// WarmUpResults read back and shown through the model under QAbstractItemModelTester.

#include "core/accounts/accountservice.h"
#include "core/progress/attemptservice.h"
#include "core/progress/warmupservice.h"
#include "support/testdatabase.h"
#include "ui/teacher/warmup/warmupresultsmodel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace stages;
using namespace stages::test;

class TestWarmUpResultsModel : public QObject
{
    Q_OBJECT

private slots:
    void showsEveryPupilAndSortsByNumbers()
    {
        TestDatabase t;
        ManualClock clock;
        SmallSchool school(*t.db, clock);
        AccountService accounts(*t.db, clock);
        QVERIFY(accounts.addPerson(school.admin, {Role::Pupil, QStringLiteral("Ben Pupil"), {}, {}, {1, 2, 3}, 4,
                                                  QStringLiteral("1.A")}).ok());
        auto w = WarmUpService(*t.db, clock).start(school.teacher, school.classId);
        QVERIFY(w.ok());
        AttemptService attempts(*t.db, clock);
        for (double score : {1.0, 0.5}) {
            AttemptRecord a;
            a.exerciseId = QStringLiteral("combinatorics.s1.e1");
            a.domain = QStringLiteral("combinatorics");
            a.stage = 1;
            a.score = score;
            a.success = score >= 1.0;
            a.durationMs = 65000;
            a.answer = QJsonValue(QStringLiteral("x"));
            a.mixedSet = true;
            clock.advance(1000);
            QVERIFY(attempts.record(school.pupil, a).ok());
        }
        auto summary = WarmUpResults(*t.db).results(school.teacher, w->id);
        QVERIFY2(summary.ok(), qPrintable(summary.error()));

        WarmUpResultsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSummary(summary.value());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(WarmUpResultsModel::ColumnCount));
        // Ben (no exercises) first by name, greyed out, dashes for the figures.
        QCOMPARE(model.index(0, WarmUpResultsModel::PupilColumn).data().toString(), QStringLiteral("Ben Pupil"));
        QCOMPARE(model.index(0, WarmUpResultsModel::TookPartColumn).data().toString(), QStringLiteral("No"));
        QCOMPARE(model.index(0, WarmUpResultsModel::ScoreColumn).data().toString(), QStringLiteral("–"));
        QVERIFY(model.index(0, 0).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.index(1, WarmUpResultsModel::ExercisesColumn).data().toInt(), 2);
        QCOMPARE(model.index(1, WarmUpResultsModel::CorrectColumn).data().toInt(), 1);
        QCOMPARE(model.index(1, WarmUpResultsModel::ScoreColumn).data().toString(), QStringLiteral("75 %"));
        QCOMPARE(model.index(1, WarmUpResultsModel::TimeColumn).data().toString(), QStringLiteral("2:10"));
        QCOMPARE(model.index(1, 0).data(WarmUpResultsModel::PersonIdRole).toString(), school.pupilId);
        QVERIFY(model.index(1, WarmUpResultsModel::ScoreColumn).data(Qt::AccessibleTextRole).toString()
                    .startsWith(QStringLiteral("Average score: ")));

        // Sorting by score puts Pia (75 %) after Ben (none) ascending, before him descending.
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(WarmUpResultsModel::SortRole);
        proxy.sort(WarmUpResultsModel::ScoreColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Pia Pupil"));
        proxy.sort(WarmUpResultsModel::ScoreColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Ben Pupil"));

        model.setSummary({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestWarmUpResultsModel)
#include "tst_warmupresultsmodel.moc"
