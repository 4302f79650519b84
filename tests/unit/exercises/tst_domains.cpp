// The domain seam: one list of domains (allDomains(), generated from STAGES_DOMAINS) from which
// the engine, the catalogue and the warm-up are made; every available domain has its ladder and
// exercises; the movement domain is the karate moves on their own ladder; the warm-up mixes every
// domain, tasks with their own screens (music) included.

#include "exercises/domains/domains.h"
#include "exercises/framework/samenessrule.h"
#include "exercises/framework/task.h"
#include "exercises/framework/warmup.h"

#include <QColor>
#include <QSet>
#include <QTest>

using namespace stages;

class TestDomains : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const ExerciseContent> m_content;

private slots:
    void initTestCase() { m_content = makeExerciseContent(); }

    void oneListWithDistinctIds()
    {
        QSet<QString> ids;
        for (const DomainModule *domain : allDomains()) {
            QVERIFY2(!domain->id().isEmpty() && !domain->title().isEmpty() && !domain->icon().isEmpty(),
                     qPrintable(domain->id()));
            QVERIFY2(QColor::isValidColorName(domain->color()) || domain->color().startsWith(QLatin1Char('#')),
                     qPrintable(domain->color()));
            QVERIFY2(!ids.contains(domain->id()), qPrintable(domain->id()));
            ids.insert(domain->id());
            QCOMPARE(findDomain(domain->id()), domain);
        }
        QVERIFY(!findDomain(QStringLiteral("astrology")));
        QVERIFY2(ids.size() >= 4, "combinatorics, music, movement and geometry at least");
    }

    // Exactly the available domains have a ladder and exercises in the catalogue.
    void availableDomainsHaveLadderAndExercises()
    {
        const Catalogue &catalogue = m_content->catalogue();
        QStringList withLadder;
        for (const StageLadder &ladder : catalogue.ladders())
            withLadder.append(ladder.domain());
        QCOMPARE(withLadder, availableDomainIds());
        for (const QString &id : availableDomainIds()) {
            const StageLadder *ladder = catalogue.ladder(id);
            QVERIFY(ladder && ladder->size() >= 5);
            for (const Stage &stage : ladder->stages())
                QVERIFY2(!catalogue.select(id, stage.number).isEmpty(),
                         qPrintable(QStringLiteral("%1 %2").arg(id).arg(stage.number)));
        }
        for (const DomainModule *domain : allDomains()) {
            if (!domain->isAvailable())
                QVERIFY2(catalogue.select(domain->id()).isEmpty(), qPrintable(domain->id()));
        }
        // Every domain of this version is playable (a domain still to come would be listed as
        // unavailable and have no exercises, as checked above).
        for (const char *id : { "combinatorics", "music", "movement", "geometry" })
            QVERIFY2(availableDomainIds().contains(QLatin1String(id)), id);
    }

    void movementIsKarateMovesOnTheirOwnLadder()
    {
        const DomainModule *movement = findDomain(QStringLiteral("movement"));
        QVERIFY(movement && movement->isAvailable());
        const QList<const Exercise *> moves = m_content->catalogue().select(movement->id());
        QVERIFY2(moves.size() >= 100, qPrintable(QString::number(moves.size())));
        QSet<QString> tasks;
        for (const Exercise *e : moves) {
            QCOMPARE(e->skin, QStringLiteral("moves"));
            QVERIFY(e->id.startsWith(QLatin1String("move/")));
            tasks.insert(e->task);
        }
        for (const char *task :
             { "build-all", "find-missing", "spot-duplicate", "next-in-order", "transfer", "count", "create" })
            QVERIFY2(tasks.contains(QLatin1String(task)), task);
        // No karate moves are left elsewhere: one place for them.
        for (const Exercise &e : m_content->catalogue().exercises()) {
            if (e.skin == QLatin1String("moves"))
                QCOMPARE(e.domain, movement->id());
        }
    }

    // Creating is not only the last stage (issue 8): every stage of combinatorics and movement
    // has rows to make under a rule the pupil picks from cards, movement has karate
    // combinations a figure performs, music keeps composing; creative work stays out of the
    // warm-up.
    void somethingToCreateAtEveryStage()
    {
        const Catalogue &catalogue = m_content->catalogue();
        for (const char *id : { "combinatorics", "movement", "music" }) {
            const StageLadder *ladder = catalogue.ladder(QLatin1String(id));
            QVERIFY2(ladder, id);
            for (const Stage &stage : ladder->stages()) {
                bool picking = false;
                for (const Exercise *e : catalogue.select(ladder->domain(), stage.number)) {
                    picking = picking
                        || (e->task == QLatin1String("create")
                            && e->options.value(QStringLiteral("rule")).toObject().value(QStringLiteral("kind"))
                                == QLatin1String("choose"));
                }
                QVERIFY2(picking, qPrintable(QStringLiteral("%1 stage %2").arg(QLatin1String(id)).arg(stage.number)));
            }
        }
        QSet<int> combinationStages;
        for (const Exercise *e : catalogue.select(QStringLiteral("movement"))) {
            if (e->task == QLatin1String("combination"))
                combinationStages.insert(e->stage);
        }
        QVERIFY2(combinationStages.size() >= 5, "karate combinations on most movement stages");
        QVERIFY(m_content->engine().tasks().find(QStringLiteral("combination"))->isCreative());
        bool compose = false;
        for (const Exercise *e : catalogue.select(QStringLiteral("music")))
            compose = compose || e->task == QLatin1String("compose");
        QVERIFY(compose);

        // The warm-up leaves out what the engine calls creative, as the app and stagesctl ask.
        const QStringList creative = m_content->engine().tasks().creativeKeys();
        for (const char *task : { "create", "combination", "compose" })
            QVERIFY2(creative.contains(QLatin1String(task)), task);
        for (quint64 seed = 1; seed <= 12; ++seed) {
            WarmUp::Options options;
            options.domains = availableDomainIds();
            options.seed = seed;
            options.excludedTasks = creative;
            for (const WarmUpItem &item : WarmUp::build(catalogue, options).items) {
                const Exercise &e = item.exercise;
                QVERIFY2(!m_content->engine().tasks().find(e.task)->isCreative(), qPrintable(e.id));
            }
        }
    }

    // Every task says how it is answered; only tasks with their own screen are Custom.
    void everyTaskKnowsItsAnswerKind()
    {
        QSet<QString> custom;
        for (const Exercise &e : m_content->catalogue().exercises()) {
            const Task *task = m_content->engine().tasks().find(e.task);
            QVERIFY2(task, qPrintable(e.task));
            if (task->answerKind() == AnswerKind::Custom)
                custom.insert(e.task);
        }
        QCOMPARE(custom,
                 (QSet<QString> { QStringLiteral("play-back"), QStringLiteral("listen-identify"),
                                  QStringLiteral("tap-rhythm"), QStringLiteral("compose"),
                                  QStringLiteral("combination"), QStringLiteral("draw"), QStringLiteral("predict"),
                                  QStringLiteral("complete-symmetry"), QStringLiteral("find-mirrors"),
                                  QStringLiteral("create-drawing") }));
        QCOMPARE(m_content->engine().tasks().find(QStringLiteral("count"))->answerKind(), AnswerKind::Number);
        QCOMPARE(m_content->engine().tasks().find(QStringLiteral("spot-duplicate"))->answerKind(), AnswerKind::Choice);
        QCOMPARE(m_content->engine().tasks().find(QStringLiteral("transfer"))->answerKind(), AnswerKind::Row);
    }

    // Every structure states when two of its items are the same.
    void everyStructureStatesItsRule()
    {
        for (const Exercise &e : m_content->catalogue().exercises())
            QVERIFY2(!e.structure->rules().isEmpty(), qPrintable(e.id));
        const Exercise *necklace = nullptr;
        const Exercise *bracelet = nullptr;
        for (const Exercise &e : m_content->catalogue().exercises()) {
            necklace = !necklace && e.structure->kind() == QLatin1String("necklace") ? &e : necklace;
            bracelet = !bracelet && e.structure->kind() == QLatin1String("bracelet") ? &e : bracelet;
        }
        QVERIFY(necklace && bracelet);
        QVERIFY(necklace->structure->rules().contains(SamenessRule::TurnIsSame));
        QVERIFY(bracelet->structure->rules().contains(SamenessRule::TurnOrFlipIsSame));
    }

    // The warm-up draws from every available domain, music's own tasks included: over a few
    // warm-ups (each is only 5-7 games) every domain comes up.
    void warmUpMixesEveryDomain()
    {
        QSet<QString> domains;
        bool custom = false;
        bool mixed = false;
        for (quint64 seed = 1; seed <= 12; ++seed) {
            WarmUp::Options options;
            options.domains = availableDomainIds();
            options.seed = seed;
            const WarmUpPlan plan = WarmUp::build(m_content->catalogue(), options);
            QSet<QString> inThisOne;
            for (const WarmUpItem &item : plan.items) {
                inThisOne.insert(item.exercise.domain);
                custom = custom || m_content->engine().tasks().find(item.exercise.task)->answerKind() == AnswerKind::Custom;
            }
            mixed = mixed || inThisOne.size() >= 2;
            domains.unite(inThisOne);
        }
        const QStringList available = availableDomainIds();
        QCOMPARE(domains, QSet<QString>(available.cbegin(), available.cend()));
        QVERIFY(custom);
        QVERIFY(mixed);
    }
};

QTEST_GUILESS_MAIN(TestDomains)
#include "tst_domains.moc"
