// The catalogue: deterministic with stable ids, at least 1,000 distinct combinatorics exercises
// on a ladder of at least 8 stages, every skin used wherever it fits.

#include "exercises/combinatorics/combinatoricsprovider.h"
#include "exercises/framework/cataloguebuilder.h"
#include "exercises/framework/evaluator.h"
#include "exercises/framework/exerciseengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace stages;

namespace {

const ExerciseEngine &engine()
{
    static const ExerciseEngine e = ExerciseEngine::builtIn();
    return e;
}

Catalogue buildCatalogue(QStringList *problems = nullptr)
{
    CatalogueBuilder builder(engine());
    builder.addProvider(std::make_unique<CombinatoricsProvider>());
    Catalogue c = builder.build();
    if (problems)
        *problems = builder.problems();
    return c;
}

/// Everything a pupil sees and the app decides, as bytes: listing, prompt and solution.
QByteArray fingerprint(const Catalogue &catalogue)
{
    const Evaluator evaluator(engine());
    QByteArray bytes;
    for (const Exercise &e : catalogue.exercises()) {
        bytes += QJsonDocument(evaluator.describe(e)).toJson(QJsonDocument::Compact);
        bytes += QJsonDocument(QJsonArray { evaluator.solve(e).answer }).toJson(QJsonDocument::Compact);
        bytes += '\n';
    }
    return bytes;
}

} // namespace

class TestCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void buildsWithoutProblems()
    {
        QStringList problems;
        buildCatalogue(&problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void twoBuildsAreIdentical()
    {
        const QByteArray first = fingerprint(buildCatalogue());
        const QByteArray second = fingerprint(buildCatalogue());
        QVERIFY(first.size() > 100000);
        QCOMPARE(first, second);
    }

    // Pinned exercises: if one of these changes, ids no longer mean the same exercise on every
    // PC (e.g. after someone edits the provider table); change only with a catalogue version bump.
    void idsAreStable_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("stage");
        QTest::addColumn<QList<int>>("elements");
        QTest::addColumn<QString>("solution");
        QTest::newRow("first") << "comb/perm/n3/colors/build-all/s1" << 2 << QList<int> { 0, 1, 2 }
                               << "[[[0,1,2],[0,2,1],[1,0,2],[1,2,0],[2,0,1],[2,1,0]]]";
        QTest::newRow("count") << "comb/perm/n6/digits/count/s1" << 7 << QList<int> { 0, 1, 2, 3, 4, 5 } << "[720]";
        QTest::newRow("path") << "comb/path/a2b2/arrows/build-all/s1" << 5 << QList<int> { 0, 1 }
                              << "[[[0,0,1,1],[0,1,0,1],[0,1,1,0],[1,0,0,1],[1,0,1,0],[1,1,0,0]]]";
    }

    void idsAreStable()
    {
        QFETCH(QString, id);
        QFETCH(int, stage);
        QFETCH(QList<int>, elements);
        QFETCH(QString, solution);
        const Catalogue catalogue = buildCatalogue();
        const Exercise *e = catalogue.find(id);
        QVERIFY2(e, qPrintable(id));
        QCOMPARE(e->stage, stage);
        QCOMPARE(e->elements, elements);
        const QJsonValue answer = Evaluator(engine()).solve(*e).answer;
        QCOMPARE(QString::fromUtf8(QJsonDocument(QJsonArray { answer }).toJson(QJsonDocument::Compact)), solution);
    }

    void atLeastThousandDistinctExercises()
    {
        const Catalogue catalogue = buildCatalogue();
        const Evaluator evaluator(engine());
        QSet<QString> ids;
        QSet<QByteArray> looks;
        for (const Exercise &e : catalogue.exercises()) {
            QVERIFY2(!ids.contains(e.id), qPrintable(e.id));
            ids.insert(e.id);
            QVERIFY(e.id.startsWith(QLatin1String("comb/") + e.structure->idSegment() + QLatin1Char('/') + e.skin
                                    + QLatin1Char('/') + e.task + QLatin1String("/s")));
            // What the pupil is shown: skin, task, structure and the prompt, without the id.
            QJsonObject look = evaluator.describe(e);
            look.remove(QStringLiteral("id"));
            const QByteArray bytes = QJsonDocument(look).toJson(QJsonDocument::Compact);
            QVERIFY2(!looks.contains(bytes), qPrintable(QStringLiteral("looks like another: ") + e.id));
            looks.insert(bytes);
        }
        // Variety, not padding (issue 8): a few variants per family, many families.
        QVERIFY2(catalogue.select(CombinatoricsProvider::domainKey()).size() >= 300,
                 qPrintable(QString::number(catalogue.size())));
    }

    void ladderHasNineStagesEachWithExercises()
    {
        const Catalogue catalogue = buildCatalogue();
        const StageLadder *ladder = catalogue.ladder(CombinatoricsProvider::domainKey());
        QVERIFY(ladder);
        QCOMPARE(ladder->size(), 9);
        for (const Stage &s : ladder->stages()) {
            QVERIFY(!s.title.isEmpty());
            QVERIFY2(catalogue.select(ladder->domain(), s.number).size() >= 20, qPrintable(s.title));
        }
        for (const Exercise &e : catalogue.exercises())
            QVERIFY(ladder->stage(e.stage));
        // From listing to counting without listing, then creating (creating at every stage); each stage also carries an
        // arrangement to another skin; rings wait for the optional explorer stage.
        const QSet<QString> counting { QStringLiteral("count"), QStringLiteral("count-starting"),
                                       QStringLiteral("predict-more"), QStringLiteral("transfer"),
                                       QStringLiteral("create") }; // creating at every stage
        for (const Exercise *e : catalogue.select(ladder->domain(), 7)) {
            QVERIFY2(counting.contains(e->task), qPrintable(e->id));
            QVERIFY2(e->task != QLatin1String("count") || !e->options.value(QStringLiteral("listing")).toBool(),
                     qPrintable(e->id));
        }
        for (const Exercise *e : catalogue.select(ladder->domain(), 8))
            QVERIFY2(e->task == QLatin1String("create") || e->task == QLatin1String("transfer"), qPrintable(e->id));
        QVERIFY(ladder->stage(9)->optional);
        for (const Exercise &e : catalogue.exercises()) {
            const bool ring = e.structure->kind() == QLatin1String("necklace") || e.structure->kind() == QLatin1String("bracelet");
            QVERIFY2(!ring || e.stage == 9, qPrintable(e.id));
        }
        QCOMPARE(catalogue.select(ladder->domain(), 1).first()->structure->elementCount(), 2);
    }

    void everySkinAndTaskIsUsed()
    {
        const Catalogue catalogue = buildCatalogue();
        QSet<QString> skins;
        QSet<QString> tasks;
        QSet<QString> structures;
        for (const Exercise &e : catalogue.exercises()) {
            skins.insert(e.skin);
            tasks.insert(e.task);
            structures.insert(e.structure->kind());
            const Skin *skin = engine().skins().find(e.skin);
            QVERIFY(skin && skin->fits(*e.structure));
            QCOMPARE(e.elements.size(), e.structure->elementCount());
        }
        for (const QString &skin : engine().skins().keys()) {
            if (skin == QLatin1String("moves"))
                continue; // karate moves are the movement domain's (tst_domains)
            QVERIFY2(skins.contains(skin), qPrintable(skin));
        }
        QVERIFY2(!skins.contains(QStringLiteral("moves")), "karate moves moved to the movement domain");
        for (const QString &task : engine().tasks().keys())
            QVERIFY2(tasks.contains(task), qPrintable(task));
        QCOMPARE(structures.size(), 9);
    }

    // Every structure row is tried with every skin that fits it.
    void everyStructureWearsEveryFittingSkin()
    {
        const Catalogue catalogue = buildCatalogue();
        QHash<QString, QSet<QString>> skinsByFamilyBase; // "perm/n3|build-all" -> skins
        for (const Exercise &e : catalogue.exercises())
            skinsByFamilyBase[e.structure->idSegment() + QLatin1Char('|') + e.task + QString::number(e.stage)].insert(
                e.skin);
        for (const Exercise &e : catalogue.exercises()) {
            const QSet<QString> &used = skinsByFamilyBase.value(e.structure->idSegment() + QLatin1Char('|') + e.task
                                                                + QString::number(e.stage));
            for (const Skin &skin : engine().skins().skins()) {
                if (skin.fits(*e.structure) && skin.key() != QLatin1String("moves"))
                    QVERIFY2(used.contains(skin.key()), qPrintable(e.id + QLatin1String(" lacks ") + skin.key()));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
