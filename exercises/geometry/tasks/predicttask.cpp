#include "exercises/geometry/tasks/predicttask.h"

#include "exercises/geometry/starpolygonstructure.h"
#include "exercises/geometry/tasks/drawtask.h"

namespace stages::geometry {

bool PredictTask::suits(const Structure &structure) const
{
    return DrawTask::points(structure) > 0;
}

QString PredictTask::asks(const Exercise &exercise)
{
    if (dynamic_cast<const StarPolygonStructure *>(exercise.structure.get())) {
        const QString asked = exercise.options.value(QStringLiteral("asks")).toString();
        return asked == QLatin1String("corners") || asked == QLatin1String("lines") ? asked : QStringLiteral("figures");
    }
    return DrawTask::figure(*exercise.structure) + QLatin1Char('s');
}

qint64 PredictTask::expected(const Exercise &exercise)
{
    if (const auto *star = dynamic_cast<const StarPolygonStructure *>(exercise.structure.get())) {
        const QString asked = asks(exercise);
        if (asked == QLatin1String("corners"))
            return star->cornersPerFigure();
        if (asked == QLatin1String("lines"))
            return star->segments().size();
        return star->figures();
    }
    return exercise.structure->count();
}

QJsonObject PredictTask::prompt(const Exercise &exercise, const ExerciseEngine &) const
{
    const Structure &s = *exercise.structure;
    QJsonObject o { { QStringLiteral("points"), DrawTask::points(s) },
                    { QStringLiteral("figure"), DrawTask::figure(s) },
                    { QStringLiteral("asks"), asks(exercise) } };
    if (const auto *star = dynamic_cast<const StarPolygonStructure *>(&s))
        o.insert(QStringLiteral("step"), star->k());
    return o;
}

Solution PredictTask::solve(const Exercise &exercise) const
{
    const qint64 n = expected(exercise);
    return { n, n };
}

Evaluation PredictTask::evaluate(const Exercise &exercise, const QJsonValue &answer) const
{
    const QJsonValue number = answer.isObject() ? answer.toObject().value(QStringLiteral("predicted")) : answer;
    return checkNumber(number, expected(exercise));
}

} // namespace stages::geometry
