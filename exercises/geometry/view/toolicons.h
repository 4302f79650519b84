#pragma once

#include <QColor>
#include <QIcon>

namespace stages::geometry {

/// The pictures on the drawing screen's buttons, painted (no words needed): the tools (a line,
/// a triangle, a square, a star, a paint pot, a rubber), a colour swatch, and the symmetry
/// choices (none, a mirror line, a turning arrow).
class ToolIcons
{
public:
    /// @p tool: CreateDrawingScreen::Tool as int.
    static QIcon tool(int tool);
    static QIcon colour(const QColor &colour);
    /// @p symmetry: Drawing::Symmetry as int.
    static QIcon symmetry(int symmetry);
};

} // namespace stages::geometry
