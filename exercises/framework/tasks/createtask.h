#pragma once

#include "exercises/framework/createrule.h"
#include "exercises/framework/task.h"

#include <optional>

namespace stages {

/// "Make your own": the pupil composes "required" different items that follow a rule, e.g.
/// "four different orders of the three moves". Option "rule":
///   {"kind": "distinct", "required": 4}                      any different items
///   {"kind": "starts-with", "element": 0, "required": 3}     each item starts with element 0
///   {"kind": "ends-with", "element": 0, "required": 3}       each item ends with element 0
///   {"kind": "contains", "element": 0, "required": 3}        element 0 is in each item
///   {"kind": "no-neighbour-repeat", "required": 4}           no element twice in a row
///   {"kind": "choose", "choices": ["starts-with", "no-neighbour-repeat", ...], "element": 0,
///    "required": 3}                                          the pupil picks one of these first
/// (CreateRule). Answer: a list of items; with "choose" {"rule": {"kind", "element"}, "items":
/// [...]}, the rule one of the choices (with the exercise's element). Items breaking the rule are
/// invalid; without a rule chosen nothing counts. The work is kept as an artifact
/// (artifactContent()) that a teacher can open.
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

    /// Whether the pupil picks the rule (option rule kind "choose").
    static bool letsChoose(const Exercise &exercise);
    /// The rules the pupil may pick from, in the exercise's order (empty unless letsChoose()).
    static QList<CreateRule> choices(const Exercise &exercise);
    /// The rule @p answer is judged by: the exercise's own, or the chosen one when it is among
    /// the choices; none when nothing (allowed) was chosen.
    static std::optional<CreateRule> ruleOf(const Exercise &exercise, const QJsonValue &answer);
    /// The list of items in @p answer (the answer itself, or its "items").
    static QJsonValue itemsOf(const Exercise &exercise, const QJsonValue &answer);
    /// The answer for @p items under @p chosen (a plain list when the exercise sets the rule).
    static QJsonValue makeAnswer(const Exercise &exercise, const std::optional<CreateRule> &chosen,
                                 const QJsonArray &items);
    /// How many rows are asked for.
    static int required(const Exercise &exercise);
    /// Whether the rows are rings (a rule about neighbours then wraps round).
    static bool isRing(const Exercise &exercise);
    /// How many different items follow @p rule (for checking that a rule leaves enough).
    static qint64 matchingCount(const Exercise &exercise, const CreateRule &rule);

    /// What to store as the artifact: exercise id, structure, params, skin, the element keys,
    /// the rule followed ("ruleChosen" when the pupil picked it) and the pupil's items, so a
    /// teacher's screen can show or play them without the catalogue.
    static QJsonObject artifactContent(const Exercise &exercise, const ExerciseEngine &engine,
                                       const QJsonValue &answer);
};

} // namespace stages
