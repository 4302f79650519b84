// Skins: colour-blind-safe colours each with its own shape, pictograms present in the resources,
// and the framework open to skins, tasks and providers added by later domains.

#include "exercises/framework/cataloguebuilder.h"
#include "exercises/framework/evaluator.h"
#include "exercises/framework/exerciseengine.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace stages;

namespace {

/// A stand-in for the music domain: a "notes" skin, a "listen-identify" task and a provider.
class ListenIdentifyTask final : public Task
{
public:
    QString key() const override { return QStringLiteral("listen-identify"); }
    bool suits(const Structure &structure) const override { return structure.canEnumerate(); }
    QJsonObject prompt(const Exercise &, const ExerciseEngine &) const override { return {{QStringLiteral("play"), 0}}; }
    Solution solve(const Exercise &exercise) const override
    {
        return {exercise.structure->count(), itemToJson(exercise.structure->enumerate().first())};
    }
    Evaluation evaluate(const Exercise &exercise, const QJsonValue &answer) const override
    {
        Evaluation e;
        e.success = answer == solve(exercise).answer;
        e.score = e.success ? 1 : 0;
        return e;
    }
};

class NotesProvider final : public CatalogueProvider
{
public:
    QString domain() const override { return QStringLiteral("music"); }
    StageLadder ladder() const override { return StageLadder(domain(), {{1, QStringLiteral("Three notes"), {}}}); }
    void contribute(CatalogueBuilder &builder) const override
    {
        CatalogueBuilder::Family f;
        f.idPrefix = QStringLiteral("music");
        f.domain = domain();
        f.stage = 1;
        f.structure = QStringLiteral("permutation");
        f.params = {{QStringLiteral("n"), 3}};
        f.skin = QStringLiteral("notes");
        f.variants = 3;
        for (const QString &task : {QStringLiteral("build-all"), QStringLiteral("listen-identify")}) {
            f.task = task;
            builder.addFamily(f);
        }
    }
};

} // namespace

class TestSkins : public QObject
{
    Q_OBJECT

private slots:
    void builtInSkins()
    {
        const SkinRegistry skins = SkinRegistry::builtIn();
        QCOMPARE(skins.keys(), (QStringList{QStringLiteral("colors"), QStringLiteral("shapes"), QStringLiteral("moves"),
                                            QStringLiteral("digits"), QStringLiteral("letters"), QStringLiteral("arrows")}));
        for (const Skin &skin : skins.skins()) {
            QSet<QString> keys;
            QSet<QString> symbols;
            for (const SkinElement &e : skin.elements()) {
                keys.insert(e.key);
                symbols.insert(e.symbol);
                QVERIFY(!e.name.isEmpty());
            }
            QCOMPARE(keys.size(), skin.size());
            QCOMPARE(symbols.size(), skin.size());
        }
    }

    void coloursAlwaysComeWithDistinctShapes()
    {
        const SkinRegistry skins = SkinRegistry::builtIn();
        const Skin *colours = skins.find(QStringLiteral("colors"));
        QVERIFY(colours);
        QSet<QString> hex;
        QSet<QString> shapes;
        for (const SkinElement &e : colours->elements()) {
            QVERIFY(e.color.startsWith(QLatin1Char('#')));
            QVERIFY(!e.shape.isEmpty());
            hex.insert(e.color);
            shapes.insert(e.shape);
        }
        QCOMPARE(hex.size(), colours->size());
        QCOMPARE(shapes.size(), colours->size());
        QVERIFY(hex.contains(QStringLiteral("#0072B2"))); // Okabe-Ito blue
    }

