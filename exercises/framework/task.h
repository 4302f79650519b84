#pragma once

#include "exercises/framework/answerkind.h"
#include "exercises/framework/evaluation.h"
#include "exercises/framework/exercise.h"
#include "exercises/framework/itemchecker.h"

#include <QJsonObject>
#include <QJsonValue>

namespace stages {

class ExerciseEngine;

/// What the pupil does with a structure: build all, count, find the missing one ...
///
/// A task is stateless: the prompt, the solution and the evaluation follow from the exercise
/// alone (its seed drives the random parts), so the app, stagesctl and tests always agree.
/// Domains register more tasks (play-back, listen-identify, tap-rhythm) in TaskRegistry.
/// The answer JSON each task accepts is documented in exercises/framework/README.md.
class Task
{
public:
    virtual ~Task() = default;

    /// Stable key: "build-all", "count" ...
    virtual QString key() const = 0;
    /// How the pupil answers: decides which screen shows the task (Custom: the domain's own).
    virtual AnswerKind answerKind() const { return AnswerKind::Custom; }
    /// Whether the pupil makes something of their own (create, compose): too long for a warm-up,
    /// kept as an artifact.
    virtual bool isCreative() const { return false; }
    /// Whether this task can be asked about @p structure (listing tasks need a small count).
    virtual bool suits(const Structure &structure) const = 0;
    /// Whether the exercise seed changes what the pupil sees (then variants differ by seed alone).
    virtual bool seeded() const { return false; }
    /// For seeded tasks: a short text that is equal for two exercises exactly when their seeded
    /// parts look the same (which items are missing ...). Cheap: never enumerates.
    virtual QString variantKey(const Exercise &exercise) const
    {
        Q_UNUSED(exercise);
        return {};
    }

    /// The task-specific part of what the screen shows (given items, rule, target skin ...).
    virtual QJsonObject prompt(const Exercise &exercise, const ExerciseEngine &engine) const = 0;
    virtual Solution solve(const Exercise &exercise) const = 0;
    virtual Evaluation evaluate(const Exercise &exercise, const QJsonValue &answer) const = 0;

protected:
    /// Runs every entry of a list answer through @p checker: fills correct, duplicateIndexes and
    /// invalidIndexes. An answer that is not a list counts as one invalid entry.
    static Evaluation checkList(const QJsonValue &answer, ItemChecker &checker);
    /// Accepts a single item where a list is expected ([0,1] as [[0,1]]).
    static QJsonValue asList(const QJsonValue &answer);
    /// @p pick distinct positions in [0, count), sorted, drawn from @p seed.
    static QList<int> seededPositions(quint64 seed, int count, int pick);
    /// First hint for a list answer: a duplicate, else an invalid entry, else none.
    static Hint listHint(const Evaluation &evaluation);
    /// A whole-number answer against @p expected: right or wrong, too-high / too-low hints, and
    /// anything that is not a whole number >= 0 as one invalid entry.
    static Evaluation checkNumber(const QJsonValue &answer, qint64 expected);
    /// Score of a single right-or-wrong answer.
    static void setRightOrWrong(Evaluation &evaluation, bool right);
};

} // namespace stages
