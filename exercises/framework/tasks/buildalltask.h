#pragma once

#include "exercises/framework/task.h"

namespace stages {

/// "Find all the ways": the pupil builds every arrangement. Options: "showTotal" (later stages
/// show "found X of N"). Answer: a list of items. Score: distinct correct items / N; success
/// when all N are there with no duplicate and no invalid entry.
class BuildAllTask final : public Task
{
public:
    QString key() const override { return QStringLiteral("build-all"); }
    AnswerKind answerKind() const override { return AnswerKind::Rows; }
    bool suits(const Structure &structure) const override;
    QJsonObject prompt(const Exercise &exercise, const ExerciseEngine &engine) const override;
    Solution solve(const Exercise &exercise) const override;
    Evaluation evaluate(const Exercise &exercise, const QJsonValue &answer) const override;

    /// Largest number of items a pupil is asked to build (6 elements: 720 orders).
    static constexpr qint64 kMaxItems = 720;
};

} // namespace stages
