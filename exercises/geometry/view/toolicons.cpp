#include "exercises/geometry/view/toolicons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QtMath>

#include <functional>

namespace stages::geometry {

namespace {

const QColor kInk(0x26, 0x32, 0x38);

/// A 72 px icon (sharp at 2x) painted on a 36 x 36 canvas by @p paint.
QIcon painted(const std::function<void(QPainter &)> &paint)
{
    QPixmap pixmap(72, 72);
    pixmap.setDevicePixelRatio(2.0);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(kInk, 3.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    paint(painter);
    painter.end();
    return QIcon(pixmap);
}

QPolygonF regular(int corners, qreal radius, qreal turn = -90.0)
{
    QPolygonF polygon;
    for (int i = 0; i < corners; ++i) {
        const qreal a = qDegreesToRadians(turn + 360.0 * i / corners);
        polygon << QPointF(18 + radius * std::cos(a), 19 + radius * std::sin(a));
    }
    return polygon;
}

} // namespace

QIcon ToolIcons::tool(int tool)
{
    return painted([tool](QPainter &p) {
        switch (tool) {
        case 0: // line between two dots
            p.drawLine(QPointF(7, 28), QPointF(29, 8));
            p.setBrush(kInk);
            p.drawEllipse(QPointF(7, 28), 3, 3);
            p.drawEllipse(QPointF(29, 8), 3, 3);
            break;
        case 1:
            p.drawPolygon(regular(3, 14));
            break;
        case 2:
            p.drawPolygon(regular(4, 14, -45.0));
            break;
        case 3: { // {5/2}
            const QPolygonF five = regular(5, 15);
            QPolygonF star;
            for (int i = 0; i < 5; ++i)
                star << five.at((i * 2) % 5);
            p.drawPolygon(star);
            break;
        }
        case 4: { // a paint pot pouring
            p.setBrush(QColor(0x15, 0x65, 0xC0));
            p.drawRoundedRect(QRectF(6, 14, 18, 16), 3, 3);
            p.drawLine(QPointF(24, 16), QPointF(31, 10));
            p.setBrush(QColor(0x15, 0x65, 0xC0));
            p.drawEllipse(QPointF(31, 24), 3, 4);
            break;
        }
        default: { // a rubber
            p.save();
            p.translate(18, 18);
            p.rotate(-35);
            p.setBrush(QColor(0xF4, 0x8F, 0xB1));
            p.drawRoundedRect(QRectF(-13, -7, 26, 14), 3, 3);
            p.setBrush(Qt::white);
            p.drawRect(QRectF(2, -7, 11, 14));
            p.restore();
            break;
        }
        }
    });
}

QIcon ToolIcons::colour(const QColor &colour)
{
    return painted([colour](QPainter &p) {
        p.setPen(QPen(Qt::white, 2.0));
        p.setBrush(colour);
        p.drawEllipse(QPointF(18, 18), 15, 15);
    });
}

QIcon ToolIcons::symmetry(int symmetry)
{
    return painted([symmetry](QPainter &p) {
        const QColor guide(0x8E, 0x24, 0xAA);
        if (symmetry == 1) { // a mirror line with a shape and its image
            p.drawLine(QPointF(6, 10), QPointF(14, 26));
            p.drawLine(QPointF(30, 10), QPointF(22, 26));
            p.setPen(QPen(guide, 3.0, Qt::DashLine));
            p.drawLine(QPointF(18, 3), QPointF(18, 33));
        } else if (symmetry == 2) { // a turning arrow round a dot
            p.setPen(QPen(guide, 3.0, Qt::SolidLine, Qt::RoundCap));
            p.drawArc(QRectF(5, 5, 26, 26), 90 * 16, -280 * 16);
            p.drawLine(QPointF(5, 18), QPointF(1, 13));
            p.drawLine(QPointF(5, 18), QPointF(10, 14));
            p.setBrush(guide);
            p.drawEllipse(QPointF(18, 18), 2.5, 2.5);
        } else { // one line, nothing repeated
            p.drawLine(QPointF(8, 28), QPointF(28, 8));
        }
    });
}

} // namespace stages::geometry
