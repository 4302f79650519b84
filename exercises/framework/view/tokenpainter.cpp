#include "exercises/framework/view/tokenpainter.h"

#include <QColor>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <QSvgRenderer>
#include <QtMath>

#include <algorithm>

namespace stages {

namespace {

const QColor kInk(QStringLiteral("#37474F"));

QPainterPath polygonPath(const QRectF &r, int corners, double startDegrees, double innerRatio = 1.0)
{
    QPainterPath path;
    const QPointF c = r.center();
    const double outer = std::min(r.width(), r.height()) / 2.0;
    const int points = innerRatio < 1.0 ? corners * 2 : corners;
    for (int i = 0; i < points; ++i) {
        const double radius = (innerRatio < 1.0 && i % 2 == 1) ? outer * innerRatio : outer;
        const double a = qDegreesToRadians(startDegrees + 360.0 * i / points);
        const QPointF p(c.x() + radius * std::cos(a), c.y() + radius * std::sin(a));
        if (i == 0)
            path.moveTo(p);
        else
            path.lineTo(p);
    }
    path.closeSubpath();
    return path;
}

QPainterPath shapePath(const QString &shape, const QRectF &r)
{
    QPainterPath path;
    const double s = std::min(r.width(), r.height());
    const QRectF sq(r.center().x() - s / 2, r.center().y() - s / 2, s, s);
    if (shape == QLatin1String("circle")) {
        path.addEllipse(sq.adjusted(s * 0.04, s * 0.04, -s * 0.04, -s * 0.04));
    } else if (shape == QLatin1String("square")) {
        path.addRoundedRect(sq.adjusted(s * 0.08, s * 0.08, -s * 0.08, -s * 0.08), s * 0.06, s * 0.06);
    } else if (shape == QLatin1String("triangle")) {
        path = polygonPath(sq.translated(0, s * 0.08), 3, -90);
    } else if (shape == QLatin1String("star")) {
        path = polygonPath(sq.translated(0, s * 0.04), 5, -90, 0.45);
    } else if (shape == QLatin1String("diamond")) {
        path = polygonPath(sq, 4, -90);
        QTransform t;
        t.translate(sq.center().x(), sq.center().y());
        t.scale(0.8, 1.0);
        t.translate(-sq.center().x(), -sq.center().y());
        path = t.map(path);
    } else if (shape == QLatin1String("heart")) {
        const double x = sq.left();
        const double y = sq.top();
        path.moveTo(x + s * 0.5, y + s * 0.92);
        path.cubicTo(x + s * 0.1, y + s * 0.62, x - s * 0.02, y + s * 0.35, x + s * 0.12, y + s * 0.18);
        path.cubicTo(x + s * 0.26, y + s * 0.02, x + s * 0.46, y + s * 0.08, x + s * 0.5, y + s * 0.26);
        path.cubicTo(x + s * 0.54, y + s * 0.08, x + s * 0.74, y + s * 0.02, x + s * 0.88, y + s * 0.18);
        path.cubicTo(x + s * 1.02, y + s * 0.35, x + s * 0.9, y + s * 0.62, x + s * 0.5, y + s * 0.92);
        path.closeSubpath();
    } else if (shape == QLatin1String("hexagon")) {
        path = polygonPath(sq, 6, 0);
    } else if (shape == QLatin1String("cross")) {
        const double t = s * 0.3;
        path.addRect(QRectF(sq.center().x() - t / 2, sq.top() + s * 0.06, t, s * 0.88));
        path.addRect(QRectF(sq.left() + s * 0.06, sq.center().y() - t / 2, s * 0.88, t));
        path = path.simplified();
    } else if (shape == QLatin1String("arrow-right") || shape == QLatin1String("arrow-up")) {
        // An arrow pointing right; turned for "up".
        const double x = sq.left();
        const double y = sq.top();
        path.moveTo(x + s * 0.08, y + s * 0.38);
        path.lineTo(x + s * 0.55, y + s * 0.38);
        path.lineTo(x + s * 0.55, y + s * 0.16);
        path.lineTo(x + s * 0.94, y + s * 0.5);
        path.lineTo(x + s * 0.55, y + s * 0.84);
        path.lineTo(x + s * 0.55, y + s * 0.62);
        path.lineTo(x + s * 0.08, y + s * 0.62);
        path.closeSubpath();
        if (shape == QLatin1String("arrow-up")) {
            QTransform t;
            t.translate(sq.center().x(), sq.center().y());
            t.rotate(-90);
            t.translate(-sq.center().x(), -sq.center().y());
            path = t.map(path);
        }
    }
    return path;
}

/// A point on a circle (geometry's "points" skin): the ring of the exercise's points, a dot at
/// this point's place on it (index of "of", clockwise from the top), and its number large in the
/// middle, so that "3" is read as the number and seen as the third point.
void paintPoint(QPainter &painter, const QRectF &rect, const QJsonObject &element)
{
    const double s = std::min(rect.width(), rect.height());
    const QPointF c = rect.center();
    const double dot = std::max(3.0, s * 0.085);
    const double radius = s * 0.44 - dot;
    const int of = element.value(QStringLiteral("of")).toInt();
    const int index = element.value(QStringLiteral("index")).toInt(-1);
    const QColor ring(QStringLiteral("#90A4AE"));
    const QColor mark(QStringLiteral("#1565C0"));
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(ring, std::max(1.5, s * 0.025)));
    painter.drawEllipse(c, radius, radius);
    if (of > 0 && index >= 0 && index < of) {
        // The other places, small, so the ring reads as "points on a circle".
        painter.setPen(Qt::NoPen);
        painter.setBrush(ring);
        auto at = [&](int i) {
            const double a = qDegreesToRadians(-90.0 + 360.0 * i / of);
            return QPointF(c.x() + radius * std::cos(a), c.y() + radius * std::sin(a));
        };
        for (int i = 0; i < of; ++i) {
            if (i != index)
                painter.drawEllipse(at(i), dot * 0.45, dot * 0.45);
        }
        painter.setBrush(mark);
        painter.setPen(QPen(mark.darker(140), std::max(1.0, s * 0.02)));
        painter.drawEllipse(at(index), dot, dot);
    }
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(std::max(8, int(s * 0.4)));
    painter.setFont(font);
    painter.setPen(kInk);
    painter.drawText(rect, Qt::AlignCenter, element.value(QStringLiteral("symbol")).toString());
}

/// A piece of a bar (geometry's "rods" skins): a bar "length" cells long in its colour, the
/// cells marked, on the scale of the longest piece (three cells), so a longer piece looks longer.
void paintRod(QPainter &painter, const QRectF &rect, const QJsonObject &element)
{
    const int length = std::clamp(element.value(QStringLiteral("length")).toInt(1), 1, 3);
    // A thick bar: a 1-piece still reads as a block in a small token.
    const double cell = rect.width() * 0.9 / 3.0;
    const double thick = std::min(rect.height() * 0.44, cell * 1.4);
    const QRectF bar(rect.center().x() - cell * length / 2.0, rect.center().y() - thick / 2.0, cell * length, thick);
    const QString colour = element.value(QStringLiteral("color")).toString();
    const QColor fill = colour.isEmpty() ? kInk : QColor(colour);
    const double line = std::max(1.5, cell * 0.08);
    painter.setBrush(fill);
    painter.setPen(QPen(fill.darker(160), line, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawRoundedRect(bar, std::min(cell, thick) * 0.18, std::min(cell, thick) * 0.18);
    painter.setPen(QPen(fill.darker(160), line * 0.8));
    for (int i = 1; i < length; ++i) {
        const double x = bar.left() + i * cell;
        painter.drawLine(QPointF(x, bar.top() + thick * 0.18), QPointF(x, bar.bottom() - thick * 0.18));
    }
}

} // namespace

bool TokenPainter::pictureDrawsSomething(const QString &path)
{
    static QHash<QString, bool> cache; // GUI thread only; the pictures never change while running
    const auto it = cache.constFind(path);
    if (it != cache.constEnd())
        return *it;
    QSvgRenderer renderer(path);
    bool drawn = false;
    if (renderer.isValid()) {
        QImage image(32, 32, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter p(&image);
        renderer.render(&p);
        p.end();
        for (int y = 0; y < image.height() && !drawn; ++y) {
            for (int x = 0; x < image.width() && !drawn; ++x)
                drawn = qAlpha(image.pixel(x, y)) > 0;
        }
    }
    cache.insert(path, drawn);
    return drawn;
}

void TokenPainter::paintLabel(QPainter &painter, const QRectF &inner, const QJsonObject &element, const QColor &fill)
{
    // A note's name on its coloured token; a dot above it for the high octave, below for the low
    // one (octave < 0), so that notes that sound different never look the same.
    const QString label = element.value(QStringLiteral("label")).toString();
    if (label.isEmpty())
        return;
    const bool darkFill = qGray(fill.rgb()) < 140;
    const QColor ink = darkFill ? QColor(Qt::white) : kInk;
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(std::max(8, int(inner.height() * 0.5)));
    painter.setFont(font);
    painter.setPen(ink);
    painter.drawText(inner, Qt::AlignCenter, label);
    const int octave = element.value(QStringLiteral("octave")).toInt();
    if (octave != 0) {
        const double r = std::max(2.0, inner.height() * 0.07);
        const double y = octave > 0 ? inner.top() + inner.height() * 0.14 : inner.bottom() - inner.height() * 0.14;
        painter.setPen(Qt::NoPen);
        painter.setBrush(ink);
        painter.drawEllipse(QPointF(inner.center().x(), y), r, r);
    }
}

void TokenPainter::paintCard(QPainter &painter, const QRectF &rect, const QColor &border)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(border, 2));
    painter.setBrush(Qt::white);
    const double radius = std::min(rect.width(), rect.height()) * 0.16;
    painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), radius, radius);
    painter.restore();
}

