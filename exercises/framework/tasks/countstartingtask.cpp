#include "exercises/framework/tasks/countstartingtask.h"

#include "exercises/framework/seededrandom.h"

namespace stages {

namespace {

/// The first-position values that start at least one row, in order.
QList<int> startingValues(const Structure &structure)
{
    QList<int> values;
    for (int v = 0; v < structure.elementCount(); ++v) {
        if (structure.countStartingWith(v).value_or(0) > 0)
            values.append(v);
    }
    return values;
}

} // namespace

bool CountStartingTask::suits(const Structure &structure) const
{
    // At least two different first elements, or the question is the whole count again.
    return structure.count() >= 2 && structure.countStartingWith(0).has_value()
        && startingValues(structure).size() >= 2;
}

int CountStartingTask::element(const Exercise &exercise)
{
    const QList<int> values = startingValues(*exercise.structure);
    SeededRandom random(exercise.seed);
    return values.value(random.bounded(int(values.size())), 0);
}

QString CountStartingTask::variantKey(const Exercise &exercise) const
{
    return QString::number(element(exercise));
}

QJsonObject CountStartingTask::prompt(const Exercise &exercise, const ExerciseEngine &) const
{
    const int value = element(exercise);
    return { { QStringLiteral("element"), value },
             { QStringLiteral("symbol"), exercise.structure->symbolOf(0, value) },
             { QStringLiteral("listing"), exercise.options.value(QStringLiteral("listing")).toBool() } };
}

Solution CountStartingTask::solve(const Exercise &exercise) const
{
    const qint64 n = exercise.structure->countStartingWith(element(exercise)).value_or(0);
    return { n, n };
}

Evaluation CountStartingTask::evaluate(const Exercise &exercise, const QJsonValue &answer) const
{
    return checkNumber(answer, exercise.structure->countStartingWith(element(exercise)).value_or(0));
}

} // namespace stages
