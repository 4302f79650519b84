// Noticing and predicting (issue 8, point 4): the closed forms behind "how many start with ●?"
// (Structure::countStartingWith) and "how many with one more?" (Structure::withOneMore) against
// enumeration for many parameter sets, and the three tasks' evaluate() on right and wrong answers.

#include "exercises/framework/evaluator.h"
#include "exercises/framework/exerciseengine.h"
#include "exercises/framework/tasks/countstartingtask.h"
#include "exercises/framework/tasks/predictmoretask.h"
#include "exercises/framework/tasks/sameineveryrowtask.h"

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

QJsonObject paramsFrom(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

Exercise exercise(const QString &kind, const QJsonObject &params, const QString &task, quint64 seed = 7,
                  const QJsonObject &options = {})
{
    Exercise e;
    e.id = QStringLiteral("test/%1/%2/s%3").arg(kind, task).arg(seed);
    e.domain = QStringLiteral("test");
    e.stage = 1;
    e.structure = *engine().structures().create(kind, params);
    e.skin = QStringLiteral("colors");
    e.task = task;
    for (int i = 0; i < e.structure->elementCount(); ++i)
        e.elements.append(i);
    e.options = options;
    e.seed = seed;
    return e;
}

/// Many parameter sets of every structure that has (or may have) the closed forms.
void structureRows()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("params");
    const auto row = [](const char *kind, const QString &params) {
        QTest::addRow("%s %s", kind, qPrintable(params)) << QString::fromLatin1(kind) << params;
    };
    for (int n = 1; n <= 6; ++n)
        row("permutation", QStringLiteral("{\"n\":%1}").arg(n));
    for (int n = 1; n <= 6; ++n) {
        for (int k = 1; k <= n; ++k) {
            row("arrangement", QStringLiteral("{\"n\":%1,\"k\":%2}").arg(n).arg(k));
            row("combination", QStringLiteral("{\"n\":%1,\"k\":%2}").arg(n).arg(k));
        }
    }
    for (int n = 1; n <= 5; ++n) {
        for (int k = 1; k <= 4; ++k) {
            row("sequence", QStringLiteral("{\"n\":%1,\"k\":%2}").arg(n).arg(k));
            row("multiset", QStringLiteral("{\"n\":%1,\"k\":%2}").arg(n).arg(k));
        }
    }
    for (const char *sizes : { "[1]", "[3]", "[2,2]", "[2,3]", "[3,2]", "[3,3]", "[2,2,2]", "[3,2,2]", "[1,4,2]",
                               "[4,1,3,2]" })
        row("product", QStringLiteral("{\"sizes\":%1}").arg(QLatin1String(sizes)));
    for (int a = 1; a <= 4; ++a) {
        for (int b = 1; b <= 4; ++b)
            row("lattice_path", QStringLiteral("{\"a\":%1,\"b\":%2}").arg(a).arg(b));
    }
    for (int n = 3; n <= 5; ++n) {
        row("necklace", QStringLiteral("{\"n\":%1,\"k\":2}").arg(n));
        row("bracelet", QStringLiteral("{\"n\":%1,\"k\":3}").arg(n));
    }
}

} // namespace

class TestNoticingTasks : public QObject
{
    Q_OBJECT

private slots:
    void countStartingWith_data() { structureRows(); }
    void countStartingWith()
    {
        QFETCH(QString, kind);
        QFETCH(QString, params);
        const auto structure = *engine().structures().create(kind, paramsFrom(params));
        const bool ring = kind == QLatin1String("necklace") || kind == QLatin1String("bracelet");
        // Rings have no first place a child can hold on to: no closed form is offered.
        QCOMPARE(structure->countStartingWith(0).has_value(), !ring);
        if (ring)
            return;
        const ItemList all = structure->enumerate();
        qint64 sum = 0;
        for (int v = -1; v <= structure->elementCount(); ++v) {
            qint64 listed = 0;
            for (const Item &item : all)
                listed += !item.isEmpty() && item.first() == v ? 1 : 0;
            QCOMPARE(structure->countStartingWith(v).value_or(-1), listed);
            sum += listed;
        }
        QCOMPARE(sum, structure->count()); // every row starts with something
    }

