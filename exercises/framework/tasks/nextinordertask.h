#pragma once

#include "exercises/framework/task.h"

namespace stages {

/// "What comes next?" The screen shows "shown" (default 3) consecutive items of the systematic
/// order; the answer is the item that follows them.
class NextInOrderTask final : public Task
{
public:
    QString key() const override { return QStringLiteral("next-in-order"); }
    AnswerKind answerKind() const override { return AnswerKind::Row; }
    bool suits(const Structure &structure) const override;
    bool seeded() const override { return true; }
    QJsonObject prompt(const Exercise &exercise, const ExerciseEngine &engine) const override;
    Solution solve(const Exercise &exercise) const override;
    Evaluation evaluate(const Exercise &exercise, const QJsonValue &answer) const override;
    QString variantKey(const Exercise &exercise) const override;

private:
    static int startPosition(const Exercise &exercise);
    struct Setup
    {
        ItemList given;
        Item next;
        int position = 0; ///< index of the first given item in the systematic order
    };
    static Setup setup(const Exercise &exercise);
};

} // namespace stages
