#include "exercises/framework/tasks/predictmoretask.h"

#include "exercises/framework/exerciseengine.h"

namespace stages {

bool PredictMoreTask::suits(const Structure &structure) const
{
    return structure.count() >= 2 && structure.count() <= kMaxKnown && structure.withOneMore() != nullptr;
}

QJsonObject PredictMoreTask::prompt(const Exercise &exercise, const ExerciseEngine &engine) const
{
    const auto more = exercise.structure->withOneMore();
    QJsonObject o { { QStringLiteral("known"), exercise.structure->count() },
                    { QStringLiteral("moreCount"), more ? more->elementCount() : 0 } };
    // The element that joins: the first of the skin not shown yet.
    if (const Skin *skin = engine.skins().find(exercise.skin)) {
        for (int i = 0; i < skin->size(); ++i) {
            if (!exercise.elements.contains(i)) {
                o.insert(QStringLiteral("newElement"), skin->elements().value(i).toJson());
                break;
            }
        }
    }
    return o;
}

Solution PredictMoreTask::solve(const Exercise &exercise) const
{
    const auto more = exercise.structure->withOneMore();
    const qint64 n = more ? more->count() : 0;
    return { n, n };
}

Evaluation PredictMoreTask::evaluate(const Exercise &exercise, const QJsonValue &answer) const
{
    const auto more = exercise.structure->withOneMore();
    return checkNumber(answer, more ? more->count() : -1);
}

} // namespace stages
