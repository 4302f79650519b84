#pragma once

#include "exercises/framework/task.h"

namespace stages::geometry {

/// "find-mirrors": a figure on a grid; the pupil marks every mirror line it has. For the symmetry
/// structure (the figure chosen by the exercise's seed has at least the structure's symmetry, and
/// may have more lines).
/// Prompt: {"width", "height", "cells": the filled cells, "lines": the lines offered: "vertical",
/// "horizontal", and on a square grid "diagonal" (top-left to bottom-right) and "anti-diagonal"}.
/// Answer: the mirror lines, a list of those words (["vertical", "horizontal"]; a lone word is
/// accepted). A line that is not a mirror line (or not offered) is invalid, a line named twice a
/// duplicate; missing = mirror lines not named. Score: found / mirror lines (1 when it has none
/// and none is named wrongly); success: all, none wrong, none twice.
class FindMirrorsTask final : public Task
{
public:
    QString key() const override { return QStringLiteral("find-mirrors"); }
    AnswerKind answerKind() const override { return AnswerKind::Custom; }
    bool suits(const Structure &structure) const override;
    bool seeded() const override { return true; }
    QString variantKey(const Exercise &exercise) const override;
    QJsonObject prompt(const Exercise &exercise, const ExerciseEngine &engine) const override;
    Solution solve(const Exercise &exercise) const override;
    Evaluation evaluate(const Exercise &exercise, const QJsonValue &answer) const override;

    static Item figure(const Exercise &exercise);
    static QStringList mirrorLines(const Exercise &exercise);
};

} // namespace stages::geometry
