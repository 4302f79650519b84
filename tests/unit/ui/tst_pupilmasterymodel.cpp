// PupilMasteryModel (the pupil drill-down's grid) on real data: attempts recorded through
// AttemptService for a pupil of a real SQLite school, the domains' own ladders; checked with
// QAbstractItemModelTester. Also the delegate's legend (a number for every level).

#include "core/clock.h"
#include "core/progress/attemptservice.h"
#include "exercises/domains/domains.h"
#include "support/testdatabase.h"
#include "ui/teacher/dashboard/heatmapdelegate.h"
#include "ui/teacher/dashboard/masterylegend.h"
#include "ui/teacher/pupil/pupilmasterymodel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace stages;
using namespace stages::test;

class TestPupilMasteryModel : public QObject
{
    Q_OBJECT

    static QList<PupilMasteryModel::Domain> ladders(const ExerciseContent &content)
    {
        QList<PupilMasteryModel::Domain> domains;
        const QHash<QString, QString> titles = domainTitles();
        for (const DomainModule *module : allDomains()) {
            const StageLadder *ladder = content.catalogue().ladder(module->id());
            if (!ladder)
                continue;
            PupilMasteryModel::Domain d { module->id(), titles.value(module->id()), {} };
            for (const Stage &s : ladder->stages())
                d.stageTitles.append(s.title);
            domains.append(d);
        }
        return domains;
    }

    static void record(AttemptService &attempts, const Session &pupil, const Exercise &e, double score)
    {
        AttemptRecord a;
        a.exerciseId = e.id;
        a.domain = e.domain;
        a.stage = e.stage;
        a.score = score;
        a.success = score >= 1.0;
        a.durationMs = 20000;
        const auto stored = attempts.record(pupil, a);
        QVERIFY2(stored.ok(), qPrintable(stored.error()));
    }

private slots:
    void gridOfARealPupil()
    {
        TestDatabase t;
        ManualClock clock;
        SmallSchool school(*t.db, clock);
        const auto content = makeExerciseContent();
        const Catalogue &catalogue = content->catalogue();
        const Exercise *first = nullptr;
        const Exercise *second = nullptr;
        for (const Exercise &e : catalogue.exercises()) {
            if (e.domain == QLatin1String("combinatorics") && e.stage == 1 && !first)
                first = &e;
            if (e.domain == QLatin1String("combinatorics") && e.stage == 2 && !second)
                second = &e;
        }
        QVERIFY(first && second);
        AttemptService attempts(*t.db, clock);
        for (int i = 0; i < 3; ++i) {
            record(attempts, school.pupil, *first, 1.0);
            clock.advance(60'000);
        }
        record(attempts, school.pupil, *second, 0.25);

        PupilMasteryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const QList<PupilMasteryModel::Domain> domains = ladders(*content);
        const auto mastery
            = attempts.masteryForDomain(school.teacher, school.pupilId, QStringLiteral("combinatorics"));
        QVERIFY2(mastery.ok(), qPrintable(mastery.error()));
        QCOMPARE(mastery->size(), 2);
        model.setMastery(domains, mastery.value());
        QCOMPARE(reset.count(), 1);

        QCOMPARE(model.rowCount(), domains.size());
        int widest = 0;
        for (const auto &d : domains)
            widest = std::max(widest, int(d.stageTitles.size()));
        QCOMPARE(model.columnCount(), widest + 1);
        const int comb = int(std::find_if(domains.cbegin(), domains.cend(),
                                          [](const auto &d) { return d.id == QLatin1String("combinatorics"); })
                             - domains.cbegin());
        QVERIFY(comb < domains.size());
        QCOMPARE(model.domainAt(comb), QStringLiteral("combinatorics"));
        QCOMPARE(model.index(comb, 0).data().toString(), domainTitles().value(QStringLiteral("combinatorics")));
        QCOMPARE(model.index(comb, 1).data().toInt(), int(MasteryLevel::Proficient));
        QCOMPARE(model.index(comb, 1).data(PupilMasteryModel::LevelRole).toInt(), int(MasteryLevel::Proficient));
        QCOMPARE(model.index(comb, 2).data().toInt(), int(MasteryLevel::Attempted));
        QCOMPARE(model.index(comb, 3).data().toInt(), int(MasteryLevel::NotStarted));
        QCOMPARE(model.level(QStringLiteral("combinatorics"), 1), MasteryLevel::Proficient);
        QVERIFY(model.index(comb, 1).data(Qt::ToolTipRole).toString().contains(QStringLiteral("3 attempt")));
        QVERIFY(model.index(comb, 2).data(Qt::ToolTipRole).toString().contains(masteryLevelName(MasteryLevel::Attempted)));
        QCOMPARE(model.index(comb, 1).data(Qt::BackgroundRole).value<QColor>(),
                 HeatMapDelegate::levelColor(MasteryLevel::Proficient));
        // Stage 2 is the first one below Proficient: what "Assign next stage" gives.
        QCOMPARE(model.nextStage(comb), 2);
        // Another domain, untouched: everything not started, next is stage 1.
        const int other = comb == 0 ? 1 : 0;
        QCOMPARE(model.index(other, 1).data().toInt(), 0);
        QCOMPARE(model.nextStage(other), 1);
        // A column past a shorter ladder is no stage at all.
        for (int row = 0; row < model.rowCount(); ++row) {
            const int stages = int(domains.at(row).stageTitles.size());
            if (stages < widest) {
                QCOMPARE(model.index(row, stages + 1).data(PupilMasteryModel::LevelRole).toInt(), -1);
                QCOMPARE(model.flags(model.index(row, stages + 1)), Qt::NoItemFlags);
            }
        }
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("2"));
        model.setMastery({}, {});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.nextStage(0), 0);
    }

    void legendNamesEveryLevelWithItsNumber()
    {
        // The page's key is the dashboard's: a swatch (with the number) and the name of each level.
        MasteryLegend legend(Qt::Horizontal);
        QStringList names;
        for (QLabel *label : legend.findChildren<QLabel *>())
            names.append(label->text());
        for (int l = 0; l <= int(MasteryLevel::Mastered); ++l) {
            QVERIFY(names.contains(masteryLevelName(MasteryLevel(l))));
            QVERIFY(legend.accessibleDescription().contains(QStringLiteral("%1 %2").arg(l).arg(masteryLevelName(MasteryLevel(l)))));
        }
        // Neighbouring levels never share a colour.
        for (int l = 1; l <= int(MasteryLevel::Mastered); ++l)
            QVERIFY(HeatMapDelegate::levelColor(MasteryLevel(l)) != HeatMapDelegate::levelColor(MasteryLevel(l - 1)));
    }
};

QTEST_MAIN(TestPupilMasteryModel)
#include "tst_pupilmasterymodel.moc"