QRectF TokenPainter::paintKeyBadge(QPainter &painter, const QRectF &card, const QString &key)
{
    if (key.isEmpty())
        return {};
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    // 20-26 px across: readable, and small beside a 64 px token. White on #37474F is 10:1.
    const double size = std::clamp(std::min(card.width(), card.height()) * 0.3, 20.0, 26.0);
    const QRectF badge(card.right() - size - 1, card.top() + 1, size, size);
    painter.setPen(QPen(Qt::white, 1.5));
    painter.setBrush(QColor(0x37, 0x47, 0x4F));
    painter.drawEllipse(badge);
    QFont f = painter.font();
    f.setBold(true);
    f.setPixelSize(int(size * 0.62));
    painter.setFont(f);
    painter.setPen(Qt::white);
    painter.drawText(badge, Qt::AlignCenter, key);
    painter.restore();
    return badge;
}

void TokenPainter::paint(QPainter &painter, const QRectF &rect, const QJsonObject &element, Style style)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    if (style == Style::Faint)
        painter.setOpacity(painter.opacity() * 0.35);
    const double s = std::min(rect.width(), rect.height());
    const QRectF inner(rect.center().x() - s * 0.38, rect.center().y() - s * 0.38, s * 0.76, s * 0.76);

    const QString color = element.value(QStringLiteral("color")).toString();
    const QString shape = element.value(QStringLiteral("shape")).toString();
    const QString picture = element.value(QStringLiteral("picture")).toString();

    if (!picture.isEmpty() && pictureDrawsSomething(picture)) {
        QSvgRenderer(picture).render(&painter, inner);
    } else if (shape == QLatin1String("point")) {
        paintPoint(painter, rect, element);
    } else if (shape == QLatin1String("rod")) {
        paintRod(painter, rect, element);
    } else if (!shape.isEmpty()) {
        const QPainterPath path = shapePath(shape, inner);
        const QColor fill = color.isEmpty() ? kInk : QColor(color);
        painter.setBrush(fill);
        painter.setPen(QPen(fill.darker(160), std::max(2.0, s * 0.035), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPath(path);
        paintLabel(painter, inner, element, fill);
    } else {
        // Digits, letters, and pictograms still missing: the symbol, else the name, large.
        QString text = element.value(QStringLiteral("symbol")).toString();
        const bool word = !picture.isEmpty();
        if (word)
            text = element.value(QStringLiteral("name")).toString();
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(int(word ? s * 0.22 : s * 0.56));
        painter.setFont(font);
        painter.setPen(kInk);
        painter.drawText(rect, Qt::AlignCenter | Qt::TextWordWrap, text);
    }
    painter.restore();
}

} // namespace stages
