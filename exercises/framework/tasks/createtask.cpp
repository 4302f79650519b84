#include "exercises/framework/tasks/createtask.h"

#include "exercises/framework/exerciseengine.h"

namespace stages {

bool CreateTask::suits(const Structure &structure) const
{
    return structure.count() >= 2 && structure.canEnumerate();
}

int CreateTask::required(const Exercise &exercise)
{
    return std::max(1, exercise.options.value(QStringLiteral("rule")).toObject().value(QStringLiteral("required")).toInt(1));
}

bool CreateTask::ruleHolds(const QJsonObject &rule, const Item &item)
{
    const QString kind = rule.value(QStringLiteral("kind")).toString();
    if (kind == QLatin1String("starts-with"))
        return !item.isEmpty() && item.first() == rule.value(QStringLiteral("element")).toInt();
    if (kind == QLatin1String("no-neighbour-repeat")) {
        for (int i = 1; i < item.size(); ++i) {
            if (item.at(i) == item.at(i - 1))
                return false;
        }
        return true;
    }
    return kind == QLatin1String("distinct");
}

QJsonObject CreateTask::prompt(const Exercise &exercise, const ExerciseEngine &) const
{
    return {{QStringLiteral("rule"), exercise.options.value(QStringLiteral("rule"))}};
}

Solution CreateTask::solve(const Exercise &exercise) const
{
    const QJsonObject rule = exercise.options.value(QStringLiteral("rule")).toObject();
    ItemList matching;
    for (const Item &item : exercise.structure->enumerate()) {
        if (ruleHolds(rule, item))
            matching.append(item);
    }
    return {matching.size(), itemsToJson(matching.mid(0, required(exercise)))};
}

Evaluation CreateTask::evaluate(const Exercise &exercise, const QJsonValue &answer) const
{
    const QJsonObject rule = exercise.options.value(QStringLiteral("rule")).toObject();
    ItemChecker checker(*exercise.structure);
    checker.setRule([&rule](const Item &item) { return ruleHolds(rule, item); });
    Evaluation e = checkList(answer, checker);
    const int need = required(exercise);
    e.missing = std::max(0, need - checker.found());
    e.score = std::min(1.0, double(checker.found()) / double(need));
    e.success = e.missing == 0 && e.duplicateIndexes.isEmpty() && e.invalidIndexes.isEmpty();
    e.hint = listHint(e);
    if (e.hint.kind == Hint::Kind::FixInvalid) {
        // Tell apart "not an arrangement at all" from "a fine arrangement that breaks the rule".
        const auto list = itemListFromJson(answer);
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
    o.insert(QStringLiteral("rule"), exercise.options.value(QStringLiteral("rule")));
    o.insert(QStringLiteral("items"), answer);
    return o;
}

} // namespace stages
