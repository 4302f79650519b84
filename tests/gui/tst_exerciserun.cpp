// ExerciseRun: the exercise screen's session without widgets. Rows judged at once through the
// Evaluator (accepted, duplicate with its twin, invalid, breaking a create rule), the answer
// each task hands to the Evaluator, hints counted, the time from the clock, and the attempt
// (with the artifact for "create").

#include "core/clock.h"
#include "exercises/domains/domains.h"
#include "exercises/framework/evaluator.h"
#include "exercises/framework/session/exerciserun.h"
#include "exercises/framework/tasks/createtask.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace stages;

Q_DECLARE_METATYPE(ExerciseRun::RowVerdict)

namespace {

ItemList parseItems(const char *json)
{
    ItemList items;
    for (const QJsonValue &v : QJsonDocument::fromJson(json).array())
        items.append(itemFromJson(v).value());
    return items;
}

} // namespace

class TestExerciseRun : public QObject
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

    /// Places @p item through the palette, as the screen does for clicks.
    static void build(ExerciseRun &run, const Item &item)
    {
        const auto palette = run.palette();
        for (int position = 0; position < item.size(); ++position) {
            bool placed = false;
            for (const ExerciseRun::PaletteToken &t : palette) {
                if (t.value == item.at(position) && (t.position < 0 || t.position == position)) {
                    QVERIFY(run.placeAt(position, t));
                    placed = true;
                    break;
                }
            }
            QVERIFY2(placed, "no palette token for the value");
        }
    }

