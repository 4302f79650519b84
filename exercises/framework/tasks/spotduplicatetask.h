#pragma once

#include "exercises/framework/task.h"

namespace stages {

/// "One of them is there twice - which?" The screen shows all items plus a second copy of one
/// (in systematic order, or shuffled with option "shuffled"). Answer: the index of either copy
/// in the given list (a number); the repeated item itself ([0,2,1]) is accepted as well.
class SpotDuplicateTask final : public Task
{
public:
    QString key() const override { return QStringLiteral("spot-duplicate"); }
    AnswerKind answerKind() const override { return AnswerKind::Choice; }
    bool suits(const Structure &structure) const override;
    bool seeded() const override { return true; }
    QJsonObject prompt(const Exercise &exercise, const ExerciseEngine &engine) const override;
    Solution solve(const Exercise &exercise) const override;
    Evaluation evaluate(const Exercise &exercise, const QJsonValue &answer) const override;
    QString variantKey(const Exercise &exercise) const override;

    static constexpr qint64 kMaxItems = 60;

private:
    /// Positions in the systematic order, in the order shown (one of them twice).
    static QList<int> plan(const Exercise &exercise, int *first, int *second);
    struct Setup
    {
        ItemList given;
        int first = -1; ///< index of the original
        int second = -1; ///< index of the copy
    };
    static Setup setup(const Exercise &exercise);
};

} // namespace stages
