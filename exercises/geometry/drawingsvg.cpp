#include "exercises/geometry/drawingsvg.h"

#include "exercises/geometry/circlesvgwriter.h"
#include "exercises/geometry/drawing.h"

namespace stages::geometry {

QByteArray DrawingSvg::write(const Drawing &drawing, const QString &title, int size)
{
    CircleSvgWriter svg(drawing.points(), size, title.isEmpty() ? QStringLiteral("Drawing") : title);
    for (const Shape &shape : drawing.shapes())
        svg.polygon(shape.corners, shape.stroke, shape.fill);
    for (const Stroke &stroke : drawing.strokes())
        svg.line(stroke.a, stroke.b, stroke.colour);
    return svg.finish();
}

} // namespace stages::geometry
