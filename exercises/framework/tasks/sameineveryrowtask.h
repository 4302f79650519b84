#pragma once

#include "exercises/framework/task.h"

namespace stages {

/// "What is the same in every row?" The screen shows a group of rows that share one thing (all
/// the orders with ● first, all the outfits with the same hat, all the pairs holding ■) and
/// three choices: partial rows with one element in one place (ordered rows, outfits, paths:
/// Structure::Sameness::Position), or single elements (rows in any order:
/// Sameness::Contains). The pupil taps the one that holds for every shown row. The group and
/// the choices come from the seed; the answer is checked against the shown rows, so any choice
/// true of all of them is right. Option "shuffled": the group in a shuffled order.
/// Prompt: "given" (the rows), "choices" (items, -1 for an empty place), "sameness"
/// ("position" or "contains"). Answer: the index of a choice.
class SameInEveryRowTask final : public Task
{
public:
    QString key() const override { return QStringLiteral("same-in-every-row"); }
    AnswerKind answerKind() const override { return AnswerKind::Choice; }
    bool suits(const Structure &structure) const override;
    bool seeded() const override { return true; }
    QString variantKey(const Exercise &exercise) const override;
    QJsonObject prompt(const Exercise &exercise, const ExerciseEngine &engine) const override;
    Solution solve(const Exercise &exercise) const override;
    Evaluation evaluate(const Exercise &exercise, const QJsonValue &answer) const override;

    /// Rows a group may have (enough to notice, few enough to see at once).
    static constexpr int kMinGroup = 2;
    static constexpr int kMaxGroup = 12;
    static constexpr qint64 kMaxItems = 60;

    /// Whether @p row has the property @p choice stands for (one element in one place, or an
    /// element anywhere), as @p structure sees its rows.
    static bool holds(const Structure &structure, const Item &choice, const Item &row);

    struct Setup
    {
        ItemList given;
        ItemList choices;
        int right = -1; ///< the choice the group was made from
    };
    static Setup setup(const Exercise &exercise);
};

} // namespace stages
