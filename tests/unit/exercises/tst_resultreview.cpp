// ResultReview: every wrong answer shows the right one. For every exercise of the catalogue,
// finishing without an answer gives a review with the right rows (the whole list for build-all,
// the missing rows, the right row, what was counted), each a row of the exercise, marked missing
// where the pupil could have found it.

#include "core/clock.h"
#include "exercises/domains/domains.h"
#include "exercises/framework/session/exerciserun.h"
#include "exercises/framework/session/resultreview.h"

#include <QTest>

using namespace stages;

class TestResultReview : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const ExerciseContent> m_content;
    ManualClock m_clock;

private slots:
    void initTestCase() { m_content = makeExerciseContent(); }

    void wrongAnswersShowTheRightOnes()
    {
        int checked = 0;
        QSet<QString> tasks;
        for (const Exercise &exercise : m_content->catalogue().exercises()) {
            ExerciseRun run(m_content->engine(), exercise, m_clock);
            // The exercise screen's tasks; "create" has no right answer (it keeps the pupil's own
            // rows) and music's own tasks have their own screens.
            static const QStringList screenTasks = QStringLiteral(
                "build-all find-missing next-in-order transfer count count-starting predict-more same-in-every-row "
                "spot-duplicate").split(QLatin1Char(' '));
            if (!screenTasks.contains(exercise.task))
                continue;
            run.finish();
            const ResultReview review = ResultReview::of(run);
            const QString task = exercise.task;
            QVERIFY2(!review.caption.isEmpty(), qPrintable(exercise.id));
            QCOMPARE(review.marks.size(), review.rows.size());
            const bool countTooBig = (task == QLatin1String("count") || task == QLatin1String("count-starting"))
                && review.rows.isEmpty();
            if (task != QLatin1String("predict-more") && !countTooBig)
                QVERIFY2(!review.rows.isEmpty(), qPrintable(exercise.id + QLatin1String(": no right answer shown")));
            // same-in-every-row shows the common part (an element, a place), not a whole row.
            const qsizetype length = task == QLatin1String("same-in-every-row") ? -1 : run.itemLength();
            for (const Item &row : std::as_const(review.rows))
                QVERIFY2(!row.isEmpty() && (length < 0 || row.size() == length), qPrintable(exercise.id));
            if (task == QLatin1String("build-all")) {
                QCOMPARE(review.rows, run.allItems());
                QVERIFY(review.bySystem);
                QVERIFY(!review.marks.contains(ResultReview::Mark::Found));
            }
            if (task == QLatin1String("find-missing"))
                QVERIFY(!review.marks.contains(ResultReview::Mark::Found));
            if (task == QLatin1String("transfer"))
                QVERIFY(review.paletteLook);
            tasks.insert(task);
            ++checked;
        }
        QVERIFY(checked > 20);
        for (const char *task : { "build-all", "find-missing", "next-in-order", "count", "transfer" })
            QVERIFY2(tasks.contains(QLatin1String(task)), task);
    }

    void foundRowsAreMarkedFound()
    {
        for (const Exercise &exercise : m_content->catalogue().exercises()) {
            if (exercise.task != QLatin1String("build-all"))
                continue;
            ExerciseRun run(m_content->engine(), exercise, m_clock);
            const Item first = run.allItems().value(0);
            for (int i = 0; i < first.size(); ++i) {
                for (const ExerciseRun::PaletteToken &t : run.palette()) {
                    if (t.value == first.at(i)) {
                        run.placeAt(i, t);
                        break;
                    }
                }
            }
            QCOMPARE(run.submitDraft().verdict, ExerciseRun::RowVerdict::Accepted);
            run.finish();
            const ResultReview review = ResultReview::of(run);
            QCOMPARE(review.marks.value(0), ResultReview::Mark::Found);
            QCOMPARE(review.marks.count(ResultReview::Mark::Found), 1);
            QVERIFY(review.caption.contains(QLatin1String("1")));
            return;
        }
        QFAIL("no build-all exercise in the catalogue");
    }
};

QTEST_GUILESS_MAIN(TestResultReview)
#include "tst_resultreview.moc"
