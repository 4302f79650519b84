#include "exercises/geometry/starpolygonsvg.h"

#include "exercises/geometry/circlesvgwriter.h"
#include "exercises/geometry/starpolygonstructure.h"

namespace stages::geometry {

QPointF StarPolygonSvg::point(int i, int n, QPointF centre, double radius)
{
    return CircleSvgWriter::point(i, n, centre, radius);
}

QByteArray StarPolygonSvg::write(int n, int k, int size)
{
    const StarPolygonStructure star(n, k);
    return writeFigures(star.enumerate(), n, QStringLiteral("{%1/%2}").arg(n).arg(k), size);
}

QByteArray StarPolygonSvg::writeFigures(const ItemList &figures, int n, const QString &title, int size)
{
    // Okabe & Ito's colours, as the exercise skins use them.
    static const char *const colours[] = { "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9" };
    CircleSvgWriter svg(n, size, title);
    for (qsizetype f = 0; f < figures.size(); ++f)
        svg.polygon(figures.at(f), QLatin1String(colours[f % 6]));
    return svg.finish();
}

} // namespace stages::geometry
