#include "exercises/geometry/view/geometryrun.h"

namespace stages::geometry {

int GeometryRun::points() const
{
    return prompt().value(QStringLiteral("points")).toInt();
}

std::optional<AttemptRecord::Artifact> GeometryRun::artifact(const QJsonValue &) const
{
    return m_artifact;
}

} // namespace stages::geometry
