#pragma once

#include "exercises/framework/task.h"

namespace stages {

/// "These make 6 rows. How many with one more?" The pupil predicts the count of the structure
/// with one more element (Structure::withOneMore(): 3 colours -> 4, one more choice in the first
/// group of an outfit); the ladder follows it with a build-all or a count of that bigger
/// structure, to check. Prompt: "known" (the count now), "moreCount" (how many elements then),
/// "newElement" (the skin element that joins, when the skin has one more). Answer: a number.
class PredictMoreTask final : public Task
{
public:
    QString key() const override { return QStringLiteral("predict-more"); }
    AnswerKind answerKind() const override { return AnswerKind::Number; }
    bool suits(const Structure &structure) const override;
    QJsonObject prompt(const Exercise &exercise, const ExerciseEngine &engine) const override;
    Solution solve(const Exercise &exercise) const override;
    Evaluation evaluate(const Exercise &exercise, const QJsonValue &answer) const override;

    /// Rows the known structure should be small enough to have been listed.
    static constexpr qint64 kMaxKnown = 60;
};

} // namespace stages
