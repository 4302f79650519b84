#pragma once

#include "exercises/framework/task.h"

namespace stages {

/// "Which ones are missing?" The screen shows all items but "missing" of them (in systematic
/// order, or shuffled with option "shuffled"). Answer: the list of missing items (a single
/// item is accepted when one is missing).
class FindMissingTask final : public Task
{
public:
    QString key() const override { return QStringLiteral("find-missing"); }
    AnswerKind answerKind() const override { return AnswerKind::Rows; }
    bool suits(const Structure &structure) const override;
    bool seeded() const override { return true; }
    QJsonObject prompt(const Exercise &exercise, const ExerciseEngine &engine) const override;
    Solution solve(const Exercise &exercise) const override;
    Evaluation evaluate(const Exercise &exercise, const QJsonValue &answer) const override;
    QString variantKey(const Exercise &exercise) const override;

    static constexpr qint64 kMaxItems = 60;

private:
    struct Plan
    {
        QList<int> given; ///< positions in the systematic order, in the order shown
        QList<int> missing; ///< positions in the systematic order
    };
    static Plan plan(const Exercise &exercise);
    struct Setup
    {
        ItemList given;
        ItemList missing;
    };
    static Setup setup(const Exercise &exercise);
};

} // namespace stages
