#pragma once

#include "exercises/framework/view/rowshapeview.h"

#include <QJsonArray>

namespace stages::geometry {

/// A colouring of the n parts of a round figure, beside its ring of colours: drawn as the skin
/// says (its elements' "part"): the sectors of a wheel, the petals of a flower round its middle,
/// or the thick sides of a regular polygon; part 0 at the top, then clockwise, as the beads of
/// the ring. A part takes the colour of the token put there (the element's "color", as
/// TokenPainter paints it) with the token's shape on a white disc, so no part is told by colour
/// alone; a part still empty is pale with a dashed grey outline. For colouring rows (built, or
/// the example of a count), in a transfer the target skin's figure.
class ColouringShapeView : public RowShapeView
{
    Q_OBJECT

public:
    enum class Figure { Wheel, Flower, Sides };

    /// @p elements: the prompt's elements (or a transfer's target elements): value v is
    /// drawn in elements[v]'s colour and shape; the first one's "part" picks the figure.
    ColouringShapeView(int parts, const QJsonArray &elements, QWidget *parent = nullptr);

    void showRow(const Item &values) override;

    Figure figure() const { return m_figure; }
    const Item &row() const { return m_row; }
    /// The middle of the figure and its outer radius, as drawn now.
    QPointF centre() const;
    qreal radius() const;
    /// The colour of value @p value (its element's), invalid for an empty part.
    QColor colourOf(int value) const;
    /// What an empty part is filled with.
    static QColor emptyColour();

    /// About as tall as the ring of the same number of beads beside it.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return QSize(130, 130); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    /// The angle (degrees, clockwise from three o'clock on screen) of the middle of part @p i.
    qreal angleOf(int i) const;
    void paintWheel(QPainter &p) const;
    void paintFlower(QPainter &p) const;
    void paintSides(QPainter &p) const;
    /// The part's token shape on a white disc, centred at @p at, @p size across.
    void paintMark(QPainter &p, int value, const QPointF &at, qreal size) const;
    /// Fills @p path as part @p i: its colour, or pale and dashed while empty.
    void paintPart(QPainter &p, int i, const QPainterPath &path) const;

    int m_parts;
    QJsonArray m_elements;
    Figure m_figure = Figure::Wheel;
    Item m_row;
};

} // namespace stages::geometry
