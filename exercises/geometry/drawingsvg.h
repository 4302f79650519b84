#pragma once

#include <QByteArray>
#include <QString>

namespace stages::geometry {

class Drawing;

/// A pupil's Drawing as SVG, written with QXmlStreamWriter (QtCore: no Gui needed), in the same
/// coordinates as StarPolygonSvg (point i at −90° + 360°·i/n on the circle): a <title>, the
/// points on a faint circle, the polygons as closed <polygon>s (with their fill, or fill="none")
/// in the order they were stamped, the strokes as <line>s with round caps on top, then the points.
class DrawingSvg
{
public:
    /// The SVG document, @p size pixels square; @p title is the <title> (empty: "Drawing").
    static QByteArray write(const Drawing &drawing, const QString &title = {}, int size = 240);
};

} // namespace stages::geometry
