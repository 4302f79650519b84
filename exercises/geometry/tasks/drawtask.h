#pragma once

#include "exercises/framework/task.h"

namespace stages::geometry {

/// "draw": connect points on a circle; the app checks the figure. For a star polygon {n/k} the
/// pupil draws its n lines (n/2 when 2k = n); for chords every segment, every diagonal, or every
/// triangle (three corners).
/// Prompt: {"points": n, "figure": "star" | "segment" | "diagonal" | "triangle", "step": k (star
/// only), "corners": 2 or 3 (points per entry)}.
/// Answer: the lines drawn, each a pair of point numbers [a, b] (triangles [a, b, c]), in any
/// order and either direction. Score: distinct right lines / all; success: all of them, no line
/// twice, none that does not belong. Solution: the lines in systematic order ([a, b], a < b).
class DrawTask final : public Task
{
public:
    QString key() const override { return QStringLiteral("draw"); }
    AnswerKind answerKind() const override { return AnswerKind::Custom; }
    bool suits(const Structure &structure) const override;
    QJsonObject prompt(const Exercise &exercise, const ExerciseEngine &engine) const override;
    Solution solve(const Exercise &exercise) const override;
    Evaluation evaluate(const Exercise &exercise, const QJsonValue &answer) const override;

    /// The points on the circle of a star polygon or chords structure; 0 for any other.
    static int points(const Structure &structure);
    /// "star", "segment", "diagonal", "triangle"; empty for other structures.
    static QString figure(const Structure &structure);
    /// What is drawn, sorted tuples in systematic order: the star's lines, or the chords' items.
    static ItemList lines(const Structure &structure);

    /// More would be too long to draw by hand.
    static constexpr qint64 kMaxLines = 60;
};

} // namespace stages::geometry
