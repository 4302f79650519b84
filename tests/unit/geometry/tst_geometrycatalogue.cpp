// The geometry catalogue: its ladder and at least 500 distinct exercises, each solvable with its
// solution checked as a success through the evaluator; the domain stays out of the app's content
// until its screens exist; and each of its own (custom) tasks reports duplicates, invalid entries
// and what is missing correctly.

#include "exercises/domains/domains.h"
#include "exercises/framework/cataloguebuilder.h"
#include "exercises/framework/evaluator.h"
#include "exercises/framework/exerciseengine.h"
#include "exercises/geometry/geometryprovider.h"
#include "exercises/geometry/starpolygonstructure.h"
#include "exercises/geometry/symmetrystructure.h"
#include "exercises/geometry/tasks/completesymmetrytask.h"
#include "exercises/geometry/tasks/findmirrorstask.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <numeric>

using namespace stages;
using namespace stages::geometry;

namespace {

QJsonArray pairs(std::initializer_list<std::pair<int, int>> list)
{
    QJsonArray out;
    for (const auto &[a, b] : list)
        out.append(QJsonArray { a, b });
    return out;
}

} // namespace

class TestGeometryCatalogue : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const ExerciseContent> m_content;
    QList<const Exercise *> m_exercises;

    const Exercise *find(const QString &id) const { return m_content->catalogue().find(id); }
    const Exercise *first(const QString &task, const std::function<bool(const Exercise &)> &also = {}) const
    {
        for (const Exercise *e : m_exercises) {
            if (e->task == task && (!also || also(*e)))
                return e;
        }
        return nullptr;
    }
    Evaluation check(const Exercise &e, const QJsonValue &answer) const
    {
        return Evaluator(m_content->engine()).evaluate(e, answer);
    }

