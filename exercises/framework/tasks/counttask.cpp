#include "exercises/framework/tasks/counttask.h"

namespace stages {

QJsonObject CountTask::prompt(const Exercise &exercise, const ExerciseEngine &) const
{
    return {{QStringLiteral("listing"), exercise.options.value(QStringLiteral("listing")).toBool()}};
}

Solution CountTask::solve(const Exercise &exercise) const
{
    return {exercise.structure->count(), exercise.structure->count()};
}

Evaluation CountTask::evaluate(const Exercise &exercise, const QJsonValue &answer) const
{
    return checkNumber(answer, exercise.structure->count());
}

} // namespace stages
