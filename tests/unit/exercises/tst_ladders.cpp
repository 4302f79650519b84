// The ladders fit the age (issue 8, point 6) and notice and predict after listing (point 4),
// checked on the real catalogue of every domain: ring counts (Burnside's lemma) only in an
// optional explorer stage for 10-12; tap-rhythm tolerance never below 80 ms in a stage meant for
// 6-9; a few variants per family, not twenty; a count right after each listing; a transfer in
// every stage; given lists shuffled unless the systematic order is the point; each prediction
// followed by the bigger listing or count that checks it.

#include "exercises/domains/domains.h"
#include "exercises/framework/evaluator.h"
#include "exercises/framework/samenessrule.h"

#include <QSet>
#include <QTest>

using namespace stages;

namespace {

/// Family across skins and variants: "comb|2|perm/n3|build-all" (the first id segment keeps
/// music's named rhythms apart).
QString family(const Exercise &e)
{
    return e.id.section(QLatin1Char('/'), 0, 0) + QLatin1Char('|') + QString::number(e.stage) + QLatin1Char('|')
        + e.structure->idSegment() + QLatin1Char('|') + e.task;
}

/// A ring of beads (necklace or bracelet), counted up to turning (and flipping) by Burnside. A
/// star polygon's closed figures are the same from any corner too, but there are gcd(n, k) of
/// them: no Burnside needed, which is why geometry counts them in stage 3.
bool isRing(const Structure &structure)
{
    if (structure.kind() == QLatin1String("star_polygon"))
        return false;
    const QList<SamenessRule> rules = structure.rules();
    return rules.contains(SamenessRule::TurnIsSame) || rules.contains(SamenessRule::TurnOrFlipIsSame);
}

bool isCount(const QString &task)
{
    return task == QLatin1String("count") || task == QLatin1String("count-starting");
}

} // namespace

class TestLadders : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const ExerciseContent> m_content;

    const Catalogue &catalogue() const { return m_content->catalogue(); }
    const Stage &stageOf(const Exercise &e) const { return *catalogue().ladder(e.domain)->stage(e.stage); }

