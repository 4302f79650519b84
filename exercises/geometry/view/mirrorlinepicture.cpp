#include "exercises/geometry/view/mirrorlinepicture.h"

#include <QPainter>
#include <QPainterPath>

namespace stages::geometry {

QLineF MirrorLinePicture::line(const QRectF &rect, const QString &key, qreal overhang)
{
    const QPointF c = rect.center();
    if (key == QLatin1String("vertical"))
        return { c.x(), rect.top() - overhang, c.x(), rect.bottom() + overhang };
    if (key == QLatin1String("horizontal"))
        return { rect.left() - overhang, c.y(), rect.right() + overhang, c.y() };
    QLineF l = key == QLatin1String("diagonal") ? QLineF(rect.topLeft(), rect.bottomRight())
                                                : QLineF(rect.topRight(), rect.bottomLeft());
    if (overhang > 0) {
        const QPointF step = (l.p2() - l.p1()) / l.length() * overhang;
        l = QLineF(l.p1() - step, l.p2() + step);
    }
    return l;
}

QColor MirrorLinePicture::colour(Look look)
{
    switch (look) {
    case Look::Mirror:
        return QColor(0xD8, 0x1B, 0x60); // pink: stands out from the blue cells
    case Look::Right:
        return QColor(0x2E, 0x7D, 0x32);
    case Look::Wrong:
        return QColor(0xC6, 0x28, 0x28);
    case Look::Plain:
        return QColor(0x78, 0x90, 0x9C);
    }
    return Qt::black;
}

void MirrorLinePicture::paint(QPainter &painter, const QRectF &rect, const QString &key, Look look, qreal width,
                              qreal overhang)
{
    painter.save();
    // A white edge under the dashes keeps the line visible over filled cells.
    QPen under(Qt::white, width * 1.8, Qt::SolidLine, Qt::RoundCap);
    painter.setPen(under);
    const QLineF l = line(rect, key, overhang);
    painter.drawLine(l);
    QPen pen(colour(look), width, Qt::CustomDashLine, Qt::FlatCap);
    pen.setDashPattern({ 2.2, 1.3 });
    painter.setPen(pen);
    painter.drawLine(l);
    painter.restore();
}

void MirrorLinePicture::paintMark(QPainter &painter, const QRectF &rect, Mark mark)
{
    if (mark == Mark::None)
        return;
    painter.save();
    const qreal w = std::max<qreal>(2.0, rect.width() / 7.0);
    if (mark == Mark::Tick) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour(Look::Right));
        painter.drawEllipse(rect);
        QPainterPath tick;
        tick.moveTo(rect.left() + rect.width() * 0.26, rect.top() + rect.height() * 0.52);
        tick.lineTo(rect.left() + rect.width() * 0.44, rect.top() + rect.height() * 0.70);
        tick.lineTo(rect.left() + rect.width() * 0.76, rect.top() + rect.height() * 0.32);
        painter.setPen(QPen(Qt::white, w, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(tick);
    } else {
        const QRectF r
            = rect.adjusted(rect.width() * 0.18, rect.height() * 0.18, -rect.width() * 0.18, -rect.height() * 0.18);
        painter.setPen(QPen(Qt::white, w * 1.9, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(r.topLeft(), r.bottomRight());
        painter.drawLine(r.topRight(), r.bottomLeft());
        painter.setPen(QPen(colour(Look::Wrong), w, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(r.topLeft(), r.bottomRight());
        painter.drawLine(r.topRight(), r.bottomLeft());
    }
    painter.restore();
}

QPixmap MirrorLinePicture::picture(const QString &key, int size, Look look, Mark mark, qreal devicePixelRatio)
{
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    const QRectF square(s * 0.14, s * 0.14, s * 0.72, s * 0.72);
    painter.setPen(QPen(QColor(0x78, 0x90, 0x9C), std::max<qreal>(1.5, s / 40.0)));
    painter.setBrush(Qt::white);
    painter.drawRect(square);
    painter.setPen(QPen(QColor(0xCF, 0xD8, 0xDC), std::max<qreal>(1.0, s / 80.0)));
    for (int i = 1; i < 3; ++i) {
        const qreal x = square.left() + square.width() * i / 3.0;
        const qreal y = square.top() + square.height() * i / 3.0;
        painter.drawLine(QPointF(x, square.top()), QPointF(x, square.bottom()));
        painter.drawLine(QPointF(square.left(), y), QPointF(square.right(), y));
    }
    if (!key.isEmpty())
        paint(painter, square, key, look, s / 12.0, s * 0.1);
    const qreal m = s * 0.38;
    paintMark(painter, QRectF(s - m - 1, s - m - 1, m, m), mark);
    return pixmap;
}

} // namespace stages::geometry
