#pragma once

#include "exercises/framework/task.h"

namespace stages {

/// "How many are there?" Options: "listing" (true: the pupil may list them on the screen;
/// false: counting without listing). Answer: a number.
class CountTask final : public Task
{
public:
    QString key() const override { return QStringLiteral("count"); }
    AnswerKind answerKind() const override { return AnswerKind::Number; }
    bool suits(const Structure &structure) const override { return structure.count() >= 1; }
    QJsonObject prompt(const Exercise &exercise, const ExerciseEngine &engine) const override;
    Solution solve(const Exercise &exercise) const override;
    Evaluation evaluate(const Exercise &exercise, const QJsonValue &answer) const override;
};

} // namespace stages
