#pragma once

#include "exercises/framework/item.h"

#include <QPoint>

namespace stages {

/// Where a lattice path goes on its grid, for drawing it: corners in grid units from the start
/// (0, 0) at the bottom left, x to the right, y up. A path of a steps right (0) and b steps up
/// (1) ends at the goal (a, b).
class LatticePathGeometry
{
public:
    LatticePathGeometry(int a, int b)
        : m_a(a)
        , m_b(b)
    { }

    int a() const { return m_a; }
    int b() const { return m_b; }
    QPoint start() const { return { 0, 0 }; }
    QPoint goal() const { return { m_a, m_b }; }

    /// The corners the path visits: the start, then one corner per step, up to the first empty
    /// place (-1) of a row still being built. Values other than right and up end it too.
    QList<QPoint> points(const Item &steps) const;
    /// Whether every corner of @p points lies on the grid.
    bool onGrid(const QList<QPoint> &points) const;
    /// Whether @p points is a whole path: it stays on the grid and ends at the goal.
    bool reachesGoal(const QList<QPoint> &points) const;

private:
    int m_a;
    int m_b;
};

} // namespace stages
