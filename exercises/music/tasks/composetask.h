#pragma once

#include "exercises/framework/task.h"
#include "exercises/music/melody.h"

namespace stages::music {

/// "compose": make a melody from orders of a motif by a rule (MotifRule: all-orders,
/// neighbour-swap, start-where-ended, mirror-pairs, return-home). For permutations of 3 or 4 notes
/// (or drums). Options: {"motifRule": id, "orders": how many orders (not for all-orders)}.
/// Prompt: {"rule", "ruleText", "orders", "motif": item in the given order}. Answer: the list of
/// orders ([[0,1,2],[0,2,1],...]). Score: the share of orders before the first one that breaks
/// the rule; success when the whole melody follows it. The work is saved with artifactContent()
/// (a melody the teacher can play and export as MIDI).
class ComposeTask final : public Task
{
public:
    QString key() const override { return QStringLiteral("compose"); }
    bool isCreative() const override { return true; }
    bool suits(const Structure &structure) const override;
    QJsonObject prompt(const Exercise &exercise, const ExerciseEngine &engine) const override;
    Solution solve(const Exercise &exercise) const override;
    Evaluation evaluate(const Exercise &exercise, const QJsonValue &answer) const override;

    static int length(const Exercise &exercise);
    /// {"exercise", "rule", "orders", "melody": Melody JSON} for the artifact table (kind "melody").
    static QJsonObject artifactContent(const Exercise &exercise, const ExerciseEngine &engine,
                                       const QJsonValue &answer);
};

} // namespace stages::music
