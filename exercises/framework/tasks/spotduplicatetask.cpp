#include "exercises/framework/tasks/spotduplicatetask.h"

#include "exercises/framework/seededrandom.h"

#include <cmath>

namespace stages {

bool SpotDuplicateTask::suits(const Structure &structure) const
{
    return structure.count() >= 3 && structure.count() <= kMaxItems;
}

QList<int> SpotDuplicateTask::plan(const Exercise &exercise, int *first, int *second)
{
    const int n = int(exercise.structure->count());
    QList<int> order(n);
    for (int i = 0; i < n; ++i)
        order[i] = i;
    SeededRandom random(exercise.seed);
    if (exercise.options.value(QStringLiteral("shuffled")).toBool()) {
        for (int i = n - 1; i > 0; --i)
            std::swap(order[i], order[random.bounded(i + 1)]);
    }
    const int source = random.bounded(n);
    // Put the copy somewhere that is not right next to the original, when there is room.
    int target = random.bounded(n + 1);
    for (int tries = 0; tries < 8 && std::abs(target - source) <= 1 && n > 3; ++tries)
        target = random.bounded(n + 1);
    const int copy = order.at(source);
    order.insert(target, copy);
    *first = target <= source ? source + 1 : source;
    *second = target;
    if (*first > *second)
        std::swap(*first, *second);
    return order;
}

SpotDuplicateTask::Setup SpotDuplicateTask::setup(const Exercise &exercise)
{
    const ItemList all = exercise.structure->enumerate();
    Setup s;
    for (int i : plan(exercise, &s.first, &s.second))
        s.given.append(all.at(i));
    return s;
}

QString SpotDuplicateTask::variantKey(const Exercise &exercise) const
{
    int first = 0;
    int second = 0;
    QString key;
    for (int i : plan(exercise, &first, &second))
        key += QString::number(i) + QLatin1Char(',');
    return key;
}

QJsonObject SpotDuplicateTask::prompt(const Exercise &exercise, const ExerciseEngine &) const
{
    return {{QStringLiteral("given"), itemsToJson(setup(exercise).given)}};
}

Solution SpotDuplicateTask::solve(const Exercise &exercise) const
{
    return {exercise.structure->count(), setup(exercise).second};
}

Evaluation SpotDuplicateTask::evaluate(const Exercise &exercise, const QJsonValue &answer) const
{
    const Setup s = setup(exercise);
    Evaluation e;
    if (answer.isDouble()) {
        const double d = answer.toDouble();
        if (d != std::floor(d) || d < 0 || d >= double(s.given.size())) {
            e.invalidIndexes.append(0);
            setRightOrWrong(e, false);
            e.hint.kind = Hint::Kind::FixInvalid;
            return e;
        }
        setRightOrWrong(e, int(d) == s.first || int(d) == s.second);
        if (!e.success) {
            e.hint.kind = Hint::Kind::ChooseAgain;
            e.hint.index = int(d);
        }
        return e;
    }
    const auto item = itemFromJson(answer);
    if (!item || !exercise.structure->isValid(*item)) {
        e.invalidIndexes.append(0);
        setRightOrWrong(e, false);
        e.hint.kind = Hint::Kind::FixInvalid;
        return e;
    }
    const Structure &structure = *exercise.structure;
    setRightOrWrong(e, structure.canonical(*item) == structure.canonical(s.given.at(s.first)));
    if (e.success)
        e.correct.append(structure.canonical(*item));
    else
        e.hint.kind = Hint::Kind::ChooseAgain;
    return e;
}

} // namespace stages