    void withOneMore_data() { structureRows(); }
    void withOneMore()
    {
        QFETCH(QString, kind);
        QFETCH(QString, params);
        const auto structure = *engine().structures().create(kind, paramsFrom(params));
        const auto more = structure->withOneMore();
        const bool grows = kind != QLatin1String("necklace") && kind != QLatin1String("bracelet")
            && kind != QLatin1String("lattice_path");
        QCOMPARE(more != nullptr, grows);
        if (!more)
            return;
        // The bigger one is what the registry makes with one more element, and its closed
        // form matches its listing.
        QJsonObject grown = structure->params();
        if (kind == QLatin1String("product")) {
            QJsonArray sizes = grown.value(QStringLiteral("sizes")).toArray();
            sizes[0] = sizes.at(0).toInt() + 1;
            grown.insert(QStringLiteral("sizes"), sizes);
        } else {
            grown.insert(QStringLiteral("n"), grown.value(QStringLiteral("n")).toInt() + 1);
        }
        const auto made = *engine().structures().create(kind, grown);
        QCOMPARE(more->idSegment(), made->idSegment());
        QCOMPARE(more->elementCount(), structure->elementCount() + 1);
        QCOMPARE(more->count(), qint64(more->enumerate().size()));

        const Exercise e = exercise(kind, paramsFrom(params), QStringLiteral("predict-more"));
        const Evaluator evaluator(engine());
        const Task *task = engine().tasks().find(e.task);
        if (!task->suits(*structure))
            return;
        QCOMPARE(evaluator.solve(e).count, qint64(made->enumerate().size()));
        QVERIFY(evaluator.evaluate(e, double(made->count())).success);
        QCOMPARE(evaluator.evaluate(e, double(made->count() + 1)).hint.kind, Hint::Kind::TooHigh);
        QCOMPARE(evaluator.evaluate(e, double(structure->count())).hint.kind, Hint::Kind::TooLow);
        QCOMPARE(evaluator.prompt(e).value(QStringLiteral("known")).toInteger(), structure->count());
        // The element that joins is shown when the skin has one to spare.
        const int skinSize = engine().skins().find(e.skin)->size();
        QCOMPARE(evaluator.prompt(e).value(QStringLiteral("newElement")).toObject().contains(QStringLiteral("key")),
                 structure->elementCount() < skinSize);
    }

    void countStartingTask_data() { structureRows(); }
    void countStartingTask()
    {
        QFETCH(QString, kind);
        QFETCH(QString, params);
        const Evaluator evaluator(engine());
        const Task *task = engine().tasks().find(QStringLiteral("count-starting"));
        QVERIFY(task);
        QSet<int> elements;
        for (quint64 seed = 1; seed <= 12; ++seed) {
            const Exercise e = exercise(kind, paramsFrom(params), task->key(), seed);
            if (!task->suits(*e.structure))
                return;
            const int element = evaluator.prompt(e).value(QStringLiteral("element")).toInt(-1);
            elements.insert(element);
            qint64 listed = 0;
            for (const Item &item : e.structure->enumerate())
                listed += item.first() == element ? 1 : 0;
            QVERIFY(listed > 0);
            QCOMPARE(evaluator.solve(e).count, listed);
            QVERIFY(evaluator.evaluate(e, double(listed)).success);
            QCOMPARE(evaluator.evaluate(e, double(listed)).score, 1.0);
            QCOMPARE(evaluator.evaluate(e, double(listed + 1)).hint.kind, Hint::Kind::TooHigh);
            QCOMPARE(evaluator.evaluate(e, double(listed - 1)).hint.kind, Hint::Kind::TooLow);
            QCOMPARE(evaluator.evaluate(e, QStringLiteral("3")).invalidIndexes, QList<int>({ 0 }));
            QCOMPARE(evaluator.evaluate(e, 1.5).success, false);
        }
        QVERIFY2(elements.size() >= 2, "the seed chooses among the first elements");
    }

