#include "exercises/framework/tasks/counttask.h"

#include <cmath>

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
    Evaluation e;
    const double given = answer.toDouble(-1);
    if (!answer.isDouble() || given != std::floor(given) || given < 0) {
        e.invalidIndexes.append(0);
        setRightOrWrong(e, false);
        e.hint.kind = Hint::Kind::FixInvalid;
        e.hint.index = 0;
        return e;
    }
    const qint64 total = exercise.structure->count();
    setRightOrWrong(e, qint64(given) == total);
    if (!e.success)
        e.hint.kind = qint64(given) > total ? Hint::Kind::TooHigh : Hint::Kind::TooLow;
    return e;
}

} // namespace stages
