#pragma once

#include "exercises/framework/latticepathgeometry.h"
#include "exercises/framework/view/rowshapeview.h"

namespace stages {

/// A lattice path on its grid: the streets of an a × b grid, the start at the bottom left, the
/// goal (a star) at the top right, and the path of the row being built from the start, one step
/// per arrow; the paths found so far faintly behind. A step off the grid shows in red.
class LatticeGridWidget : public RowShapeView
{
    Q_OBJECT

public:
    LatticeGridWidget(int a, int b, QWidget *parent = nullptr);

    void showRow(const Item &values) override;
    void showFound(const ItemList &rows) override;

    const LatticePathGeometry &geometry() const { return m_geometry; }
    /// The corners of the path drawn now (grid units), and where corner @p point is on screen.
    const QList<QPoint> &pathPoints() const { return m_path; }
    QPointF pointAt(const QPoint &point) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int cell() const;
    QSize sizeFor(int cell) const;

    LatticePathGeometry m_geometry;
    QList<QPoint> m_path;
    QList<QList<QPoint>> m_found;
};

} // namespace stages
