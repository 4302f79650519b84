#pragma once

#include "exercises/framework/task.h"

namespace stages::movement {

/// "combination": the pupil makes a karate combination of their own, one row of moves of the
/// structure's length, and watches a figure perform it (issue 8). For ordered structures
/// (sequences, arrangements, permutations) of 2 to 8 moves. Option "rule" (optional, a
/// CreateRule: {"kind": "no-neighbour-repeat"}). Prompt: {"length", "rule"}. Answer: the item
/// ([0, 2, 1, 1]). Success when it is a whole combination that follows the rule. Kept as an
/// artifact (kind "karate", artifactContent()) the teacher can watch performed.
class CombinationTask final : public Task
{
public:
    QString key() const override { return QStringLiteral("combination"); }
    bool isCreative() const override { return true; }
    bool suits(const Structure &structure) const override;
    QJsonObject prompt(const Exercise &exercise, const ExerciseEngine &engine) const override;
    Solution solve(const Exercise &exercise) const override;
    Evaluation evaluate(const Exercise &exercise, const QJsonValue &answer) const override;

    /// The skin keys of the moves in @p item, in order ("punch", "kick" ...).
    static QStringList moveKeys(const Exercise &exercise, const ExerciseEngine &engine, const Item &item);
    /// {"id", "skin", "elements": keys, "rule", "combination": item, "moves": keys in order}.
    static QJsonObject artifactContent(const Exercise &exercise, const ExerciseEngine &engine,
                                       const QJsonValue &answer);
    /// The artifact table's kind for a combination.
    static QString artifactKind() { return QStringLiteral("karate"); }
};

} // namespace stages::movement
