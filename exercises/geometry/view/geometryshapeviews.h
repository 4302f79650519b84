#pragma once

#include "exercises/framework/exercise.h"

class QWidget;

namespace stages {
class RowShapeView;
}

namespace stages::geometry {

/// The picture of what a row of @p exercise means, to show beside it on the shared
/// ExerciseScreen (ExerciseScreen::setShapeView): a colouring as its wheel, flower or polygon, a
/// star figure or a line or triangle on the points of a circle, a symmetric figure on its grid,
/// a bar of pieces. Picked by the exercise's structure, drawn in its skin's elements (for a
/// transfer, the target skin's: the row built is in that skin). Null for any other structure:
/// lattice paths get the framework's own grid from the exercise screen.
RowShapeView *makeGeometryShapeView(const Exercise &exercise, QWidget *parent);

} // namespace stages::geometry
