#pragma once

#include "exercises/framework/task.h"

namespace stages::geometry {

/// "complete-symmetry": half a figure is given on a grid, with its mirror line(s) (or its centre
/// for a half turn); the pupil fills the cells that make it symmetric. For the symmetry
/// structure; the figure is chosen by the exercise's seed.
/// Prompt: {"width", "height", "symmetry", "given": the filled cells of the half shown (cell =
/// row × width + column, row 0 at the top)}.
/// Answer: the cells filled, a list of cell numbers ([5, 6] or [[5], [6]]), in any order.
/// A cell that is not part of the figure is invalid; a cell already given or filled twice is a
/// duplicate; missing = cells of the figure not filled yet. Score: right cells / cells to fill;
/// success: all of them, none wrong, none twice. Solution: the cells to fill, in order.
class CompleteSymmetryTask final : public Task
{
public:
    QString key() const override { return QStringLiteral("complete-symmetry"); }
    AnswerKind answerKind() const override { return AnswerKind::Custom; }
    bool suits(const Structure &structure) const override;
    bool seeded() const override { return true; }
    QString variantKey(const Exercise &exercise) const override;
    QJsonObject prompt(const Exercise &exercise, const ExerciseEngine &engine) const override;
    Solution solve(const Exercise &exercise) const override;
    Evaluation evaluate(const Exercise &exercise, const QJsonValue &answer) const override;

    /// The whole symmetric figure of the exercise.
    static Item figure(const Exercise &exercise);
    /// Filled cells of the half shown, and the cells still to fill, each as [cell], in order.
    static ItemList given(const Exercise &exercise);
    static ItemList toFill(const Exercise &exercise);
};

} // namespace stages::geometry
