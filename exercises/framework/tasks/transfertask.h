#pragma once

#include "exercises/framework/task.h"

namespace stages {

/// "Show the same arrangement in another skin" ("this melody as colours"). The prompt shows one
/// item in the exercise's skin and names the target skin and its elements (options "targetSkin",
/// "targetElements"); the answer is the same item built from the target elements (an item of
/// element indexes, like every answer).
class TransferTask final : public Task
{
public:
    QString key() const override { return QStringLiteral("transfer"); }
    AnswerKind answerKind() const override { return AnswerKind::Row; }
    bool suits(const Structure &structure) const override;
    bool seeded() const override { return true; }
    QJsonObject prompt(const Exercise &exercise, const ExerciseEngine &engine) const override;
    Solution solve(const Exercise &exercise) const override;
    Evaluation evaluate(const Exercise &exercise, const QJsonValue &answer) const override;
    QString variantKey(const Exercise &exercise) const override;

private:
    static int shownPosition(const Exercise &exercise);
    static Item shownItem(const Exercise &exercise);
};

} // namespace stages
