#pragma once

#include "exercises/framework/task.h"

namespace stages {

/// "Make your own": the pupil composes "required" different items that follow a rule, e.g.
/// "four different orders of the three moves". Option "rule":
///   {"kind": "distinct", "required": 4}                      any different items
///   {"kind": "starts-with", "element": 0, "required": 3}     each item starts with element 0
///   {"kind": "no-neighbour-repeat", "required": 4}           no element twice in a row
/// Answer: a list of items. Items breaking the rule are invalid. The work is kept as an
/// artifact (artifactContent()) that a teacher can open.
class CreateTask final : public Task
{
public:
    QString key() const override { return QStringLiteral("create"); }
    AnswerKind answerKind() const override { return AnswerKind::Rows; }
    bool isCreative() const override { return true; }
    bool suits(const Structure &structure) const override;
    QJsonObject prompt(const Exercise &exercise, const ExerciseEngine &engine) const override;
    Solution solve(const Exercise &exercise) const override;
    Evaluation evaluate(const Exercise &exercise, const QJsonValue &answer) const override;

    static bool ruleHolds(const QJsonObject &rule, const Item &item);
    /// What to store as the artifact: exercise id, structure, params, skin, the element keys
    /// and the pupil's items, so a teacher's screen can show or play them without the catalogue.
    static QJsonObject artifactContent(const Exercise &exercise, const ExerciseEngine &engine,
                                       const QJsonValue &answer);

private:
    static int required(const Exercise &exercise);
};

} // namespace stages
