#pragma once

#include "exercises/framework/item.h"

#include <QByteArray>
#include <QPointF>

namespace stages::geometry {

/// The star polygon {n/k} as SVG, written with QXmlStreamWriter (QtCore: no Gui needed): the n
/// points on a faint circle, and one closed <polygon> per separate figure (gcd(n, k) of them,
/// n / gcd(n, k) corners each, in the order the figure visits them), each in its own colour.
/// Point i sits at the i-th place clockwise from the top.
class StarPolygonSvg
{
public:
    /// Where point @p i of @p n lies on a circle of @p radius around @p centre
    /// (CircleSvgWriter::point, which every picture of points on a circle shares).
    static QPointF point(int i, int n, QPointF centre, double radius);
    /// The SVG document, @p size pixels square. Figures as StarPolygonStructure::enumerate().
    static QByteArray write(int n, int k, int size = 240);
    /// Any figures (lists of point numbers of n points) as polygons, the same way.
    static QByteArray writeFigures(const ItemList &figures, int n, const QString &title, int size = 240);
};

} // namespace stages::geometry
