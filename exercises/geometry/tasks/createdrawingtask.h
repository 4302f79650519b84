#pragma once

#include "exercises/framework/task.h"

#include <QSet>

namespace stages::geometry {

/// "create-drawing": a picture of one's own made of lines between n points on a circle (the key
/// "create" is the framework's rows-by-a-rule task, so this one has its own). For the star
/// polygon and chords structures, whose n gives the points.
/// Options: {"required": lines needed (default 6), "symmetry": "none" | "mirror" (the mirror line
/// through point 0 and the centre: point i ↔ point n−i) | "rotation" (turning by n/turns points
/// gives the same picture), "turns": how many turns bring it round (rotation only, a divisor of n,
/// default n)}. The canvas repeats each stroke live; the check does not trust it.
/// Prompt: {"points": n, "required", "symmetry", "turns"}.
/// Answer: the lines, each [a, b], as a list or {"segments": [...]} (the canvas may add more keys).
/// A line that is not two different points in range is invalid, and so is one whose mirror or
/// turned image is missing from the picture (it breaks the symmetry); a line drawn twice is a
/// duplicate. Score: min(1, good lines / required); missing = lines still needed; success: enough
/// good lines, nothing invalid or twice. Solution: an example picture that keeps the rule.
class CreateDrawingTask final : public Task
{
public:
    QString key() const override { return QStringLiteral("create-drawing"); }
    AnswerKind answerKind() const override { return AnswerKind::Custom; }
    bool isCreative() const override { return true; }
    bool suits(const Structure &structure) const override;
    QJsonObject prompt(const Exercise &exercise, const ExerciseEngine &engine) const override;
    Solution solve(const Exercise &exercise) const override;
    Evaluation evaluate(const Exercise &exercise, const QJsonValue &answer) const override;

    static int required(const Exercise &exercise);
    static QString symmetry(const Exercise &exercise);
    static int turns(const Exercise &exercise);
    /// The images of @p line ([a, b], a < b) under the exercise's symmetry, itself included.
    static ItemList images(const Exercise &exercise, const Item &line);
};

} // namespace stages::geometry
