// The evaluator on complete, duplicate, invalid and incomplete answers for every task, and the
// property that every exercise of the catalogue accepts its own solution.

#include "exercises/combinatorics/combinatoricsprovider.h"
#include "exercises/framework/cataloguebuilder.h"
#include "exercises/framework/evaluator.h"
#include "exercises/framework/exerciseengine.h"
#include "exercises/framework/seededrandom.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace stages;

namespace {

const ExerciseEngine &engine()
{
    static const ExerciseEngine e = ExerciseEngine::builtIn();
    return e;
}

Exercise exercise(const QString &kind, const QJsonObject &params, const QString &task, const QJsonObject &options = {},
                  quint64 seed = 7)
{
    Exercise e;
    e.id = QStringLiteral("test/%1/%2").arg(kind, task);
    e.domain = QStringLiteral("test");
    e.stage = 1;
    e.structure = *engine().structures().create(kind, params);
    e.skin = QStringLiteral("digits");
    e.task = task;
    for (int i = 0; i < e.structure->elementCount(); ++i)
        e.elements.append(i);
    e.options = options;
    e.seed = seed;
    return e;
}

QJsonValue json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray("[") + text + "]").array().first();
}

const QJsonObject n3{{QStringLiteral("n"), 3}};

} // namespace