private slots:
    void initTestCase()
    {
        m_content = makeExerciseContent(ExerciseContent::Scope::Everything);
        m_exercises = m_content->catalogue().select(GeometryProvider::domainKey());
    }

    void ladderAndSize()
    {
        const StageLadder *ladder = m_content->catalogue().ladder(GeometryProvider::domainKey());
        QVERIFY(ladder);
        QVERIFY2(ladder->size() >= 8, qPrintable(QString::number(ladder->size())));
        QSet<QString> ids;
        for (const Exercise *e : std::as_const(m_exercises))
            ids.insert(e->id);
        QVERIFY2(ids.size() >= 500, qPrintable(QString::number(ids.size())));
        QCOMPARE(ids.size(), m_exercises.size());
        for (const Stage &stage : ladder->stages()) {
            QVERIFY2(!m_content->catalogue().select(ladder->domain(), stage.number).isEmpty(),
                     qPrintable(QString::number(stage.number)));
            QVERIFY(!stage.title.isEmpty() && !stage.goal.isEmpty() && stage.fromAge <= stage.toAge);
        }
        // Distinct exercises, not copies under other ids: no two with the same prompt, task and options.
        const Evaluator evaluator(m_content->engine());
        QSet<QByteArray> looks;
        for (const Exercise *e : std::as_const(m_exercises)) {
            QJsonObject look = evaluator.prompt(*e);
            look.insert(QStringLiteral("task"), e->task);
            look.insert(QStringLiteral("structure"), e->structure->kind());
            look.insert(QStringLiteral("params"), e->structure->params());
            look.insert(QStringLiteral("options"), e->options);
            const QByteArray bytes = QJsonDocument(look).toJson(QJsonDocument::Compact);
            QVERIFY2(!looks.contains(bytes), qPrintable(e->id));
            looks.insert(bytes);
        }
        for (const QString &task : GeometryProvider::customTasks())
            QVERIFY2(first(task), qPrintable(task));
        // No mistakes in the table: unknown names, bad parameters, ids used twice.
        ExerciseEngine engine = ExerciseEngine::builtIn();
        GeometryProvider::registerWith(engine);
        CatalogueBuilder builder(engine);
        builder.addProvider(std::make_unique<GeometryProvider>());
        const Catalogue own = builder.build();
        QVERIFY2(builder.problems().isEmpty(), qPrintable(builder.problems().join(QLatin1Char('\n'))));
        QCOMPARE(own.exercises().size(), m_exercises.size());
    }

    // Every exercise's solution is accepted in full; an empty answer is not (except where nothing
    // is to be done).
    void everySolutionChecks()
    {
        const Evaluator evaluator(m_content->engine());
        for (const Exercise *e : std::as_const(m_exercises)) {
            const Solution solution = evaluator.solve(*e);
            QVERIFY2(solution.count >= 0 && !solution.answer.isUndefined(), qPrintable(e->id));
            const Evaluation right = evaluator.evaluate(*e, solution.answer);
            QVERIFY2(right.success && right.score == 1.0 && right.missing == 0 && right.duplicateIndexes.isEmpty()
                         && right.invalidIndexes.isEmpty(),
                     qPrintable(e->id + QLatin1Char(' ')
                               + QString::fromUtf8(QJsonDocument(right.toJson()).toJson(QJsonDocument::Compact))));
            if (solution.count > 0 && e->task != QLatin1String("find-mirrors"))
                QVERIFY2(!evaluator.evaluate(*e, QJsonArray()).success, qPrintable(e->id));
        }
    }

    // Kept out of the pupil's app until its canvas screens exist.
    // The pupil's home, the warm-up and the dashboards see the whole ladder, as stagesctl does.
    void inTheApp()
    {
        const DomainModule *geometry = findDomain(GeometryProvider::domainKey());
        QVERIFY(geometry && geometry->isAvailable());
        QVERIFY(availableDomainIds().contains(geometry->id()));
        const auto app = makeExerciseContent();
        QCOMPARE(app->catalogue().select(geometry->id()).size(),
                 makeExerciseContent(ExerciseContent::Scope::Everything)->catalogue().select(geometry->id()).size());
        QVERIFY(app->catalogue().ladder(geometry->id()));
        QCOMPARE(app->catalogue().ladder(geometry->id())->size(), 10);
    }

    void drawReportsDuplicatesInvalidMissing()
    {
        const Exercise *e = find(QStringLiteral("geo2/star/n5k2/points/draw/s1"));
        QVERIFY(e);
        // {5/2}: 0-2, 2-4, 4-1, 1-3, 3-0.
        Evaluation all = check(*e, pairs({ { 0, 2 }, { 2, 4 }, { 4, 1 }, { 1, 3 }, { 3, 0 } }));
        QVERIFY(all.success);
        // 2-0 repeats 0-2 the other way round; 0-1 is a side, not a line of the star; [7, 1] is
        // no point; 1-3 and 3-0 are missing.
        Evaluation e1 = check(*e, QJsonArray { QJsonArray { 0, 2 }, QJsonArray { 2, 4 }, QJsonArray { 2, 0 },
                                               QJsonArray { 0, 1 }, QJsonArray { 7, 1 }, QJsonArray { 4, 1 },
                                               QStringLiteral("x") });
        QCOMPARE(e1.duplicateIndexes, QList<int>({ 2 }));
        QCOMPARE(e1.invalidIndexes, QList<int>({ 3, 4, 6 }));
        QCOMPARE(e1.missing, 2);
        QCOMPARE(e1.score, 3.0 / 5.0);
        QVERIFY(!e1.success);
        QCOMPARE(e1.hint.kind, Hint::Kind::RemoveDuplicate);
        const QJsonObject json = e1.toJson();
        QCOMPARE(json.value(QStringLiteral("duplicates")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("invalid")).toInt(), 3);
        QCOMPARE(json.value(QStringLiteral("missing")).toInt(), 2);

        // Triangles: three corners, any order.
        const Exercise *t = first(QStringLiteral("draw"), [](const Exercise &x) {
            return x.structure->params().value(QStringLiteral("figure")) == QLatin1String("triangle");
        });
        QVERIFY(t);
        const Evaluation one = check(*t, QJsonArray { QJsonArray { 2, 0, 1 }, QJsonArray { 1, 2, 0 }, QJsonArray { 0, 1 } });
        QCOMPARE(one.duplicateIndexes, QList<int>({ 1 }));
        QCOMPARE(one.invalidIndexes, QList<int>({ 2 }));
        QCOMPARE(one.correct.size(), 1);
    }

    void predictChecksTheNumber()
    {
        const Exercise *figures = find(QStringLiteral("geo3/star/n12k3/points/predict/s1"));
        const Exercise *corners = find(QStringLiteral("geo3-corners/star/n12k3/points/predict/s1"));
        QVERIFY(figures && corners);
        QVERIFY(check(*figures, 3).success); // gcd(12, 3)
        QVERIFY(check(*corners, 4).success); // 12 / 3
        QVERIFY(check(*figures, QJsonObject { { QStringLiteral("predicted"), 3 } }).success);
        const Evaluation high = check(*figures, 4);
        QCOMPARE(high.hint.kind, Hint::Kind::TooHigh);
        QCOMPARE(high.missing, 1);
        const Evaluation text = check(*figures, QStringLiteral("three"));
        QCOMPARE(text.invalidIndexes, QList<int>({ 0 }));
        const Exercise *diagonals = find(QStringLiteral("geo4/chord/n7diag/points/predict/s1"));
        QVERIFY(diagonals);
        QVERIFY(check(*diagonals, 14).success); // 7 * 4 / 2
    }

    void completeSymmetryReportsDuplicatesInvalidMissing()
    {
        const Exercise *e = first(QStringLiteral("complete-symmetry"));
        QVERIFY(e);
        const ItemList given = CompleteSymmetryTask::given(*e);
        const ItemList toFill = CompleteSymmetryTask::toFill(*e);
        QVERIFY(!toFill.isEmpty() && !given.isEmpty());
        const Item figure = CompleteSymmetryTask::figure(*e);
        int wrongCell = -1;
        for (int cell = 0; cell < figure.size() && wrongCell < 0; ++cell) {
            if (figure.at(cell) == SymmetryStructure::kEmpty)
                wrongCell = cell;
        }
        QVERIFY(wrongCell >= 0);
        // The first cell to fill twice (once as [cell]), a given cell, an empty cell, a cell off
        // the grid: the rest is missing.
        const int right = toFill.first().first();
        const QJsonArray answer { right, QJsonArray { right }, given.first().first(), wrongCell, 99 };
        const Evaluation r = check(*e, answer);
        QCOMPARE(r.duplicateIndexes, QList<int>({ 1, 2 }));
        QCOMPARE(r.invalidIndexes, QList<int>({ 3, 4 }));
        QCOMPARE(r.missing, int(toFill.size()) - 1);
        QCOMPARE(r.score, 1.0 / double(toFill.size()));
        QVERIFY(!r.success);
        // The prompt gives the half, the solution the other half, which together are symmetric.
        const QJsonObject prompt = Evaluator(m_content->engine()).prompt(*e);
        QCOMPARE(prompt.value(QStringLiteral("given")).toArray().size(), given.size());
        Item whole(figure.size(), 0);
        for (const QJsonValue &c : prompt.value(QStringLiteral("given")).toArray())
            whole[c.toInt()] = 1;
        for (const QJsonValue &c : Evaluator(m_content->engine()).solve(*e).answer.toArray())
            whole[c.toInt()] = 1;
        QVERIFY(e->structure->isValid(whole));
        QCOMPARE(whole, figure);
    }

    void findMirrorsReportsDuplicatesInvalidMissing()
    {
        const Exercise *e = first(QStringLiteral("find-mirrors"), [](const Exercise &x) {
            return FindMirrorsTask::mirrorLines(x).size() >= 2 && FindMirrorsTask::mirrorLines(x).size() < 4;
        });
        QVERIFY(e);
        const QStringList lines = FindMirrorsTask::mirrorLines(*e);
        QString wrong;
        for (const QString &line : SymmetryStructure::lineKeys(3, 3)) {
            if (!lines.contains(line))
                wrong = line;
        }
        const Evaluation r = check(*e, QJsonArray { lines.first(), lines.first(), wrong, QStringLiteral("sideways") });
        QCOMPARE(r.duplicateIndexes, QList<int>({ 1 }));
        QCOMPARE(r.invalidIndexes, QList<int>({ 2, 3 }));
        QCOMPARE(r.missing, int(lines.size()) - 1);
        QVERIFY(!r.success);
        QVERIFY(check(*e, QJsonArray::fromStringList(lines)).success);
    }

    void createDrawingKeepsItsSymmetry()
    {
        const Exercise *free = first(QStringLiteral("create-drawing"), [](const Exercise &x) {
            return !x.options.contains(QStringLiteral("symmetry"));
        });
        const Exercise *mirror = first(QStringLiteral("create-drawing"), [](const Exercise &x) {
            return x.options.value(QStringLiteral("symmetry")) == QLatin1String("mirror");
        });
        const Exercise *turning = first(QStringLiteral("create-drawing"), [](const Exercise &x) {
            return x.options.value(QStringLiteral("symmetry")) == QLatin1String("rotation");
        });
        QVERIFY(free && mirror && turning);
        QVERIFY(m_content->engine().tasks().find(QStringLiteral("create-drawing"))->isCreative());
        const int n = free->structure->params().value(QStringLiteral("n")).toInt();
        QCOMPARE(n, 6);
        // Free: six different lines; one twice, one to itself, one off the circle.
        QJsonArray lines = pairs({ { 0, 1 }, { 1, 2 }, { 2, 3 }, { 3, 4 }, { 4, 5 }, { 5, 0 } });
        QVERIFY(check(*free, lines).success);
        QVERIFY(check(*free, QJsonObject { { QStringLiteral("segments"), lines } }).success);
        lines.append(QJsonArray { 1, 0 });
        lines.append(QJsonArray { 2, 2 });
        lines.append(QJsonArray { 0, 6 });
        Evaluation r = check(*free, lines);
        QCOMPARE(r.duplicateIndexes, QList<int>({ 6 }));
        QCOMPARE(r.invalidIndexes, QList<int>({ 7, 8 }));
        QCOMPARE(r.missing, 0);
        QVERIFY(!r.success);
        const Evaluation few = check(*free, pairs({ { 0, 3 }, { 1, 4 } }));
        QCOMPARE(few.missing, 4);
        QCOMPARE(few.score, 2.0 / 6.0);

        // Mirror through point 0: 1-2 needs 5-4; 0-3 is its own image.
        r = check(*mirror, pairs({ { 1, 2 }, { 0, 3 }, { 1, 3 }, { 5, 3 } }));
        QCOMPARE(r.invalidIndexes, QList<int>({ 0 }));
        QCOMPARE(r.hint.kind, Hint::Kind::BreaksRule);
        QCOMPARE(r.correct.size(), 3);
        QCOMPARE(r.missing, 3);

        // Turning by two points (three turns): 0-1 needs 2-3 and 4-5.
        r = check(*turning, pairs({ { 0, 1 }, { 2, 3 }, { 1, 2 } }));
        QCOMPARE(r.invalidIndexes, QList<int>({ 0, 1, 2 }));
        r = check(*turning, pairs({ { 0, 1 }, { 2, 3 }, { 4, 5 } }));
        QVERIFY(r.invalidIndexes.isEmpty());
        QCOMPARE(r.missing, 3);
    }
};

QTEST_GUILESS_MAIN(TestGeometryCatalogue)
#include "tst_geometrycatalogue.moc"