    void sameInEveryRow_data() { structureRows(); }
    void sameInEveryRow()
    {
        QFETCH(QString, kind);
        QFETCH(QString, params);
        const Evaluator evaluator(engine());
        const Task *task = engine().tasks().find(QStringLiteral("same-in-every-row"));
        QVERIFY(task);
        const auto structure = *engine().structures().create(kind, paramsFrom(params));
        if (!structure->sameness()) {
            QVERIFY(!task->suits(*structure));
            return;
        }
        if (!task->suits(*structure))
            return;
        for (quint64 seed = 1; seed <= 10; ++seed) {
            for (bool shuffled : { false, true }) {
                const Exercise e = exercise(kind, paramsFrom(params), task->key(), seed,
                                            { { QStringLiteral("shuffled"), shuffled } });
                const QJsonObject prompt = evaluator.prompt(e);
                ItemList given;
                for (const QJsonValue &v : prompt.value(QStringLiteral("given")).toArray())
                    given.append(*itemFromJson(v));
                const QJsonArray choices = prompt.value(QStringLiteral("choices")).toArray();
                QCOMPARE(choices.size(), 3);
                QVERIFY(given.size() >= SameInEveryRowTask::kMinGroup);
                const int right = int(evaluator.solve(e).answer.toInt(-1));
                const Item rightChoice = *itemFromJson(choices.at(right));
                // The group is every row with the property, no more and no less.
                ItemList expected;
                for (const Item &row : structure->enumerate()) {
                    if (SameInEveryRowTask::holds(*structure, rightChoice, row))
                        expected.append(row);
                }
                ItemList sorted = given;
                std::sort(sorted.begin(), sorted.end());
                QCOMPARE(sorted, expected);
                for (int c = 0; c < choices.size(); ++c) {
                    const Item choice = *itemFromJson(choices.at(c));
                    int holding = 0;
                    for (const Item &row : given)
                        holding += SameInEveryRowTask::holds(*structure, choice, row) ? 1 : 0;
                    // Only the right one holds for every row; the others hold for some.
                    QCOMPARE(holding == given.size(), c == right);
                    QVERIFY(holding > 0);
                    const Evaluation ev = evaluator.evaluate(e, c);
                    QCOMPARE(ev.success, c == right);
                    if (c != right) {
                        QCOMPARE(ev.hint.kind, Hint::Kind::ChooseAgain);
                        QCOMPARE(ev.hint.index, c);
                    }
                }
                QCOMPARE(evaluator.evaluate(e, 3).invalidIndexes, QList<int>({ 0 }));
                QCOMPARE(evaluator.evaluate(e, QJsonValue()).success, false);
            }
        }
    }

    void sameInEveryRowKinds()
    {
        // Places for ordered rows, elements held for rows in any order, nothing for rings.
        const Evaluator evaluator(engine());
        const Exercise perm = exercise(QStringLiteral("permutation"), { { QStringLiteral("n"), 3 } },
                                       QStringLiteral("same-in-every-row"));
        QCOMPARE(evaluator.prompt(perm).value(QStringLiteral("sameness")).toString(), QStringLiteral("position"));
        const Exercise comb = exercise(QStringLiteral("combination"),
                                       { { QStringLiteral("n"), 4 }, { QStringLiteral("k"), 2 } },
                                       QStringLiteral("same-in-every-row"));
        QCOMPARE(evaluator.prompt(comb).value(QStringLiteral("sameness")).toString(), QStringLiteral("contains"));
        const Task *task = engine().tasks().find(QStringLiteral("same-in-every-row"));
        QVERIFY(task->suits(*perm.structure));
        QVERIFY(task->suits(*comb.structure));
        const auto ring = *engine().structures().create(QStringLiteral("necklace"),
                                                         { { QStringLiteral("n"), 4 }, { QStringLiteral("k"), 2 } });
        QVERIFY(!task->suits(*ring));
        QVERIFY(!engine().tasks().find(QStringLiteral("count-starting"))->suits(*ring));
    }
};

QTEST_GUILESS_MAIN(TestNoticingTasks)
#include "tst_noticingtasks.moc"