private slots:
    void initTestCase() { m_content = makeExerciseContent(); }

    void rowsAreJudgedAtOnce_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<ItemList>("rows");
        QTest::addColumn<QList<ExerciseRun::RowVerdict>>("verdicts");
        QTest::addColumn<QList<int>>("twins");
        QTest::addColumn<int>("accepted");
        using V = ExerciseRun::RowVerdict;
        QTest::newRow("build-all, every order of two")
            << QStringLiteral("comb/perm/n2/colors/build-all/s1") << parseItems("[[0,1],[1,0]]")
            << QList<V> { V::Accepted, V::Accepted } << QList<int> { -1, -1 } << 2;
        QTest::newRow("build-all, a repeat points at its twin")
            << QStringLiteral("comb/perm/n3/colors/build-all/s1") << parseItems("[[0,1,2],[2,1,0],[2,1,0]]")
            << QList<V> { V::Accepted, V::Accepted, V::Duplicate } << QList<int> { -1, -1, 1 } << 2;
        QTest::newRow("build-all, an element twice is not an order")
            << QStringLiteral("comb/perm/n3/shapes/build-all/s1") << parseItems("[[0,0,1],[0,1,2]]")
            << QList<V> { V::Invalid, V::Accepted } << QList<int> { -1, -1 } << 1;
        QTest::newRow("necklace, a turned copy is a duplicate")
            << QStringLiteral("comb/neck/n3k2/colors/build-all/s1") << parseItems("[[0,0,1],[1,0,0]]")
            << QList<V> { V::Accepted, V::Duplicate } << QList<int> { -1, 0 } << 1;
        QTest::newRow("create, a row breaking the rule")
            << QStringLiteral("comb/seq/n3k3/colors/create/s1") << parseItems("[[0,1,0],[0,0,1],[0,1,0]]")
            << QList<V> { V::Accepted, V::BreaksRule, V::Duplicate } << QList<int> { -1, -1, 0 } << 1;
    }

    void rowsAreJudgedAtOnce()
    {
        QFETCH(QString, id);
        QFETCH(ItemList, rows);
        QFETCH(QList<ExerciseRun::RowVerdict>, verdicts);
        QFETCH(QList<int>, twins);
        QFETCH(int, accepted);
        ExerciseRun run(m_content->engine(), exercise(id), m_clock);
        QCOMPARE(run.answerKind(), ExerciseRun::AnswerKind::Rows);
        for (int i = 0; i < rows.size(); ++i) {
            run.clearDraft();
            build(run, rows.at(i));
            QVERIFY(run.draftComplete());
            const ExerciseRun::RowResult r = run.submitDraft();
            QCOMPARE(r.verdict, verdicts.at(i));
            QCOMPARE(r.twinRow, twins.at(i));
            // An accepted row empties the draft; a refused one stays for the pupil to see.
            QCOMPARE(run.draftComplete(), r.verdict != ExerciseRun::RowVerdict::Accepted);
        }
        QCOMPARE(run.rows().size(), accepted);
    }

    void findMissingNamesTheShownTwin()
    {
        const Exercise e = exercise(QStringLiteral("comb/perm/n3/digits/find-missing/s1"));
        ExerciseRun run(m_content->engine(), e, m_clock);
        const ItemList given = run.givenItems();
        QCOMPARE(given.size(), 5);
        QCOMPARE(run.targetCount(), 1);
        build(run, given.at(2));
        const ExerciseRun::RowResult r = run.submitDraft();
        QCOMPARE(r.verdict, ExerciseRun::RowVerdict::Duplicate);
        QCOMPARE(r.twinRow, -1);
        QCOMPARE(r.twinGiven, 2);
    }

    void productTokensGoToTheirGroup()
    {
        ExerciseRun run(m_content->engine(), exercise(QStringLiteral("comb/prod/g2x3/colors/build-all/s1")), m_clock);
        const auto palette = run.palette();
        QCOMPARE(palette.size(), 5);
        QCOMPARE(palette.at(2).position, 1);
        QCOMPARE(palette.at(2).symbol, 2);
        QCOMPARE(palette.at(2).value, 0);
        QVERIFY(!run.placeAt(0, palette.at(3))); // a second-group token never goes to the first slot
        QVERIFY(run.place(palette.at(3)));
        QCOMPARE(run.draft(), (Item { -1, 1 }));
        QVERIFY(run.place(palette.at(1)));
        QCOMPARE(run.symbolOf(1, 1), 3);
        QCOMPARE(run.submitDraft().verdict, ExerciseRun::RowVerdict::Accepted);
    }

    void everyTaskAcceptsItsSolution_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("kind");
        QTest::newRow("build-all") << QStringLiteral("comb/perm/n3/letters/build-all/s1")
                                   << int(ExerciseRun::AnswerKind::Rows);
        QTest::newRow("find-missing") << QStringLiteral("comb/perm/n4/colors/find-missing/s1")
                                      << int(ExerciseRun::AnswerKind::Rows);
        QTest::newRow("create") << QStringLiteral("comb/perm/n3/colors/create/s1")
                                << int(ExerciseRun::AnswerKind::Rows);
        QTest::newRow("next-in-order") << QStringLiteral("comb/perm/n4/letters/next-in-order/s1")
                                       << int(ExerciseRun::AnswerKind::Row);
        QTest::newRow("transfer") << QStringLiteral("comb/perm/n3/colors/transfer/s1")
                                  << int(ExerciseRun::AnswerKind::Row);
        QTest::newRow("count") << QStringLiteral("comb/perm/n5/digits/count/s1")
                               << int(ExerciseRun::AnswerKind::Number);
        QTest::newRow("spot-duplicate") << QStringLiteral("comb/perm/n3/shapes/spot-duplicate/s1")
                                        << int(ExerciseRun::AnswerKind::Choice);
        QTest::newRow("count-starting") << QStringLiteral("comb/perm/n3/digits/count-starting/s1")
                                        << int(ExerciseRun::AnswerKind::Number);
        QTest::newRow("same-in-every-row") << QStringLiteral("comb/perm/n3/colors/same-in-every-row/s1")
                                           << int(ExerciseRun::AnswerKind::Choice);
        QTest::newRow("predict-more") << QStringLiteral("comb/perm/n3/colors/predict-more/s1")
                                      << int(ExerciseRun::AnswerKind::Number);
    }

    void everyTaskAcceptsItsSolution()
    {
        QFETCH(QString, id);
        QFETCH(int, kind);
        const Exercise e = exercise(id);
        ExerciseRun run(m_content->engine(), e, m_clock);
        QCOMPARE(int(run.answerKind()), kind);
        QVERIFY(!run.hasAnswer());
        const Solution solution = Evaluator(m_content->engine()).solve(e);
        switch (run.answerKind()) {
        case ExerciseRun::AnswerKind::Rows:
            for (const QJsonValue &v : solution.answer.toArray()) {
                build(run, itemFromJson(v).value());
                QCOMPARE(run.submitDraft().verdict, ExerciseRun::RowVerdict::Accepted);
            }
            break;
        case ExerciseRun::AnswerKind::Row:
            build(run, itemFromJson(solution.answer).value());
            break;
        case ExerciseRun::AnswerKind::Number:
            run.setNumber(int(solution.count));
            break;
        case ExerciseRun::AnswerKind::Choice:
            run.choose(solution.answer.toInt());
            break;
        case ExerciseRun::AnswerKind::Custom:
            QFAIL("framework tasks have an answer kind the shared screen knows");
        }
        QVERIFY(run.hasAnswer());
        QCOMPARE(run.answer(), solution.answer);
        m_clock.advance(12'345);
        const Evaluation result = run.finish();
        QVERIFY(result.success);
        QCOMPARE(result.score, 1.0);
        QVERIFY(run.isFinished());
        m_clock.advance(5'000); // the time stopped at "I'm done"
        const AttemptRecord a = run.toAttempt();
        QCOMPARE(a.exerciseId, id);
        QCOMPARE(a.domain, QStringLiteral("combinatorics"));
        QCOMPARE(a.stage, e.stage);
        QCOMPARE(a.durationMs, 12'345);
        QVERIFY(a.success);
        QCOMPARE(a.hintsUsed, 0);
        QCOMPARE(a.answer, solution.answer);
        QCOMPARE(a.artifact.has_value(), e.task == QLatin1String("create"));
        if (a.artifact) {
            QCOMPARE(a.artifact->kind, QStringLiteral("arrangements"));
            QCOMPARE(a.artifact->content, CreateTask::artifactContent(e, m_content->engine(), solution.answer));
        }
        // Finished: nothing changes any more.
        QVERIFY(!run.place(run.palette().first()));
    }

    void wrongAnswersScoreBelowOne_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("answer");
        QTest::addColumn<double>("score");
        QTest::addColumn<int>("hint");
        QTest::newRow("count too low") << QStringLiteral("comb/perm/n5/digits/count/s1") << QStringLiteral("24") << 0.0
                                       << int(Hint::Kind::TooLow);
        QTest::newRow("count too high") << QStringLiteral("comb/perm/n5/digits/count/s1") << QStringLiteral("720")
                                        << 0.0 << int(Hint::Kind::TooHigh);
        QTest::newRow("spot-duplicate, a single row")
            << QStringLiteral("comb/perm/n3/shapes/spot-duplicate/s1") << QStringLiteral("choice") << 0.0
            << int(Hint::Kind::ChooseAgain);
        QTest::newRow("build-all, half") << QStringLiteral("comb/perm/n2/colors/build-all/s1")
                                         << QStringLiteral("[[1,0]]") << 0.5 << int(Hint::Kind::MissingItem);
    }

    void wrongAnswersScoreBelowOne()
    {
        QFETCH(QString, id);
        QFETCH(QString, answer);
        QFETCH(double, score);
        QFETCH(int, hint);
        const Exercise e = exercise(id);
        ExerciseRun run(m_content->engine(), e, m_clock);
        if (run.answerKind() == ExerciseRun::AnswerKind::Number) {
            run.setNumber(answer.toInt());
        } else if (run.answerKind() == ExerciseRun::AnswerKind::Choice) {
            // Any row that is not one of the twins.
            const Solution solution = Evaluator(m_content->engine()).solve(e);
            const ItemList given = run.givenItems();
            const Item twin = given.at(solution.answer.toInt());
            for (int i = 0; i < given.size(); ++i) {
                if (given.at(i) != twin) {
                    run.choose(i);
                    break;
                }
            }
        } else {
            for (const Item &item : parseItems(answer.toLatin1().constData())) {
                build(run, item);
                QCOMPARE(run.submitDraft().verdict, ExerciseRun::RowVerdict::Accepted);
            }
        }
        QCOMPARE(int(run.takeHint().kind), hint);
        QCOMPARE(run.takeHint().kind, Hint::Kind(hint));
        QCOMPARE(run.hintsUsed(), 2);
        const Evaluation result = run.finish();
        QVERIFY(!result.success);
        QCOMPARE(result.score, score);
        QCOMPARE(run.toAttempt().hintsUsed, 2);
        QVERIFY(!run.toAttempt().success);
        QCOMPARE(run.takeHint().kind, Hint::Kind::None); // no hints after the end
        QCOMPARE(run.hintsUsed(), 2);
    }

    void buildAllHintShowsTheFirstMissingInOrder()
    {
        ExerciseRun run(m_content->engine(), exercise(QStringLiteral("comb/perm/n3/digits/build-all/s1")), m_clock);
        build(run, { 0, 1, 2 });
        QCOMPARE(run.submitDraft().verdict, ExerciseRun::RowVerdict::Accepted);
        const Hint hint = run.takeHint();
        QCOMPARE(hint.kind, Hint::Kind::MissingItem);
        QCOMPARE(hint.item, (Item { 0, 2, 1 }));
        QCOMPARE(run.targetCount(), -1); // stage 2 does not show the total
    }

    void slotsEmptyAndRefill()
    {
        ExerciseRun run(m_content->engine(), exercise(QStringLiteral("comb/perm/n4/letters/next-in-order/s1")),
                        m_clock);
        QSignalSpy changed(&run, &ExerciseRun::draftChanged);
        const auto palette = run.palette();
        QVERIFY(run.place(palette.at(3)));
        QVERIFY(run.place(palette.at(1)));
        QCOMPARE(run.draft(), (Item { 3, 1, -1, -1 }));
        run.clearSlot(0);
        QCOMPARE(run.draft(), (Item { -1, 1, -1, -1 }));
        QVERIFY(run.place(palette.at(2)));
        QCOMPARE(run.draft(), (Item { 2, 1, -1, -1 }));
        QVERIFY(!run.hasAnswer());
        QCOMPARE(changed.count(), 4);
        run.clearDraft();
        QCOMPARE(run.draft(), (Item { -1, -1, -1, -1 }));
    }
};

QTEST_GUILESS_MAIN(TestExerciseRun)
#include "tst_exerciserun.moc"
