#include "exercises/movement/tasks/combinationtask.h"

#include "exercises/framework/createrule.h"
#include "exercises/framework/exerciseengine.h"

namespace stages::movement {

namespace {

std::optional<CreateRule> ruleOf(const Exercise &exercise)
{
    const QJsonObject json = exercise.options.value(QStringLiteral("rule")).toObject();
    return json.isEmpty() ? std::optional(CreateRule {}) : CreateRule::fromJson(json);
}

} // namespace

bool CombinationTask::suits(const Structure &structure) const
{
    const QString kind = structure.kind();
    const bool ordered = kind == QLatin1String("sequence") || kind == QLatin1String("arrangement")
        || kind == QLatin1String("permutation");
    return ordered && structure.itemLength() >= 2 && structure.itemLength() <= 8 && structure.canEnumerate();
}

QJsonObject CombinationTask::prompt(const Exercise &exercise, const ExerciseEngine &) const
{
    QJsonObject p { { QStringLiteral("length"), exercise.structure->itemLength() } };
    if (const auto rule = ruleOf(exercise); rule && rule->kind != CreateRule::Kind::Distinct)
        p.insert(QStringLiteral("rule"), rule->toJson());
    return p;
}

Solution CombinationTask::solve(const Exercise &exercise) const
{
    const auto rule = ruleOf(exercise);
    qint64 count = 0;
    Item first;
    for (const Item &item : exercise.structure->enumerate()) {
        if (rule && rule->holds(item)) {
            if (count == 0)
                first = item;
            ++count;
        }
    }
    return { count, itemToJson(first) };
}

Evaluation CombinationTask::evaluate(const Exercise &exercise, const QJsonValue &answer) const
{
    Evaluation e;
    const auto item = itemFromJson(answer);
    const auto rule = ruleOf(exercise);
    const bool whole = item && exercise.structure->isValid(*item);
    const bool follows = whole && rule && rule->holds(*item);
    setRightOrWrong(e, follows);
    if (follows) {
        e.correct.append(*item);
        e.hint.kind = Hint::Kind::Done;
    } else {
        e.invalidIndexes = { 0 };
        e.hint = { whole ? Hint::Kind::BreaksRule : Hint::Kind::FixInvalid, 0, {} };
    }
    return e;
}

QStringList CombinationTask::moveKeys(const Exercise &exercise, const ExerciseEngine &engine, const Item &item)
{
    QStringList keys;
    const Skin *skin = engine.skins().find(exercise.skin);
    for (int value : item) {
        const int index = exercise.elements.value(value, -1);
        keys.append(skin && index >= 0 ? skin->elements().value(index).key : QString());
    }
    return keys;
}

QJsonObject CombinationTask::artifactContent(const Exercise &exercise, const ExerciseEngine &engine,
                                             const QJsonValue &answer)
{
    QJsonArray elements;
    if (const Skin *skin = engine.skins().find(exercise.skin)) {
        for (int index : exercise.elements)
            elements.append(skin->elements().value(index).key);
    }
    QJsonObject o = exercise.toJson();
    o.insert(QStringLiteral("elements"), elements);
    if (const auto rule = ruleOf(exercise))
        o.insert(QStringLiteral("rule"), rule->toJson());
    o.insert(QStringLiteral("combination"), answer);
    // Also as one row, so any rows view can draw it.
    o.insert(QStringLiteral("items"), QJsonArray { answer });
    o.insert(QStringLiteral("moves"), QJsonArray::fromStringList(moveKeys(exercise, engine, itemFromJson(answer).value_or(Item()))));
    return o;
}

} // namespace stages::movement
