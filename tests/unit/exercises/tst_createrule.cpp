// Creating (issue 8): the rules a pupil's own rows follow (CreateRule), the "create" task that
// lets the pupil pick one from picture cards (CreateTask), every rule offered in the catalogue
// leaving enough rows to make, and one pupil's run: pick a rule, make rows, finish, and the
// work kept for the teacher with the picked rule.

#include "core/clock.h"
#include "exercises/domains/domains.h"
#include "exercises/framework/createrule.h"
#include "exercises/framework/evaluator.h"
#include "exercises/framework/exercisewords.h"
#include "exercises/framework/session/exerciserun.h"
#include "exercises/framework/tasks/createtask.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace stages;

Q_DECLARE_METATYPE(stages::CreateRule::Kind)
Q_DECLARE_METATYPE(stages::ExerciseRun::RowVerdict)

namespace {

using Kind = CreateRule::Kind;

QJsonArray rows(const char *json)
{
    return QJsonDocument::fromJson(json).array();
}

QJsonObject chosen(Kind kind, int element = 0)
{
    return CreateRule { kind, element }.toJson();
}

} // namespace

class TestCreateRule : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const ExerciseContent> m_content;
    ManualClock m_clock;

    Exercise exercise(const QString &id) const
    {
        const Exercise *e = m_content->catalogue().find(id);
        if (!e)
            qFatal("no exercise %s", qPrintable(id));
        return *e;
    }

    /// Stage 3 of combinatorics: two places, three colours, rules "starts with", "in every row"
    /// and "no twins side by side" to pick from, three rows to make.
    Exercise stage3() const { return exercise(QStringLiteral("comb/seq/n3k2/colors/create/s1")); }

    static void build(ExerciseRun &run, const Item &item)
    {
        for (int position = 0; position < item.size(); ++position) {
            bool placed = false;
            for (const ExerciseRun::PaletteToken &t : run.palette()) {
                if (t.value == item.at(position) && (t.position < 0 || t.position == position)) {
                    placed = run.placeAt(position, t);
                    break;
                }
            }
            QVERIFY(placed);
        }
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ExerciseRun::RowVerdict>();
        m_content = makeExerciseContent();
    }

    void holds_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<int>("element");
        QTest::addColumn<Item>("item");
        QTest::addColumn<bool>("ring");
        QTest::addColumn<bool>("holds");
        QTest::newRow("starts with: yes") << Kind::StartsWith << 2 << Item { 2, 0, 1 } << false << true;
        QTest::newRow("starts with: at the end only") << Kind::StartsWith << 2 << Item { 0, 1, 2 } << false << false;
        QTest::newRow("starts with: empty") << Kind::StartsWith << 0 << Item {} << false << false;
        QTest::newRow("ends with: yes") << Kind::EndsWith << 1 << Item { 0, 2, 1 } << false << true;
        QTest::newRow("ends with: at the start only") << Kind::EndsWith << 1 << Item { 1, 2, 0 } << false << false;
        QTest::newRow("ends with: empty") << Kind::EndsWith << 0 << Item {} << false << false;
        QTest::newRow("contains: in the middle") << Kind::Contains << 3 << Item { 0, 3, 1 } << false << true;
        QTest::newRow("contains: twice") << Kind::Contains << 3 << Item { 3, 3 } << false << true;
        QTest::newRow("contains: missing") << Kind::Contains << 3 << Item { 0, 1, 2 } << false << false;
        QTest::newRow("no twins: none") << Kind::NoNeighbourRepeat << 0 << Item { 0, 1, 0, 1 } << false << true;
        QTest::newRow("no twins: twins at the end") << Kind::NoNeighbourRepeat << 0 << Item { 0, 1, 2, 2 } << false
                                                    << false;
        QTest::newRow("no twins: apart is fine") << Kind::NoNeighbourRepeat << 0 << Item { 1, 0, 1 } << false << true;
        QTest::newRow("no twins: ring closes") << Kind::NoNeighbourRepeat << 0 << Item { 1, 0, 1 } << true << false;
        QTest::newRow("no twins: ring fine") << Kind::NoNeighbourRepeat << 0 << Item { 0, 1, 0, 1 } << true << true;
        QTest::newRow("all different: any row") << Kind::Distinct << 0 << Item { 1, 1, 1 } << false << true;
    }

    void holds()
    {
        QFETCH(Kind, kind);
        QFETCH(int, element);
        QFETCH(Item, item);
        QFETCH(bool, ring);
        QFETCH(bool, holds);
        QCOMPARE((CreateRule { kind, element }).holds(item, ring), holds);
    }

    void keysJsonAndWords()
    {
        QCOMPARE(CreateRule::allKinds().size(), 5);
        for (Kind kind : CreateRule::allKinds()) {
            const CreateRule rule { kind, 2 };
            QCOMPARE(CreateRule::kindFromKey(rule.key()), kind);
            const auto back = CreateRule::fromJson(rule.toJson());
            QVERIFY(back);
            QVERIFY(*back == rule);
            QCOMPARE(rule.toJson().contains(QStringLiteral("element")), rule.usesElement());
            QVERIFY(!rule.cardWords().isEmpty());
            // The teacher's title names the element when the rule has one.
            QCOMPARE(rule.title(QStringLiteral("kick")).contains(QLatin1String("kick")), rule.usesElement());
            QVERIFY(!ExerciseWords::createInstruction(rule, 3).isEmpty());
        }
        QVERIFY(!CreateRule::fromJson(QJsonObject { { QStringLiteral("kind"), QStringLiteral("choose") } }));
        QVERIFY(!CreateRule::fromJson(QJsonObject { { QStringLiteral("kind"), QStringLiteral("rhymes") } }));
        // Rules that name no element are the same whatever element they carry.
        QVERIFY((CreateRule { Kind::Distinct, 0 }) == (CreateRule { Kind::Distinct, 3 }));
        QVERIFY(!((CreateRule { Kind::StartsWith, 0 }) == (CreateRule { Kind::StartsWith, 1 })));
        QCOMPARE((CreateRule { Kind::StartsWith, 0 }).elementPosition(4), 0);
        QCOMPARE((CreateRule { Kind::EndsWith, 0 }).elementPosition(4), 3);
        QCOMPARE((CreateRule { Kind::Contains, 0 }).elementPosition(4), -1);
    }

    void aPickedRuleJudgesTheRows()
    {
        const Exercise e = stage3();
        QVERIFY(CreateTask::letsChoose(e));
        const QList<CreateRule> offered = CreateTask::choices(e);
        QCOMPARE(offered,
                 (QList<CreateRule> { { Kind::StartsWith, 0 }, { Kind::Contains, 0 }, { Kind::NoNeighbourRepeat, 0 } }));
        const Evaluator evaluator(m_content->engine());
        auto answer = [](const QJsonObject &rule, const QJsonArray &items) {
            QJsonObject a { { QStringLiteral("items"), items } };
            if (!rule.isEmpty())
                a.insert(QStringLiteral("rule"), rule);
            return a;
        };

        // No rule picked: nothing counts.
        Evaluation none = evaluator.evaluate(e, answer({}, rows("[[0,1],[0,2],[0,0]]")));
        QVERIFY(!none.success);
        QCOMPARE(none.score, 0.0);
        QCOMPARE(none.hint.kind, Hint::Kind::ChooseAgain);
        // A rule that was not offered (ends with) or names another element: refused the same way.
        QVERIFY(!evaluator.evaluate(e, answer(chosen(Kind::EndsWith), rows("[[1,0],[2,0],[0,0]]"))).success);
        QVERIFY(!evaluator.evaluate(e, answer(chosen(Kind::StartsWith, 1), rows("[[1,0],[1,2],[1,1]]"))).success);

        // The same three rows under each rule offered.
        const QJsonArray mixed = rows("[[0,1],[1,0],[0,0]]");
        const Evaluation starts = evaluator.evaluate(e, answer(chosen(Kind::StartsWith), mixed));
        QVERIFY(!starts.success);
        QCOMPARE(starts.invalidIndexes, QList<int> { 1 });
        QCOMPARE(starts.hint.kind, Hint::Kind::BreaksRule);
        QVERIFY(evaluator.evaluate(e, answer(chosen(Kind::Contains), mixed)).success);
        const Evaluation twins = evaluator.evaluate(e, answer(chosen(Kind::NoNeighbourRepeat), mixed));
        QVERIFY(!twins.success);
        QCOMPARE(twins.invalidIndexes, QList<int> { 2 });
        QCOMPARE(twins.missing, 1);
        // Enough good rows, all different: success.
        QVERIFY(evaluator.evaluate(e, answer(chosen(Kind::StartsWith), rows("[[0,0],[0,1],[0,2]]"))).success);
        const Evaluation twice = evaluator.evaluate(e, answer(chosen(Kind::StartsWith), rows("[[0,0],[0,1],[0,1]]")));
        QVERIFY(!twice.success);
        QCOMPARE(twice.duplicateIndexes, QList<int> { 2 });
    }

    void aSetRuleStillWorksWithAPlainList()
    {
        // Stage 8's rows with a rule set by the exercise (no picking): the answer is a list.
        const Exercise *set = nullptr;
        for (const Exercise &e : m_content->catalogue().exercises()) {
            if (e.task == QLatin1String("create") && !CreateTask::letsChoose(e)
                && e.options.value(QStringLiteral("rule")).toObject().value(QStringLiteral("kind"))
                    == QLatin1String("starts-with")
                && e.structure->kind() == QLatin1String("permutation")) {
                set = &e;
                break;
            }
        }
        QVERIFY(set);
        QVERIFY(CreateTask::choices(*set).isEmpty());
        const auto rule = CreateTask::ruleOf(*set, QJsonArray());
        QVERIFY(rule && rule->kind == Kind::StartsWith);
        const Evaluator evaluator(m_content->engine());
        const Solution s = evaluator.solve(*set);
        QVERIFY(s.answer.isArray());
        QVERIFY(evaluator.evaluate(*set, s.answer).success);
    }

    // Every "create" with cards in every domain: at least two cards, and whichever the pupil
    // picks leaves enough different rows to make; the solution follows the first card.
    void everyOfferedRuleLeavesEnoughRows()
    {
        const Evaluator evaluator(m_content->engine());
        int choosing = 0;
        for (const Exercise &e : m_content->catalogue().exercises()) {
            if (e.task != QLatin1String("create") || !CreateTask::letsChoose(e))
                continue;
            ++choosing;
            const QList<CreateRule> offered = CreateTask::choices(e);
            QVERIFY2(offered.size() >= 2, qPrintable(e.id));
            for (const CreateRule &rule : offered) {
                QVERIFY2(CreateTask::matchingCount(e, rule) >= CreateTask::required(e),
                         qPrintable(e.id + QLatin1Char(' ') + rule.key()));
                QVERIFY2(!rule.usesElement() || rule.element < e.structure->elementCount(), qPrintable(e.id));
            }
            const Solution s = evaluator.solve(e);
            QVERIFY2(evaluator.evaluate(e, s.answer).success, qPrintable(e.id));
            QVERIFY2(!evaluator.evaluate(e, CreateTask::itemsOf(e, s.answer)).success, qPrintable(e.id));
        }
        QVERIFY(choosing >= 20);
    }

    void aPupilPicksARuleMakesRowsAndTheWorkIsKept()
    {
        ExerciseRun run(m_content->engine(), stage3(), m_clock);
        QSignalSpy picked(&run, &ExerciseRun::ruleChosen);
        QVERIFY(run.needsRuleChoice());
        QCOMPARE(run.ruleChoices().size(), 3);
        QVERIFY(!run.createRule());

        // Before a rule is picked no row counts.
        build(run, { 0, 1 });
        QCOMPARE(run.submitDraft().verdict, ExerciseRun::RowVerdict::Invalid);
        QVERIFY(run.rows().isEmpty());
        run.clearDraft();

        // Only an offered card can be picked.
        QVERIFY(!run.chooseRule({ Kind::EndsWith, 0 }));
        QVERIFY(!run.chooseRule({ Kind::StartsWith, 1 }));
        QCOMPARE(picked.count(), 0);
        QVERIFY(run.chooseRule({ Kind::NoNeighbourRepeat, 0 }));
        QCOMPARE(picked.count(), 1);
        QVERIFY(!run.needsRuleChoice());
        QCOMPARE(run.createRule()->kind, Kind::NoNeighbourRepeat);

        build(run, { 1, 1 });
        QCOMPARE(run.submitDraft().verdict, ExerciseRun::RowVerdict::BreaksRule);
        run.clearDraft();
        for (const Item &row : { Item { 0, 1 }, Item { 1, 2 } }) {
            build(run, row);
            QCOMPARE(run.submitDraft().verdict, ExerciseRun::RowVerdict::Accepted);
        }
        build(run, { 0, 1 });
        QCOMPARE(run.submitDraft().verdict, ExerciseRun::RowVerdict::Duplicate);
        run.clearDraft();
        // With rows made the rule stays.
        QVERIFY(!run.chooseRule({ Kind::StartsWith, 0 }));
        build(run, { 2, 0 });
        QCOMPARE(run.submitDraft().verdict, ExerciseRun::RowVerdict::Accepted);

        m_clock.advance(45'000);
        QVERIFY(run.finish().success);
        const AttemptRecord attempt = run.toAttempt();
        QVERIFY(attempt.success);
        QVERIFY(attempt.artifact);
        QCOMPARE(attempt.artifact->kind, QStringLiteral("arrangements"));
        QVERIFY2(attempt.artifact->title.contains(QLatin1String("no twins")), qPrintable(attempt.artifact->title));
        const QJsonObject content = attempt.artifact->content;
        QCOMPARE(content.value(QStringLiteral("id")).toString(), stage3().id);
        QVERIFY(content.value(QStringLiteral("ruleChosen")).toBool());
        QCOMPARE(content.value(QStringLiteral("rule")).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("no-neighbour-repeat"));
        QCOMPARE(content.value(QStringLiteral("rule")).toObject().value(QStringLiteral("required")).toInt(), 3);
        QCOMPARE(content.value(QStringLiteral("items")).toArray(), rows("[[0,1],[1,2],[2,0]]"));
        // The stored answer carries the rule too, so the attempt can be judged again later.
        QVERIFY(Evaluator(m_content->engine()).evaluate(stage3(), attempt.answer).success);
    }

    void aRuleWithAnElementNamesItForTheTeacher()
    {
        ExerciseRun run(m_content->engine(), stage3(), m_clock);
        QVERIFY(run.chooseRule({ Kind::StartsWith, 0 }));
        const QString name = run.ruleElement().value(QStringLiteral("name")).toString();
        QVERIFY(!name.isEmpty());
        QCOMPARE(name, run.elements().at(0).toObject().value(QStringLiteral("name")).toString());
        for (const Item &row : { Item { 0, 0 }, Item { 0, 1 }, Item { 0, 2 } }) {
            build(run, row);
            QCOMPARE(run.submitDraft().verdict, ExerciseRun::RowVerdict::Accepted);
        }
        QVERIFY(run.finish().success);
        const QString title = run.toAttempt().artifact->title;
        QVERIFY2(title.contains(name) && title.contains(QLatin1String("start with")), qPrintable(title));
    }
};

QTEST_GUILESS_MAIN(TestCreateRule)
#include "tst_createrule.moc"