private slots:
    void initTestCase() { m_content = makeExerciseContent(); }

    void stagesSayTheirAges()
    {
        for (const StageLadder &ladder : catalogue().ladders()) {
            bool optionalSeen = false;
            for (const Stage &s : ladder.stages()) {
                QVERIFY2(s.fromAge >= 6 && s.fromAge <= s.toAge && s.toAge <= 12,
                         qPrintable(ladder.domain() + QString::number(s.number)));
                // Optional stages come after every stage all pupils climb: nothing waits for them.
                QVERIFY2(!optionalSeen || s.optional, qPrintable(ladder.domain() + QString::number(s.number)));
                optionalSeen = optionalSeen || s.optional;
                if (s.optional)
                    QVERIFY2(s.fromAge >= 10, "an explorer stage is for 10-12");
            }
            QVERIFY2(ladder.stages().first().fromAge == 6, qPrintable(ladder.domain()));
        }
    }

    // Counting rings up to turning and flipping needs Burnside's lemma: only in an optional
    // explorer stage for 10-12, which the combinatorics ladder has.
    void ringCountsOnlyInTheExplorerStage()
    {
        int ringCounts = 0;
        for (const Exercise &e : catalogue().exercises()) {
            if (!isRing(*e.structure) || !isCount(e.task))
                continue;
            ++ringCounts;
            const Stage &s = stageOf(e);
            QVERIFY2(s.optional && s.fromAge >= 10, qPrintable(e.id));
        }
        QVERIFY2(ringCounts > 0, "the explorer stage counts rings");
    }

    void tapToleranceFitsTheAge()
    {
        const Evaluator evaluator(m_content->engine());
        int young = 0;
        for (const Exercise &e : catalogue().exercises()) {
            if (e.task != QLatin1String("tap-rhythm"))
                continue;
            const double tolerance = evaluator.prompt(e).value(QStringLiteral("toleranceMs")).toDouble(-1);
            QVERIFY2(tolerance > 0, qPrintable(e.id));
            if (stageOf(e).fromAge <= 9) {
                ++young;
                QVERIFY2(tolerance >= 80, qPrintable(e.id + QLatin1Char(' ') + QString::number(tolerance)));
            }
        }
        QVERIFY2(young > 0, "tapping is in stages for 6-9");
    }

    // Variety over padding: a family (structure, task, stage) has at most four exercises, and
    // each domain has many families.
    void fewVariantsPerFamily()
    {
        QHash<QString, int> sizes;
        QHash<QString, QSet<QString>> familiesOf;
        for (const Exercise &e : catalogue().exercises()) {
            ++sizes[family(e)];
            familiesOf[e.domain].insert(family(e));
        }
        for (auto it = sizes.cbegin(); it != sizes.cend(); ++it)
            QVERIFY2(it.value() <= 4, qPrintable(it.key() + QLatin1Char(' ') + QString::number(it.value())));
        for (const StageLadder &ladder : catalogue().ladders())
            QVERIFY2(familiesOf.value(ladder.domain()).size() >= 5 * ladder.size(), qPrintable(ladder.domain()));
    }

    // The exercise right after a listing (in catalogue order, which the scheduler follows) counts
    // the same rows, in the same stage.
    void countRightAfterEachListing()
    {
        const QList<Exercise> &all = catalogue().exercises();
        int listings = 0;
        for (qsizetype i = 0; i < all.size(); ++i) {
            const Exercise &e = all.at(i);
            if (e.task != QLatin1String("build-all"))
                continue;
            if (i + 1 < all.size() && all.at(i + 1).familyId() == e.familyId())
                continue; // the next variant of the same listing
            ++listings;
            QVERIFY2(i + 1 < all.size(), qPrintable(e.id));
            const Exercise &next = all.at(i + 1);
            QVERIFY2(isCount(next.task) && next.stage == e.stage && next.domain == e.domain
                         && next.structure->idSegment() == e.structure->idSegment(),
                     qPrintable(e.id + QLatin1String(" -> ") + next.id));
        }
        QVERIFY(listings > 20);
    }

    // The same rows in another skin, at every stage. In geometry the picture is the structure
    // itself (points on a circle, cells, pieces, paths): its transfers are where the parts can
    // be drawn another way (a colouring as a wheel, a flower or a polygon's sides), and its
    // stages that list colourings have them.
    void transferAtEveryStage()
    {
        int geometryTransfers = 0;
        for (const StageLadder &ladder : catalogue().ladders()) {
            for (const Stage &s : ladder.stages()) {
                if (ladder.domain() == QLatin1String("geometry")) {
                    bool colourings = false;
                    for (const Exercise *e : catalogue().select(ladder.domain(), s.number)) {
                        colourings = colourings || e->structure->kind() == QLatin1String("colouring");
                        geometryTransfers += e->task == QLatin1String("transfer") ? 1 : 0;
                    }
                    if (!colourings)
                        continue;
                }
                bool transfer = false;
                for (const Exercise *e : catalogue().select(ladder.domain(), s.number))
                    transfer = transfer || e->task == QLatin1String("transfer");
                QVERIFY2(transfer, qPrintable(ladder.domain() + QString::number(s.number)));
            }
        }
        QVERIFY(geometryTransfers > 0);
    }

    // Given lists come shuffled, so the pupil brings the system; only in a stage about the
    // systematic order (one with next-in-order) may find-missing show the list in order.
    void givenListsShuffledUnlessOrderIsThePoint()
    {
        QSet<QString> orderStages;
        for (const Exercise &e : catalogue().exercises()) {
            if (e.task == QLatin1String("next-in-order"))
                orderStages.insert(e.domain + QString::number(e.stage));
        }
        int shuffled = 0;
        for (const Exercise &e : catalogue().exercises()) {
            const bool given = e.task == QLatin1String("find-missing") || e.task == QLatin1String("spot-duplicate")
                || e.task == QLatin1String("same-in-every-row");
            if (!given)
                continue;
            if (e.options.value(QStringLiteral("shuffled")).toBool()) {
                ++shuffled;
                continue;
            }
            QVERIFY2(e.task == QLatin1String("find-missing") && orderStages.contains(e.domain + QString::number(e.stage)),
                     qPrintable(e.id));
        }
        QVERIFY(shuffled > 20);
    }

    // Point 4: every domain notices and predicts; a prediction is checked by listing or counting
    // the bigger structure later in the same stage; a count of rows starting alike with the list
    // on screen comes where those rows were listed.
    void noticingAndPredictingFollowListing()
    {
        for (const StageLadder &ladder : catalogue().ladders()) {
            QSet<QString> tasks;
            for (const Exercise *e : catalogue().select(ladder.domain()))
                tasks.insert(e->task);
            for (const char *task : { "count-starting", "same-in-every-row", "predict-more" })
                QVERIFY2(tasks.contains(QLatin1String(task)), qPrintable(ladder.domain() + QLatin1Char(' ') + QLatin1String(task)));
        }
        const QList<Exercise> &all = catalogue().exercises();
        for (qsizetype i = 0; i < all.size(); ++i) {
            const Exercise &e = all.at(i);
            if (e.task == QLatin1String("predict-more")) {
                const QString bigger = e.structure->withOneMore()->idSegment();
                bool checked = false;
                for (qsizetype j = i + 1; j < all.size() && all.at(j).stage == e.stage && all.at(j).domain == e.domain; ++j) {
                    const Exercise &later = all.at(j);
                    checked = checked
                        || (later.structure->idSegment() == bigger
                            && (later.task == QLatin1String("build-all") || later.task == QLatin1String("count")));
                }
                QVERIFY2(checked, qPrintable(e.id));
            }
            if (e.task == QLatin1String("count-starting") && e.options.value(QStringLiteral("listing")).toBool()) {
                bool listed = false;
                for (qsizetype j = 0; j < i; ++j) {
                    const Exercise &earlier = all.at(j);
                    listed = listed
                        || (earlier.domain == e.domain && earlier.structure->idSegment() == e.structure->idSegment()
                            && earlier.task == QLatin1String("build-all"));
                }
                QVERIFY2(listed, qPrintable(e.id));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestLadders)
#include "tst_ladders.moc"
