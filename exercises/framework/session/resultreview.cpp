#include "exercises/framework/session/resultreview.h"

#include "exercises/framework/evaluator.h"
#include "exercises/framework/session/exerciserun.h"

#include <QJsonArray>

namespace stages {

namespace {

constexpr int kListSlot = 52;

} // namespace

ResultReview ResultReview::of(const ExerciseRun &run)
{
    ResultReview r;
    const Evaluation &e = run.result();
    const QString task = run.exercise().task;
    const Solution solution = Evaluator(run.engine()).solve(run.exercise());
    const auto markFound = [&r, &run] {
        for (const Item &item : std::as_const(r.rows))
            r.marks.append(run.found(item) ? Mark::Found : Mark::Missing);
    };
    const auto allMarked = [&r](Mark mark) { r.marks = QList<Mark>(r.rows.size(), mark); };

    if (task == QLatin1String("build-all")) {
        r.rows = run.allItems();
        markFound();
        r.bySystem = true;
        r.largestSlot = kListSlot;
        //: Shown above the whole list in systematic order; %1 found by the pupil, %2 in all
        r.caption = tr("You found %1 of %2. Here they all are, in order:").arg(e.correct.size()).arg(r.rows.size());
    } else if (task == QLatin1String("find-missing")) {
        for (const QJsonValue &v : solution.answer.toArray())
            r.rows.append(itemFromJson(v).value_or(Item()));
        markFound();
        r.caption = tr("The missing rows:");
    } else if (task == QLatin1String("next-in-order") || task == QLatin1String("transfer")) {
        r.rows.append(itemFromJson(solution.answer).value_or(Item()));
        r.marks.append(e.success ? Mark::Found : Mark::None);
        r.paletteLook = task == QLatin1String("transfer");
        r.caption = e.success ? tr("Your row:") : tr("The right row:");
    } else if (task == QLatin1String("count")) {
        //: The answer of a counting exercise
        r.caption = tr("There are %1.").arg(solution.count);
        // A wrong count shows what was counted: every row in the systematic order, when they fit.
        if (!e.success && solution.count <= kMaxCountShown) {
            r.rows = run.allItems();
            allMarked(Mark::None);
            //: The answer of a counting exercise, above all the rows in systematic order
            r.caption = tr("There are %1. Here they all are, in order:").arg(solution.count);
        }
    } else if (task == QLatin1String("count-starting")) {
        //: The answer of "how many rows start with this one"
        r.caption = tr("%n row(s) start with it.", nullptr, int(solution.count));
        if (!e.success && solution.count <= kMaxCountShown) {
            const int element = run.prompt().value(QStringLiteral("element")).toInt();
            for (const Item &item : run.allItems()) {
                if (!item.isEmpty() && item.first() == element)
                    r.rows.append(item);
            }
            allMarked(Mark::None);
        }
    } else if (task == QLatin1String("predict-more")) {
        //: The answer of a predicting exercise: the count with one more element
        r.caption = tr("With one more there are %1. Next, check it!").arg(solution.count);
    } else if (task == QLatin1String("same-in-every-row")) {
        const int right = solution.answer.toInt(-1);
        const ItemList choices = run.choiceItems();
        if (right >= 0 && right < choices.size())
            r.rows.append(choices.at(right));
        allMarked(Mark::Found);
        r.caption = tr("This is the same in every row:");
    } else if (task == QLatin1String("spot-duplicate")) {
        const ItemList given = run.givenItems();
        const int twin = solution.answer.toInt(-1);
        if (twin >= 0 && twin < given.size())
            r.rows.append(given.at(twin));
        allMarked(Mark::Found);
        r.caption = tr("This row was there twice:");
    } else if (task == QLatin1String("create")) {
        r.rows = run.rows();
        allMarked(Mark::Found);
        r.caption = tr("Your rows, kept for your teacher:");
    }
    return r;
}

} // namespace stages
