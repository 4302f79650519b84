// Scheduler (each game once while unseen ones remain) and the 7-minute warm-up.

#include "exercises/combinatorics/combinatoricsprovider.h"
#include "exercises/framework/cataloguebuilder.h"
#include "exercises/framework/exerciseengine.h"
#include "exercises/framework/scheduler.h"
#include "exercises/framework/warmup.h"

#include <QSet>
#include <QTest>

using namespace stages;

namespace {

const Catalogue &catalogue()
{
    static const ExerciseEngine engine = ExerciseEngine::builtIn();
    static const Catalogue c = [] {
        CatalogueBuilder builder(engine);
        builder.addProvider(std::make_unique<CombinatoricsProvider>());
        return builder.build();
    }();
    return c;
}

const QString kDomain = QStringLiteral("combinatorics");

} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT

private slots:
    void neverRepeatsWhileUnseenRemain_data()
    {
        QTest::addColumn<int>("stage");
        for (int s = 1; s <= 8; ++s)
            QTest::addRow("stage %d", s) << s;
    }

    void neverRepeatsWhileUnseenRemain()
    {
        QFETCH(int, stage);
        const Scheduler scheduler(catalogue());
        const int total = int(catalogue().select(kDomain, stage).size());
        QStringList seen;
        for (int i = 0; i < total; ++i) {
            const auto next = scheduler.next(kDomain, stage, seen, QStringLiteral("pupil-1"));
            QVERIFY(next);
            QCOMPARE(next->stage, stage);
            QVERIFY2(!seen.contains(next->id), qPrintable(next->id));
            seen.append(next->id);
        }
        QCOMPARE(scheduler.unseenCount(kDomain, stage, seen), 0);
        // All done: the one done longest ago comes back.
        QCOMPARE(scheduler.next(kDomain, stage, seen, QStringLiteral("pupil-1"))->id, seen.first());
    }

    void movesThroughFamiliesBeforeRepeatingOne()
    {
        const Scheduler scheduler(catalogue());
        QStringList seen;
        QSet<QString> families;
        for (int i = 0; i < 10; ++i) {
            const auto next = scheduler.next(kDomain, 2, seen);
            families.insert(next->familyId());
            seen.append(next->id);
        }
        QCOMPARE(families.size(), 10);
    }

    void classmatesGetDifferentVariants()
    {
        const Scheduler scheduler(catalogue());
        QSet<QString> firsts;
        for (int i = 0; i < 12; ++i)
            firsts.insert(scheduler.next(kDomain, 3, {}, QStringLiteral("pupil-%1").arg(i))->id);
        // One variant per skin since issue 8: classmates are spread over the skins of the row.
        QVERIFY2(firsts.size() > 1, qPrintable(QStringList(firsts.values()).join(u' ')));
        // ... but the same pupil always gets the same one.
        QCOMPARE(scheduler.next(kDomain, 3, {}, QStringLiteral("pupil-3"))->id,
                 scheduler.next(kDomain, 3, {}, QStringLiteral("pupil-3"))->id);
    }

    void unknownStageGivesNothing()
    {
        QVERIFY(!Scheduler(catalogue()).next(kDomain, 99, {}));
        QVERIFY(!Scheduler(catalogue()).next(QStringLiteral("astrology"), 1, {}));
    }

    void warmUpFitsSevenMinutesAndMixes()
    {
        WarmUp::Options options;
        options.seed = 2026;
        const WarmUpPlan plan = WarmUp::build(catalogue(), options);
        QCOMPARE(plan.limitSeconds, 420);
        QVERIFY(plan.totalSeconds <= 420);
        // 5 to 7 short games for 6-8-year-olds, not a long list (issue 8, point 7)
        QVERIFY2(plan.items.size() >= 5 && plan.items.size() <= 7, qPrintable(QString::number(plan.items.size())));
        QSet<QString> tasks;
        QSet<QString> skins;
        QSet<QString> structures;
        QSet<QString> ids;
        int sum = 0;
        for (const WarmUpItem &item : plan.items) {
            tasks.insert(item.exercise.task);
            skins.insert(item.exercise.skin);
            structures.insert(item.exercise.structure->kind());
            ids.insert(item.exercise.id);
            QVERIFY(item.exercise.task != QLatin1String("create"));
            QCOMPARE(item.seconds, WarmUp::estimatedSeconds(item.exercise));
            sum += item.seconds;
        }
        QCOMPARE(sum, plan.totalSeconds);
        QCOMPARE(ids.size(), plan.items.size());
        QVERIFY(tasks.size() >= 4);
        QVERIFY(skins.size() >= 3);
        QVERIFY(structures.size() >= 3);
    }

    // Familiar stages first (proficient or mastered), one new at the end; no creative task.
    void warmUpStartsFamiliarAndEndsWithOneNew()
    {
        WarmUp::Options options;
        options.seed = 11;
        options.reachedStage.insert(kDomain, 4);
        options.familiarStages.insert(kDomain, { 1, 2 });
        options.excludedTasks = { QStringLiteral("transfer") };
        const WarmUpPlan plan = WarmUp::build(catalogue(), options);
        QVERIFY2(plan.items.size() >= 5 && plan.items.size() <= 7, qPrintable(QString::number(plan.items.size())));
        for (int i = 0; i + 1 < plan.items.size(); ++i)
            QVERIFY2(plan.items.at(i).exercise.stage <= 2, qPrintable(plan.items.at(i).exercise.id));
        const Exercise &last = plan.items.last().exercise;
        QVERIFY2(last.stage == 3 || last.stage == 4, qPrintable(last.id));
        for (const WarmUpItem &item : plan.items)
            QVERIFY(item.exercise.task != QLatin1String("transfer") && item.exercise.task != QLatin1String("create"));
    }

    void warmUpIsDeterministicAndRespectsStagesAndSeen()
    {
        WarmUp::Options options;
        options.seed = 5;
        options.reachedStage.insert(kDomain, 3);
        const WarmUpPlan a = WarmUp::build(catalogue(), options);
        const WarmUpPlan b = WarmUp::build(catalogue(), options);
        QCOMPARE(a.items.size(), b.items.size());
        QStringList seen;
        for (int i = 0; i < a.items.size(); ++i) {
            QCOMPARE(a.items.at(i).exercise.id, b.items.at(i).exercise.id);
            QVERIFY(a.items.at(i).exercise.stage <= 3);
            seen.append(a.items.at(i).exercise.id);
        }
        options.seen = seen;
        for (const WarmUpItem &item : WarmUp::build(catalogue(), options).items)
            QVERIFY2(!seen.contains(item.exercise.id), qPrintable(item.exercise.id));
        options.seen.clear();
        options.seed = 6;
        QStringList other;
        for (const WarmUpItem &item : WarmUp::build(catalogue(), options).items)
            other.append(item.exercise.id);
        QVERIFY(other != seen);
    }
};

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
