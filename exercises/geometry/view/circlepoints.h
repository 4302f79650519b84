#pragma once

#include <QColor>
#include <QHash>
#include <QJsonArray>
#include <QPointF>
#include <QRectF>

class QPainter;

namespace stages::geometry {

/// The n points on a circle that star figures and chords are drawn between, laid out in a
/// rectangle: point i the i-th clockwise from the top (as StarPolygonSvg places them), each a
/// round dot labelled with its skin element's symbol, like the point tokens the pupil taps. A
/// value type the shape views make afresh for their size whenever they paint.
class CirclePoints
{
public:
    CirclePoints(int n, const QRectF &area);

    int count() const { return m_n; }
    QPointF centre() const { return m_centre; }
    qreal radius() const { return m_radius; }
    /// The radius of a point's dot.
    qreal dotRadius() const { return m_dot; }
    QPointF point(int i) const;

    /// The faint circle the points sit on.
    void paintCircle(QPainter &painter) const;
    /// The points, labelled with the "symbol" of @p elements (the prompt's elements, symbol i
    /// for point i; the number i + 1 without them). Points in @p marked are filled with their
    /// colour and labelled in white.
    void paintPoints(QPainter &painter, const QJsonArray &elements, const QHash<int, QColor> &marked = {}) const;

private:
    int m_n;
    QPointF m_centre;
    qreal m_radius = 0;
    qreal m_dot = 0;
};

} // namespace stages::geometry