class TestEvaluator : public QObject
{
    Q_OBJECT

private slots:
    void buildAll_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<bool>("success");
        QTest::addColumn<double>("score");
        QTest::addColumn<int>("duplicates");
        QTest::addColumn<int>("invalid");
        QTest::addColumn<int>("missing");
        QTest::addColumn<QString>("hint");
        QTest::newRow("complete") << "[[0,1,2],[0,2,1],[1,0,2],[1,2,0],[2,0,1],[2,1,0]]" << true << 1.0 << 0 << 0 << 0 << "done";
        QTest::newRow("complete, any order") << "[[2,1,0],[0,1,2],[1,2,0],[0,2,1],[2,0,1],[1,0,2]]" << true << 1.0 << 0 << 0 << 0 << "done";
        QTest::newRow("duplicate") << "[[0,1,2],[0,2,1],[1,0,2],[1,2,0],[2,0,1],[2,1,0],[0,2,1]]" << false << 1.0 << 1 << 0 << 0 << "remove-duplicate";
        QTest::newRow("invalid") << "[[0,1,2],[0,2,1],[1,0,2],[1,2,0],[2,0,1],[2,1,0],[1,1,2]]" << false << 1.0 << 0 << 1 << 0 << "fix-invalid";
        QTest::newRow("not an item") << "[[0,1,2],\"x\",[0,1]]" << false << 1.0 / 6 << 0 << 2 << 5 << "fix-invalid";
        QTest::newRow("incomplete") << "[[0,1,2],[1,0,2],[2,1,0]]" << false << 0.5 << 0 << 0 << 3 << "missing-item";
        QTest::newRow("empty") << "[]" << false << 0.0 << 0 << 0 << 6 << "missing-item";
        QTest::newRow("not a list") << "7" << false << 0.0 << 0 << 1 << 6 << "fix-invalid";
    }

    void buildAll()
    {
        QFETCH(QString, answer);
        QFETCH(bool, success);
        QFETCH(double, score);
        QFETCH(int, duplicates);
        QFETCH(int, invalid);
        QFETCH(int, missing);
        QFETCH(QString, hint);
        const Evaluator evaluator(engine());
        const Evaluation e = evaluator.evaluate(exercise(QStringLiteral("permutation"), n3, QStringLiteral("build-all")),
                                                json(answer.toUtf8().constData()));
        QCOMPARE(e.success, success);
        QCOMPARE(e.score, score);
        QCOMPARE(e.duplicateIndexes.size(), duplicates);
        QCOMPARE(e.invalidIndexes.size(), invalid);
        QCOMPARE(e.missing, missing);
        QCOMPARE(Hint::kindKey(e.hint.kind), hint);
    }

    void buildAllHintIsFirstMissingInSystematicOrder()
    {
        const Evaluator evaluator(engine());
        const Evaluation e = evaluator.evaluate(exercise(QStringLiteral("permutation"), n3, QStringLiteral("build-all")),
                                                json("[[0,1,2],[1,0,2]]"));
        QCOMPARE(e.hint.item, (Item{0, 2, 1}));
        QCOMPARE(e.hint.index, 1);
    }

    void buildAllCombinationsInAnyOrder()
    {
        const Evaluator evaluator(engine());
        const Exercise ex = exercise(QStringLiteral("combination"), {{QStringLiteral("n"), 3}, {QStringLiteral("k"), 2}},
                                     QStringLiteral("build-all"));
        Evaluation e = evaluator.evaluate(ex, json("[[1,0],[2,0],[2,1]]"));
        QVERIFY(e.success);
        e = evaluator.evaluate(ex, json("[[0,1],[1,0],[2,1]]"));
        QVERIFY(!e.success);
        QCOMPARE(e.duplicateIndexes, QList<int>{1});
        QCOMPARE(e.missing, 1);
    }

    void buildAllNecklacesUpToRotation()
    {
        const Evaluator evaluator(engine());
        const Exercise ex = exercise(QStringLiteral("necklace"), {{QStringLiteral("n"), 3}, {QStringLiteral("k"), 2}},
                                     QStringLiteral("build-all"));
        // 000, 001, 011, 111; "010" is 001 turned, so it is a duplicate of "100".
        Evaluation e = evaluator.evaluate(ex, json("[[0,0,0],[1,0,0],[1,1,0],[1,1,1]]"));
        QVERIFY(e.success);
        e = evaluator.evaluate(ex, json("[[0,0,0],[1,0,0],[0,1,0],[1,1,1]]"));
        QCOMPARE(e.duplicateIndexes, QList<int>{2});
        QCOMPARE(e.missing, 1);
    }

    void count_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<bool>("success");
        QTest::addColumn<int>("invalid");
        QTest::addColumn<QString>("hint");
        QTest::newRow("right") << "24" << true << 0 << "done";
        QTest::newRow("too high") << "25" << false << 0 << "too-high";
        QTest::newRow("too low") << "12" << false << 0 << "too-low";
        QTest::newRow("fraction") << "23.5" << false << 1 << "fix-invalid";
        QTest::newRow("text") << "\"24\"" << false << 1 << "fix-invalid";
    }

    void count()
    {
        QFETCH(QString, answer);
        QFETCH(bool, success);
        QFETCH(int, invalid);
        QFETCH(QString, hint);
        const Evaluator evaluator(engine());
        const Evaluation e = evaluator.evaluate(exercise(QStringLiteral("permutation"), {{QStringLiteral("n"), 4}}, QStringLiteral("count")),
                                                json(answer.toUtf8().constData()));
        QCOMPARE(e.success, success);
        QCOMPARE(e.score, success ? 1.0 : 0.0);
        QCOMPARE(e.invalidIndexes.size(), invalid);
        QCOMPARE(Hint::kindKey(e.hint.kind), hint);
    }

    void findMissing()
    {
        const Evaluator evaluator(engine());
        const Exercise ex = exercise(QStringLiteral("permutation"), {{QStringLiteral("n"), 4}}, QStringLiteral("find-missing"),
                                     {{QStringLiteral("missing"), 2}});
        const QJsonObject prompt = evaluator.prompt(ex);
        QCOMPARE(prompt.value(QStringLiteral("given")).toArray().size(), 22);
        const QJsonArray missing = evaluator.solve(ex).answer.toArray();
        QCOMPARE(missing.size(), 2);
        QVERIFY(!prompt.value(QStringLiteral("given")).toArray().contains(missing.at(0)));

        Evaluation e = evaluator.evaluate(ex, missing); // complete
        QVERIFY(e.success);
        QCOMPARE(e.score, 1.0);
        e = evaluator.evaluate(ex, QJsonArray{missing.at(0)}); // incomplete
        QVERIFY(!e.success);
        QCOMPARE(e.score, 0.5);
        QCOMPARE(e.missing, 1);
        e = evaluator.evaluate(ex, QJsonArray{missing.at(0), missing.at(1), prompt.value(QStringLiteral("given")).toArray().at(3)});
        QVERIFY(!e.success); // naming a shown one is a duplicate
        QCOMPARE(e.duplicateIndexes, QList<int>{2});
        e = evaluator.evaluate(ex, QJsonArray{missing.at(0), missing.at(1), QJsonArray{0, 0, 1, 2}});
        QCOMPARE(e.invalidIndexes, QList<int>{2});
        QVERIFY(!e.success);
        // A single item is accepted when one is missing.
        const Exercise one = exercise(QStringLiteral("permutation"), n3, QStringLiteral("find-missing"));
        QVERIFY(evaluator.evaluate(one, evaluator.solve(one).answer.toArray().first()).success);
    }

    void spotDuplicate()
    {
        const Evaluator evaluator(engine());
        const Exercise ex = exercise(QStringLiteral("permutation"), n3, QStringLiteral("spot-duplicate"), {{QStringLiteral("shuffled"), true}});
        const QJsonArray given = evaluator.prompt(ex).value(QStringLiteral("given")).toArray();
        QCOMPARE(given.size(), 7);
        const int answer = evaluator.solve(ex).answer.toInt();
        int first = -1;
        for (int i = 0; i < given.size(); ++i) {
            if (i != answer && given.at(i) == given.at(answer))
                first = i;
        }
        QVERIFY(first >= 0);
        QVERIFY(evaluator.evaluate(ex, answer).success);
        QVERIFY(evaluator.evaluate(ex, first).success); // either copy
        QVERIFY(evaluator.evaluate(ex, given.at(answer)).success); // or the item itself
        int wrong = 0;
        while (wrong == first || wrong == answer)
            ++wrong;
        const Evaluation e = evaluator.evaluate(ex, wrong);
        QVERIFY(!e.success);
        QCOMPARE(e.hint.kind, Hint::Kind::ChooseAgain);
        QCOMPARE(evaluator.evaluate(ex, 7).invalidIndexes.size(), 1);
        QCOMPARE(evaluator.evaluate(ex, -1).invalidIndexes.size(), 1);
    }

    void nextInOrder()
    {
        const Evaluator evaluator(engine());
        const Exercise ex = exercise(QStringLiteral("permutation"), {{QStringLiteral("n"), 4}}, QStringLiteral("next-in-order"));
        const QJsonObject prompt = evaluator.prompt(ex);
        const auto all = ex.structure->enumerate();
        const int position = prompt.value(QStringLiteral("position")).toInt();
        QCOMPARE(prompt.value(QStringLiteral("given")).toArray().first(), QJsonValue(itemToJson(all.at(position))));
        const Item next = all.at(position + 3);
        QCOMPARE(evaluator.solve(ex).answer, QJsonValue(itemToJson(next)));
        QVERIFY(evaluator.evaluate(ex, itemToJson(next)).success);
        Item wrong = next;
        std::swap(wrong[2], wrong[3]);
        const Evaluation e = evaluator.evaluate(ex, itemToJson(wrong));
        QVERIFY(!e.success);
        QCOMPARE(e.hint.kind, Hint::Kind::FirstDifference);
        QCOMPARE(e.hint.index, 2);
        QCOMPARE(evaluator.evaluate(ex, json("[0,0,1,2]")).invalidIndexes.size(), 1);
    }

    void transfer()
    {
        const Evaluator evaluator(engine());
        const Exercise ex = exercise(QStringLiteral("permutation"), n3, QStringLiteral("transfer"),
                                     {{QStringLiteral("targetSkin"), QStringLiteral("moves")},
                                      {QStringLiteral("targetElements"), QJsonArray{0, 2, 5}}});
        const QJsonObject prompt = evaluator.prompt(ex);
        const QJsonArray target = prompt.value(QStringLiteral("target")).toObject().value(QStringLiteral("elements")).toArray();
        QCOMPARE(target.size(), 3);
        QCOMPARE(target.at(2).toObject().value(QStringLiteral("key")).toString(), QStringLiteral("bow"));
        QVERIFY(evaluator.evaluate(ex, prompt.value(QStringLiteral("item"))).success);
        Item other = *itemFromJson(prompt.value(QStringLiteral("item")));
        std::swap(other[0], other[1]);
        QVERIFY(!evaluator.evaluate(ex, itemToJson(other)).success);
    }

    void create_data()
    {
        QTest::addColumn<QJsonObject>("rule");
        QTest::addColumn<QString>("answer");
        QTest::addColumn<bool>("success");
        QTest::addColumn<int>("duplicates");
        QTest::addColumn<int>("invalid");
        QTest::addColumn<int>("missing");
        QTest::addColumn<QString>("hint");
        const QJsonObject four{{QStringLiteral("kind"), QStringLiteral("distinct")}, {QStringLiteral("required"), 4}};
        const QJsonObject startsWith{{QStringLiteral("kind"), QStringLiteral("starts-with")}, {QStringLiteral("required"), 2},
                                     {QStringLiteral("element"), 1}};
        QTest::newRow("four orders") << four << "[[0,1,2],[2,1,0],[1,0,2],[2,0,1]]" << true << 0 << 0 << 0 << "done";
        QTest::newRow("more than asked") << four << "[[0,1,2],[2,1,0],[1,0,2],[2,0,1],[0,2,1]]" << true << 0 << 0 << 0 << "done";
        QTest::newRow("three orders") << four << "[[0,1,2],[2,1,0],[1,0,2]]" << false << 0 << 0 << 1 << "missing-item";
        QTest::newRow("repeated order") << four << "[[0,1,2],[2,1,0],[1,0,2],[0,1,2]]" << false << 1 << 0 << 1 << "remove-duplicate";
        QTest::newRow("not an order") << four << "[[0,1,2],[2,1,0],[1,0,2],[0,0,2]]" << false << 0 << 1 << 1 << "fix-invalid";
        QTest::newRow("starts right") << startsWith << "[[1,0,2],[1,2,0]]" << true << 0 << 0 << 0 << "done";
        QTest::newRow("breaks rule") << startsWith << "[[1,0,2],[0,1,2]]" << false << 0 << 1 << 1 << "breaks-rule";
    }

    void create()
    {
        QFETCH(QJsonObject, rule);
        QFETCH(QString, answer);
        QFETCH(bool, success);
        QFETCH(int, duplicates);
        QFETCH(int, invalid);
        QFETCH(int, missing);
        QFETCH(QString, hint);
        const Evaluator evaluator(engine());
        const Exercise ex = exercise(QStringLiteral("permutation"), n3, QStringLiteral("create"), {{QStringLiteral("rule"), rule}});
        const Evaluation e = evaluator.evaluate(ex, json(answer.toUtf8().constData()));
        QCOMPARE(e.success, success);
        QCOMPARE(e.duplicateIndexes.size(), duplicates);
        QCOMPARE(e.invalidIndexes.size(), invalid);
        QCOMPARE(e.missing, missing);
        QCOMPARE(Hint::kindKey(e.hint.kind), hint);
    }

    // The strongest check: for every exercise, its own solution is judged a full success, and a
    // damaged solution is not.
    void everyExerciseAcceptsItsSolution()
    {
        CatalogueBuilder builder(engine());
        builder.addProvider(std::make_unique<CombinatoricsProvider>());
        const Catalogue catalogue = builder.build();
        const Evaluator evaluator(engine());
        for (const Exercise &ex : catalogue.exercises()) {
            const Solution solution = evaluator.solve(ex);
            const Evaluation e = evaluator.evaluate(ex, solution.answer);
            QVERIFY2(e.success && e.score == 1.0, qPrintable(ex.id));
            QVERIFY2(solution.count >= 1, qPrintable(ex.id));
            QVERIFY2(!evaluator.evaluate(ex, QJsonValue(QStringLiteral("nonsense"))).success, qPrintable(ex.id));
            if (solution.answer.isArray() && solution.answer.toArray().first().isArray() && ex.task != QLatin1String("transfer")) {
                QJsonArray shorter = solution.answer.toArray();
                shorter.removeLast();
                QVERIFY2(!evaluator.evaluate(ex, shorter).success, qPrintable(ex.id));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestEvaluator)
#include "tst_evaluator.moc"
