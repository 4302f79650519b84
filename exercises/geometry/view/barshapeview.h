#pragma once

#include "exercises/framework/view/rowshapeview.h"

#include <QJsonArray>

namespace stages::geometry {

/// A bar built from pieces, beside its row (per cell: the length of the piece covering it minus
/// one): each piece one rounded bar as long as it is, in its rod's colour (the skin element's
/// "color"), the cells still empty pale and dashed, and a ruler with a tick at every cell under
/// the bar. A piece begun but not finished shows its whole length pale and dashed, so the pupil
/// sees how many more cells it takes; one cut short by another piece (or by the end of the bar)
/// gets a red outline. For composition rows (built, or the example of a count).
class BarShapeView : public RowShapeView
{
    Q_OBJECT

public:
    /// @p elements: the prompt's (value v is the piece of length v + 1, drawn in elements[v]'s colour).
    BarShapeView(int length, const QJsonArray &elements, QWidget *parent = nullptr);

    void showRow(const Item &values) override;

    const Item &row() const { return m_row; }
    /// The whole bar and one cell of it, as drawn now.
    QRectF barRect() const;
    QRectF cellRect(int cell) const;
    QColor colourOf(int value) const;
    static QColor emptyColour();
    static QColor brokenColour();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    qreal cell() const;
    QSize sizeFor(int cell) const;

    int m_length;
    QJsonArray m_elements;
    Item m_row;
};

} // namespace stages::geometry
