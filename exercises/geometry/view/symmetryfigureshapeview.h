#pragma once

#include "exercises/framework/view/rowshapeview.h"
#include "exercises/geometry/symmetrystructure.h"

#include <QJsonArray>

namespace stages::geometry {

/// A figure on a small grid, beside its row of cells (one entry per cell in reading order): the
/// filled cells in the skin's colour, the empty ones white, the ones still to choose pale with
/// the next one framed in orange; the mirror line(s) red and dashed across the grid (or, for a
/// half turn, the centre with a turning arrow). For symmetry rows (built, or the example of a
/// count).
class SymmetryFigureShapeView : public RowShapeView
{
    Q_OBJECT

public:
    /// @p elements: the prompt's (element 1, "filled", gives the colour of a filled cell).
    SymmetryFigureShapeView(int columns, int rows, SymmetryStructure::Symmetry symmetry, const QJsonArray &elements,
                            QWidget *parent = nullptr);

    void showRow(const Item &values) override;

    const Item &row() const { return m_row; }
    /// The grid and one cell of it, as drawn now.
    QRectF gridRect() const;
    QRectF cellRect(int cell) const;
    QColor filledColour() const;
    static QColor mirrorColour();
    static QColor nextColour();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    qreal cell() const;
    QSize sizeFor(int cell) const;

    int m_columns;
    int m_rows;
    SymmetryStructure::Symmetry m_symmetry;
    QJsonArray m_elements;
    Item m_row;
};

} // namespace stages::geometry
