#include "exercises/framework/latticepathgeometry.h"

#include "exercises/framework/latticepathstructure.h"

namespace stages {

QList<QPoint> LatticePathGeometry::points(const Item &steps) const
{
    QList<QPoint> corners { start() };
    QPoint at = start();
    for (const int step : steps) {
        if (step == LatticePathStructure::kRight)
            at += QPoint(1, 0);
        else if (step == LatticePathStructure::kUp)
            at += QPoint(0, 1);
        else
            break;
        corners.append(at);
    }
    return corners;
}

bool LatticePathGeometry::onGrid(const QList<QPoint> &points) const
{
    for (const QPoint &p : points) {
        if (p.x() < 0 || p.y() < 0 || p.x() > m_a || p.y() > m_b)
            return false;
    }
    return true;
}

bool LatticePathGeometry::reachesGoal(const QList<QPoint> &points) const
{
    return !points.isEmpty() && onGrid(points) && points.last() == goal();
}

} // namespace stages
