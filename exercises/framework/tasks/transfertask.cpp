#include "exercises/framework/tasks/transfertask.h"

#include "exercises/framework/exerciseengine.h"
#include "exercises/framework/seededrandom.h"

namespace stages {

bool TransferTask::suits(const Structure &structure) const
{
    return structure.count() >= 2 && structure.canEnumerate();
}

int TransferTask::shownPosition(const Exercise &exercise)
{
    SeededRandom random(exercise.seed);
    return random.bounded(int(exercise.structure->count()));
}

Item TransferTask::shownItem(const Exercise &exercise)
{
    return exercise.structure->enumerate().at(shownPosition(exercise));
}

QString TransferTask::variantKey(const Exercise &exercise) const
{
    return QString::number(shownPosition(exercise));
}

QJsonObject TransferTask::prompt(const Exercise &exercise, const ExerciseEngine &engine) const
{
    const QString targetKey = exercise.options.value(QStringLiteral("targetSkin")).toString();
    QJsonArray elements;
    if (const Skin *target = engine.skins().find(targetKey)) {
        const QJsonArray chosen = exercise.options.value(QStringLiteral("targetElements")).toArray();
        for (int i = 0; i < chosen.size(); ++i) {
            QJsonObject element = target->elements().value(chosen.at(i).toInt()).toJson();
            element.insert(QStringLiteral("index"), i);
            elements.append(element);
        }
    }
    return {{QStringLiteral("item"), itemToJson(shownItem(exercise))},
            {QStringLiteral("target"), QJsonObject{{QStringLiteral("skin"), targetKey},
                                                   {QStringLiteral("elements"), elements}}}};
}

Solution TransferTask::solve(const Exercise &exercise) const
{
    return {exercise.structure->count(), itemToJson(shownItem(exercise))};
}

Evaluation TransferTask::evaluate(const Exercise &exercise, const QJsonValue &answer) const
{
    const Structure &structure = *exercise.structure;
    Evaluation e;
    const auto item = itemFromJson(answer);
    if (!item || !structure.isValid(*item)) {
        e.invalidIndexes.append(0);
        setRightOrWrong(e, false);
        e.hint.kind = Hint::Kind::FixInvalid;
        return e;
    }
    const Item expected = shownItem(exercise);
    // Same arrangement, same positions: a necklace turned round is still the same necklace.
    setRightOrWrong(e, structure.canonical(*item) == structure.canonical(expected));
    if (e.success) {
        e.correct.append(*item);
        return e;
    }
    e.hint.kind = Hint::Kind::FirstDifference;
    for (int i = 0; i < item->size(); ++i) {
        if (item->at(i) != expected.at(i)) {
            e.hint.index = i;
            break;
        }
    }
    return e;
}

} // namespace stages
