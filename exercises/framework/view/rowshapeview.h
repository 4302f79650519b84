#pragma once

#include "exercises/framework/item.h"

#include <QWidget>

namespace stages {

/// A picture of what a row means, beside the row the pupil builds: the path on its grid, the
/// rhythm on its circle. The exercise screen hands it the row being built (values, -1 for an
/// empty place) whenever it changes, and the rows found so far; a domain gives its own through
/// ExerciseScreen::setShapeView().
class RowShapeView : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    /// The row being built, or the example row of a counting exercise.
    virtual void showRow(const Item &values) = 0;
    /// The rows accepted so far (a shape that can draws them faintly behind).
    virtual void showFound(const ItemList &rows) { Q_UNUSED(rows) }
};

} // namespace stages
