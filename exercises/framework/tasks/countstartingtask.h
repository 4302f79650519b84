#pragma once

#include "exercises/framework/task.h"

namespace stages {

/// "How many rows start with ●?" The element (a value of the first position) is drawn from the
/// seed among those that start at least one row. Checked against the structure's closed form
/// Structure::countStartingWith(), so it suits exactly the structures that have one (not rings
/// or rhythms, whose first place a child can turn away). Options: "listing" as in count.
/// Prompt: "element" (the value), "symbol" (the element shown), "listing". Answer: a number.
class CountStartingTask final : public Task
{
public:
    QString key() const override { return QStringLiteral("count-starting"); }
    AnswerKind answerKind() const override { return AnswerKind::Number; }
    bool suits(const Structure &structure) const override;
    bool seeded() const override { return true; }
    QString variantKey(const Exercise &exercise) const override;
    QJsonObject prompt(const Exercise &exercise, const ExerciseEngine &engine) const override;
    Solution solve(const Exercise &exercise) const override;
    Evaluation evaluate(const Exercise &exercise, const QJsonValue &answer) const override;

    /// The value the rows are asked to start with.
    static int element(const Exercise &exercise);
};

} // namespace stages
