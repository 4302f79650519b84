#include "exercises/framework/tasks/createtask.h"

#include "exercises/framework/exerciseengine.h"
#include "exercises/framework/samenessrule.h"

namespace stages {

namespace {

QJsonObject ruleOption(const Exercise &exercise)
{
    return exercise.options.value(QStringLiteral("rule")).toObject();
}

} // namespace

bool CreateTask::suits(const Structure &structure) const
{
    return structure.count() >= 2 && structure.canEnumerate();
}

int CreateTask::required(const Exercise &exercise)
{
    return std::max(1, ruleOption(exercise).value(QStringLiteral("required")).toInt(1));
}

bool CreateTask::letsChoose(const Exercise &exercise)
{
    return ruleOption(exercise).value(QStringLiteral("kind")).toString() == QLatin1String("choose");
}

QList<CreateRule> CreateTask::choices(const Exercise &exercise)
{
    QList<CreateRule> list;
    if (!letsChoose(exercise))
        return list;
    const QJsonObject option = ruleOption(exercise);
    for (const QJsonValue key : option.value(QStringLiteral("choices")).toArray()) {
        if (const auto kind = CreateRule::kindFromKey(key.toString()))
            list.append(CreateRule { *kind, option.value(QStringLiteral("element")).toInt(0) });
    }
    return list;
}

std::optional<CreateRule> CreateTask::ruleOf(const Exercise &exercise, const QJsonValue &answer)
{
    if (!letsChoose(exercise))
        return CreateRule::fromJson(ruleOption(exercise));
    const auto chosen = CreateRule::fromJson(answer.toObject().value(QStringLiteral("rule")).toObject());
    if (!chosen || !choices(exercise).contains(*chosen))
        return std::nullopt;
    return chosen;
}

QJsonValue CreateTask::itemsOf(const Exercise &exercise, const QJsonValue &answer)
{
    return letsChoose(exercise) ? answer.toObject().value(QStringLiteral("items")) : answer;
}

QJsonValue CreateTask::makeAnswer(const Exercise &exercise, const std::optional<CreateRule> &chosen,
                                  const QJsonArray &items)
{
    if (!letsChoose(exercise))
        return items;
    QJsonObject answer { { QStringLiteral("items"), items } };
    if (chosen)
        answer.insert(QStringLiteral("rule"), chosen->toJson());
    return answer;
}

bool CreateTask::isRing(const Exercise &exercise)
{
    if (exercise.isNull())
        return false;
    const QList<SamenessRule> rules = exercise.structure->rules();
    return rules.contains(SamenessRule::TurnIsSame) || rules.contains(SamenessRule::TurnOrFlipIsSame);
}

qint64 CreateTask::matchingCount(const Exercise &exercise, const CreateRule &rule)
{
    const bool ring = isRing(exercise);
    qint64 n = 0;
    for (const Item &item : exercise.structure->enumerate())
        n += rule.holds(item, ring) ? 1 : 0;
    return n;
}

QJsonObject CreateTask::prompt(const Exercise &exercise, const ExerciseEngine &) const
{
    QJsonObject p { { QStringLiteral("rule"), ruleOption(exercise) } };
    if (letsChoose(exercise)) {
        QJsonArray list;
        for (const CreateRule &rule : choices(exercise))
            list.append(rule.toJson());
        p.insert(QStringLiteral("choices"), list);
    }
    return p;
}

Solution CreateTask::solve(const Exercise &exercise) const
{
    const QList<CreateRule> offered = choices(exercise);
    const std::optional<CreateRule> rule
        = letsChoose(exercise) ? (offered.isEmpty() ? std::nullopt : std::optional(offered.first()))
                               : CreateRule::fromJson(ruleOption(exercise));
    ItemList matching;
    const bool ring = isRing(exercise);
    for (const Item &item : exercise.structure->enumerate()) {
        if (rule && rule->holds(item, ring))
            matching.append(item);
    }
    return { matching.size(), makeAnswer(exercise, rule, itemsToJson(matching.mid(0, required(exercise)))) };
}

Evaluation CreateTask::evaluate(const Exercise &exercise, const QJsonValue &answer) const
{
    const std::optional<CreateRule> rule = ruleOf(exercise, answer);
    const int need = required(exercise);
    if (!rule) {
        // No rule picked (or one that was not offered): nothing counts yet.
        Evaluation e;
        e.invalidIndexes = { 0 };
        e.missing = need;
        e.hint.kind = Hint::Kind::ChooseAgain;
        return e;
    }
    const QJsonValue items = itemsOf(exercise, answer);
    const bool ring = isRing(exercise);
    ItemChecker checker(*exercise.structure);
    checker.setRule([&rule, ring](const Item &item) { return rule->holds(item, ring); });
    Evaluation e = checkList(items, checker);
    e.missing = std::max(0, need - checker.found());
    e.score = std::min(1.0, double(checker.found()) / double(need));
    e.success = e.missing == 0 && e.duplicateIndexes.isEmpty() && e.invalidIndexes.isEmpty();
    e.hint = listHint(e);
    if (e.hint.kind == Hint::Kind::FixInvalid) {
        // Tell apart "not an arrangement at all" from "a fine arrangement that breaks the rule".
        const auto list = itemListFromJson(items);
        const int at = e.hint.index;
        if (list && at < list->size() && list->at(at) && exercise.structure->isValid(*list->at(at)))
            e.hint.kind = Hint::Kind::BreaksRule;
    }
    if (e.hint.kind == Hint::Kind::None)
        e.hint.kind = e.missing == 0 ? Hint::Kind::Done : Hint::Kind::MissingItem;
    return e;
}

QJsonObject CreateTask::artifactContent(const Exercise &exercise, const ExerciseEngine &engine, const QJsonValue &answer)
{
    QJsonArray elements;
    if (const Skin *skin = engine.skins().find(exercise.skin)) {
        for (int index : exercise.elements)
            elements.append(skin->elements().value(index).key);
    }
    QJsonObject o = exercise.toJson();
    o.insert(QStringLiteral("elements"), elements);
    QJsonObject rule = ruleOption(exercise);
    if (letsChoose(exercise)) {
        const auto chosen = ruleOf(exercise, answer);
        rule = chosen ? chosen->toJson() : QJsonObject();
        rule.insert(QStringLiteral("required"), required(exercise));
        o.insert(QStringLiteral("ruleChosen"), true);
    }
    o.insert(QStringLiteral("rule"), rule);
    o.insert(QStringLiteral("items"), itemsOf(exercise, answer));
    return o;
}

} // namespace stages
