#include "exercises/geometry/view/circlepoints.h"

#include "exercises/geometry/starpolygonsvg.h"

#include <QJsonObject>
#include <QPainter>

#include <algorithm>

namespace stages::geometry {

namespace {

const QColor kInk(QStringLiteral("#37474F"));

} // namespace

CirclePoints::CirclePoints(int n, const QRectF &area)
    : m_n(std::max(1, n))
    , m_centre(area.center())
{
    const qreal half = std::min(area.width(), area.height()) / 2.0;
    // Big enough to read a two-digit label at a glance.
    m_dot = std::clamp(half * 0.13, 9.0, 18.0);
    m_radius = std::max(1.0, half - m_dot - 2);
}

QPointF CirclePoints::point(int i) const
{
    return StarPolygonSvg::point(i, m_n, m_centre, m_radius);
}

void CirclePoints::paintCircle(QPainter &painter) const
{
    painter.save();
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(QColor(QStringLiteral("#CFD8DC")), 2, Qt::DotLine, Qt::RoundCap));
    painter.drawEllipse(m_centre, m_radius, m_radius);
    painter.restore();
}

void CirclePoints::paintPoints(QPainter &painter, const QJsonArray &elements, const QHash<int, QColor> &marked) const
{
    painter.save();
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(std::max(9, int(m_dot * 1.05)));
    painter.setFont(font);
    for (int i = 0; i < m_n; ++i) {
        const QPointF at = point(i);
        const auto mark = marked.constFind(i);
        const bool isMarked = mark != marked.constEnd();
        const QColor fill = isMarked ? *mark : QColor(Qt::white);
        painter.setPen(QPen(isMarked ? fill.darker(150) : kInk, 2));
        painter.setBrush(fill);
        painter.drawEllipse(at, m_dot, m_dot);
        QString label = elements.at(i).toObject().value(QStringLiteral("symbol")).toString();
        if (label.isEmpty())
            label = QString::number(i + 1);
        painter.setPen(isMarked && qGray(fill.rgb()) < 170 ? QColor(Qt::white) : kInk);
        painter.drawText(QRectF(at.x() - m_dot, at.y() - m_dot, 2 * m_dot, 2 * m_dot), Qt::AlignCenter, label);
    }
    painter.restore();
}

} // namespace stages::geometry
