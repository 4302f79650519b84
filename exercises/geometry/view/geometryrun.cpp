#include "exercises/geometry/view/geometryrun.h"

#include "exercises/framework/evaluator.h"

namespace stages::geometry {

int GeometryRun::points() const
{
    return prompt().value(QStringLiteral("points")).toInt();
}

Solution GeometryRun::solution() const
{
    return Evaluator(engine()).solve(exercise());
}

std::optional<AttemptRecord::Artifact> GeometryRun::artifact(const QJsonValue &) const
{
    return m_artifact;
}

} // namespace stages::geometry
