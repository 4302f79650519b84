#pragma once

#include "exercises/framework/task.h"

namespace stages::geometry {

/// "predict": before drawing, say how many will appear; then the screen draws them to see.
/// Star polygons: option "asks": "figures" (separate closed figures, gcd(n, k); the default),
/// "corners" (corners of each figure, n / gcd(n, k)) or "lines" (lines drawn). Chords: how many
/// segments, diagonals or triangles (the closed form).
/// Prompt: {"points": n, "figure", "step" (star only), "asks": "figures" | "corners" | "lines" |
/// "segments" | "diagonals" | "triangles"}. Answer: a whole number (or {"predicted": number}).
/// Score 1 or 0, hints too-high / too-low.
class PredictTask final : public Task
{
public:
    QString key() const override { return QStringLiteral("predict"); }
    AnswerKind answerKind() const override { return AnswerKind::Custom; }
    bool suits(const Structure &structure) const override;
    QJsonObject prompt(const Exercise &exercise, const ExerciseEngine &engine) const override;
    Solution solve(const Exercise &exercise) const override;
    Evaluation evaluate(const Exercise &exercise, const QJsonValue &answer) const override;

    static QString asks(const Exercise &exercise);
    static qint64 expected(const Exercise &exercise);
};

} // namespace stages::geometry