    void movePictogramsAreInTheResources()
    {
        const SkinRegistry skins = SkinRegistry::builtIn();
        const Skin *moves = skins.find(QStringLiteral("moves"));
        QVERIFY(moves);
        QStringList keys;
        for (const SkinElement &e : moves->elements()) {
            keys.append(e.key);
            QFile file(e.picture);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(e.picture));
            const QByteArray svg = file.readAll();
            QVERIFY(svg.contains("viewBox=\"0 0 128 128\""));
            QVERIFY(svg.contains(QByteArray(QByteArray("<title>") + e.key.toUtf8() + QByteArray("</title>"))));
        }
        for (const char *required : {"punch", "kick", "block", "step", "turn", "bow"})
            QVERIFY(keys.contains(QLatin1String(required)));
    }

    void fitsByKindAndSize_data()
    {
        QTest::addColumn<QString>("skin");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QJsonObject>("params");
        QTest::addColumn<bool>("fits");
        const QJsonObject path{{QStringLiteral("a"), 2}, {QStringLiteral("b"), 2}};
        QTest::newRow("arrows on paths") << "arrows" << "lattice_path" << path << true;
        QTest::newRow("colours not on paths") << "colors" << "lattice_path" << path << false;
        QTest::newRow("arrows not on orders") << "arrows" << "permutation" << QJsonObject{{QStringLiteral("n"), 2}} << false;
        QTest::newRow("six moves for six") << "moves" << "permutation" << QJsonObject{{QStringLiteral("n"), 6}} << true;
        QTest::newRow("six moves, not seven") << "moves" << "permutation" << QJsonObject{{QStringLiteral("n"), 7}} << false;
        QTest::newRow("product needs the sum") << "moves" << "product"
                                               << QJsonObject{{QStringLiteral("sizes"), QJsonArray{3, 4}}} << false;
        QTest::newRow("digits for a necklace") << "digits" << "necklace" << QJsonObject{{QStringLiteral("n"), 6}, {QStringLiteral("k"), 3}} << true;
    }

    void fitsByKindAndSize()
    {
        QFETCH(QString, skin);
        QFETCH(QString, kind);
        QFETCH(QJsonObject, params);
        QFETCH(bool, fits);
        const auto structure = StructureRegistry::builtIn().create(kind, params);
        QVERIFY(structure.ok());
        QCOMPARE(SkinRegistry::builtIn().find(skin)->fits(**structure), fits);
    }

    void laterDomainsPlugIn()
    {
        ExerciseEngine engine = ExerciseEngine::builtIn();
        QList<SkinElement> notes;
        for (const char *n : {"C", "D", "E", "F", "G"})
            notes.append({QLatin1String(n), QLatin1String(n), QLatin1String(n), QStringLiteral("#E69F00"), {}, {},
                          QJsonObject{{QStringLiteral("midi"), 60}}});
        engine.skins().add(Skin(QStringLiteral("notes"), QStringLiteral("notes"), notes));
        engine.tasks().add(std::make_unique<ListenIdentifyTask>());

        CatalogueBuilder builder(engine);
        builder.addProvider(std::make_unique<NotesProvider>());
        const Catalogue catalogue = builder.build();
        QVERIFY(builder.problems().isEmpty());
        QCOMPARE(catalogue.domains(), QStringList{QStringLiteral("music")});
        QCOMPARE(catalogue.size(), 6);
        const Exercise *e = catalogue.find(QStringLiteral("music/perm/n3/notes/listen-identify/s1"));
        QVERIFY(e);
        const Evaluator evaluator(engine);
        QVERIFY(evaluator.evaluate(*e, evaluator.solve(*e).answer).success);
        const QJsonObject prompt = evaluator.prompt(*e);
        QCOMPARE(prompt.value(QStringLiteral("elements")).toArray().first().toObject().value(QStringLiteral("midi")).toInt(), 60);
        const Exercise *built = catalogue.find(QStringLiteral("music/perm/n3/notes/build-all/s1"));
        QVERIFY(built);
        QVERIFY(evaluator.evaluate(*built, evaluator.solve(*built).answer).success);
    }
};

QTEST_GUILESS_MAIN(TestSkins)
#include "tst_skins.moc"
