#include "exercises/framework/tasks/nextinordertask.h"

#include "exercises/framework/seededrandom.h"

namespace stages {

namespace {
int shownCount(const Exercise &exercise)
{
    return std::max(1, exercise.options.value(QStringLiteral("shown")).toInt(3));
}
} // namespace

bool NextInOrderTask::suits(const Structure &structure) const
{
    return structure.count() >= 4 && structure.canEnumerate();
}

int NextInOrderTask::startPosition(const Exercise &exercise)
{
    const int total = int(exercise.structure->count());
    const int shown = std::min(shownCount(exercise), total - 1);
    SeededRandom random(exercise.seed);
    return random.bounded(total - shown);
}

NextInOrderTask::Setup NextInOrderTask::setup(const Exercise &exercise)
{
    const ItemList all = exercise.structure->enumerate();
    const int shown = std::min(shownCount(exercise), int(all.size()) - 1);
    Setup s;
    s.position = startPosition(exercise);
    s.given = all.mid(s.position, shown);
    s.next = all.at(s.position + shown);
    return s;
}

QString NextInOrderTask::variantKey(const Exercise &exercise) const
{
    return QString::number(startPosition(exercise));
}

QJsonObject NextInOrderTask::prompt(const Exercise &exercise, const ExerciseEngine &) const
{
    const Setup s = setup(exercise);
    return {{QStringLiteral("given"), itemsToJson(s.given)}, {QStringLiteral("position"), s.position}};
}

Solution NextInOrderTask::solve(const Exercise &exercise) const
{
    return {exercise.structure->count(), itemToJson(setup(exercise).next)};
}

Evaluation NextInOrderTask::evaluate(const Exercise &exercise, const QJsonValue &answer) const
{
    const Structure &structure = *exercise.structure;
    const Setup s = setup(exercise);
    Evaluation e;
    const auto item = itemFromJson(answer);
    if (!item || !structure.isValid(*item)) {
        e.invalidIndexes.append(0);
        setRightOrWrong(e, false);
        e.hint.kind = Hint::Kind::FixInvalid;
        return e;
    }
    const Item given = structure.canonical(*item);
    setRightOrWrong(e, given == s.next);
    if (e.success) {
        e.correct.append(given);
        return e;
    }
    e.hint.kind = Hint::Kind::FirstDifference;
    for (int i = 0; i < given.size(); ++i) {
        if (given.at(i) != s.next.at(i)) {
            e.hint.index = i;
            break;
        }
    }
    return e;
}

} // namespace stages
