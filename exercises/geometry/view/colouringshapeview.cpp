#include "exercises/geometry/view/colouringshapeview.h"

#include "exercises/framework/view/tokenpainter.h"

#include <QJsonObject>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

#include <algorithm>
#include <numbers>

namespace stages::geometry {

namespace {

const QColor kInk(QStringLiteral("#455A64"));
const QColor kEmptyLine(QStringLiteral("#90A4AE"));

QPointF polar(const QPointF &centre, qreal radius, qreal degrees)
{
    const qreal a = qDegreesToRadians(degrees);
    return centre + QPointF(radius * std::cos(a), radius * std::sin(a));
}

} // namespace

ColouringShapeView::ColouringShapeView(int parts, const QJsonArray &elements, QWidget *parent)
    : RowShapeView(parent)
    , m_parts(std::max(1, parts))
    , m_elements(elements)
    , m_row(m_parts, -1)
{
    const QString part = elements.at(0).toObject().value(QStringLiteral("part")).toString();
    if (part == QLatin1String("petal"))
        m_figure = Figure::Flower;
    else if (part == QLatin1String("side"))
        m_figure = Figure::Sides;
    setObjectName(QStringLiteral("colouringShape"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    switch (m_figure) {
    case Figure::Wheel:
        //: The picture beside a ring of colours: a wheel whose parts take those colours
        setAccessibleName(tr("The coloured wheel"));
        break;
    case Figure::Flower:
        //: The picture beside a ring of colours: a flower whose petals take those colours
        setAccessibleName(tr("The coloured flower"));
        break;
    case Figure::Sides:
        //: The picture beside a ring of colours: a polygon whose sides take those colours
        setAccessibleName(tr("The polygon with coloured sides"));
        break;
    }
}

void ColouringShapeView::showRow(const Item &values)
{
    m_row = values;
    update();
}

QSize ColouringShapeView::sizeHint() const
{
    const int side = std::clamp(100 + 15 * m_parts, 145, 200);
    return QSize(side, side);
}

QPointF ColouringShapeView::centre() const
{
    const QPointF middle = QRectF(rect()).center();
    if (m_figure != Figure::Sides || m_parts % 2 == 0 || m_parts < 3)
        return middle;
    // A polygon with a side at the top and a corner at the bottom: up by half the difference,
    // so it sits in the middle of its card.
    return middle - QPointF(0, radius() * (1 - std::cos(std::numbers::pi / m_parts)) / 2);
}

qreal ColouringShapeView::radius() const
{
    return std::max(1.0, std::min(width(), height()) / 2.0 - 9);
}

QColor ColouringShapeView::colourOf(int value) const
{
    if (value < 0 || value >= m_elements.size())
        return {};
    // The token's own colour, read as TokenPainter reads it.
    const QString colour = m_elements.at(value).toObject().value(QStringLiteral("color")).toString();
    return colour.isEmpty() ? kInk : QColor(colour);
}

QColor ColouringShapeView::emptyColour()
{
    return QColor(QStringLiteral("#F3F5F6"));
}

qreal ColouringShapeView::angleOf(int i) const
{
    return -90.0 + 360.0 * i / m_parts;
}

void ColouringShapeView::paintPart(QPainter &p, int i, const QPainterPath &path) const
{
    const QColor colour = colourOf(m_row.value(i, -1));
    if (colour.isValid()) {
        p.setBrush(colour);
        p.setPen(QPen(colour.darker(150), 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    } else {
        p.setBrush(emptyColour());
        p.setPen(QPen(kEmptyLine, 2, Qt::DashLine, Qt::RoundCap, Qt::RoundJoin));
    }
    p.drawPath(path);
}

void ColouringShapeView::paintMark(QPainter &p, int value, const QPointF &at, qreal size) const
{
    if (value < 0 || value >= m_elements.size() || size < 14)
        return;
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 235));
    p.drawEllipse(at, size / 2, size / 2);
    TokenPainter::paint(p, QRectF(at.x() - size / 2, at.y() - size / 2, size, size), m_elements.at(value).toObject());
    p.restore();
}

void ColouringShapeView::paintWheel(QPainter &p) const
{
    const QPointF c = centre();
    const qreal r = radius();
    const QRectF disc(c.x() - r, c.y() - r, 2 * r, 2 * r);
    const qreal sweep = 360.0 / m_parts;
    for (int i = 0; i < m_parts; ++i) {
        QPainterPath sector;
        sector.moveTo(c);
        // Qt's arcs turn counter-clockwise from three o'clock: screen angles change sign.
        sector.arcTo(disc, -(angleOf(i) - sweep / 2), -sweep);
        sector.closeSubpath();
        paintPart(p, i, sector);
    }
    const qreal mark = std::min(r * 0.34, 2 * std::numbers::pi * r * 0.62 / m_parts * 0.55);
    for (int i = 0; i < m_parts; ++i)
        paintMark(p, m_row.value(i, -1), polar(c, r * 0.6, angleOf(i)), mark);
    // The hub of the wheel.
    p.setPen(QPen(kInk, 2));
    p.setBrush(Qt::white);
    p.drawEllipse(c, r * 0.1, r * 0.1);
}

void ColouringShapeView::paintFlower(QPainter &p) const
{
    const QPointF c = centre();
    const qreal r = radius();
    const qreal reach = r * 0.58; // the middle of a petal
    const qreal length = r * 0.4;
    const qreal breadth = std::min(r * 0.26, std::sin(std::numbers::pi / m_parts) * reach * 0.95);
    for (int i = 0; i < m_parts; ++i) {
        // A drop: narrow at the middle of the flower, round at its tip.
        const qreal base = reach - length;
        const qreal tip = reach + length;
        QPainterPath petal;
        petal.moveTo(base, 0);
        petal.cubicTo(QPointF(base + length * 0.6, -breadth * 1.35), QPointF(tip, -breadth * 1.15), QPointF(tip, 0));
        petal.cubicTo(QPointF(tip, breadth * 1.15), QPointF(base + length * 0.6, breadth * 1.35), QPointF(base, 0));
        petal.closeSubpath();
        QTransform turn;
        turn.translate(c.x(), c.y());
        turn.rotate(angleOf(i));
        paintPart(p, i, turn.map(petal));
    }
    for (int i = 0; i < m_parts; ++i)
        paintMark(p, m_row.value(i, -1), polar(c, reach + length * 0.25, angleOf(i)), std::min(breadth * 1.5, r * 0.3));
    // The middle of the flower: brown, a colour no token has.
    p.setPen(QPen(QColor(QStringLiteral("#5D4037")), 2));
    p.setBrush(QColor(QStringLiteral("#8D6E63")));
    p.drawEllipse(c, r * 0.2, r * 0.2);
}

void ColouringShapeView::paintSides(QPainter &p) const
{
    const QPointF c = centre();
    const qreal r = radius();
    const qreal band = std::clamp(r * 0.17, 8.0, 24.0);
    if (m_parts < 3) {
        // Two "sides": the two halves of a round band.
        const qreal inner = r - band;
        const qreal sweep = 360.0 / m_parts;
        for (int i = 0; i < m_parts; ++i) {
            const qreal from = angleOf(i) - sweep / 2;
            QPainterPath arc;
            arc.arcMoveTo(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), -from);
            arc.arcTo(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), -from, -sweep);
            arc.arcTo(QRectF(c.x() - inner, c.y() - inner, 2 * inner, 2 * inner), -(from + sweep), sweep);
            arc.closeSubpath();
            paintPart(p, i, arc);
        }
        return;
    }
    // Each side a band between the outline and a smaller polygon inside, so the bands meet in
    // mitred corners; corner j lies half a part before the middle of side j.
    const qreal half = 180.0 / m_parts;
    const qreal inner = r - band / std::cos(qDegreesToRadians(half));
    for (int i = 0; i < m_parts; ++i) {
        QPainterPath side;
        side.moveTo(polar(c, r, angleOf(i) - half));
        side.lineTo(polar(c, r, angleOf(i) + half));
        side.lineTo(polar(c, inner, angleOf(i) + half));
        side.lineTo(polar(c, inner, angleOf(i) - half));
        side.closeSubpath();
        paintPart(p, i, side);
    }
    // The tokens' shapes inside, each by its side.
    const qreal apothem = inner * std::cos(qDegreesToRadians(half));
    const qreal sideLength = 2 * inner * std::sin(qDegreesToRadians(half));
    const qreal mark = std::min({ r * 0.3, sideLength * 0.45, apothem * 0.9 });
    for (int i = 0; i < m_parts; ++i)
        paintMark(p, m_row.value(i, -1), polar(c, apothem - mark * 0.62, angleOf(i)), mark);
}

void ColouringShapeView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    TokenPainter::paintCard(p, QRectF(rect()), QColor(QStringLiteral("#CFD8DC"))); // as behind the row
    switch (m_figure) {
    case Figure::Wheel:
        paintWheel(p);
        break;
    case Figure::Flower:
        paintFlower(p);
        break;
    case Figure::Sides:
        paintSides(p);
        break;
    }
}

} // namespace stages::geometry
