#include "exercises/music/view/rhythmcirclewidget.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <numbers>

namespace stages::music {

namespace {
const QColor kOnset(0xE6, 0x51, 0x00);
const QColor kRest(0xB0, 0xBE, 0xC5);
const QColor kPointer(0x15, 0x65, 0xC0);
} // namespace

RhythmCircleWidget::RhythmCircleWidget(QWidget *parent)
    : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void RhythmCircleWidget::setSteps(const QList<bool> &steps)
{
    m_steps = steps;
    update();
}

void RhythmCircleWidget::setOpenSteps(const QList<bool> &open)
{
    m_open = open;
    update();
}

void RhythmCircleWidget::setPosition(double step)
{
    m_position = step;
    update();
}

void RhythmCircleWidget::setStepNumbers(bool shown)
{
    m_numbers = shown;
    update();
}

void RhythmCircleWidget::setCaption(const QString &caption)
{
    m_caption = caption;
    update();
}

QRectF RhythmCircleWidget::circleRect() const
{
    const qreal captionHeight = m_caption.isEmpty() ? 0 : 34;
    // Room for the step numbers, or just for the dots on the circle.
    const qreal side = std::min<qreal>(width(), height() - captionHeight) - (m_numbers ? 80 : 40);
    return QRectF((width() - side) / 2.0, (height() - captionHeight - side) / 2.0, side, side);
}

QPointF RhythmCircleWidget::stepPoint(int index) const
{
    const QRectF r = circleRect();
    const int n = std::max<int>(1, int(m_steps.size()));
    const double angle = 2 * std::numbers::pi * index / n - std::numbers::pi / 2;
    return r.center() + QPointF(std::cos(angle) * r.width() / 2, std::sin(angle) * r.height() / 2);
}

void RhythmCircleWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = circleRect();
    const int n = int(m_steps.size());
    p.setPen(QPen(QColor(0xCF, 0xD8, 0xDC), 3));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(r);
    if (n == 0)
        return;
    const qreal dot = std::clamp<qreal>(r.width() / n * 0.55, 18, 34);

    // The onsets joined: the polygon shows how evenly they are spread.
    QPainterPath polygon;
    bool first = true;
    for (int i = 0; i < n; ++i) {
        if (!m_steps.at(i))
            continue;
        first ? polygon.moveTo(stepPoint(i)) : polygon.lineTo(stepPoint(i));
        first = false;
    }
    polygon.closeSubpath();
    p.setPen(QPen(kOnset.lighter(150), 3));
    p.setBrush(QColor(kOnset.red(), kOnset.green(), kOnset.blue(), 30));
    p.drawPath(polygon);

    const int current = m_position >= 0 ? int(std::floor(m_position)) % n : -1;
    if (m_position >= 0) {
        const double angle = 2 * std::numbers::pi * m_position / n - std::numbers::pi / 2;
        const QPointF tip = r.center() + QPointF(std::cos(angle) * r.width() * 0.42, std::sin(angle) * r.height() * 0.42);
        p.setPen(QPen(kPointer, 6, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(r.center(), tip);
        p.setBrush(kPointer);
        p.setPen(Qt::NoPen);
        p.drawEllipse(r.center(), 9, 9);
    }
    QFont f = font();
    f.setBold(true);
    f.setPixelSize(std::max(12, int(dot * 0.5)));
    p.setFont(f);
    for (int i = 0; i < n; ++i) {
        const QPointF c = stepPoint(i);
        const bool onset = m_steps.at(i);
        if (i == current && onset) {
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(255, 214, 0, 170));
            p.drawEllipse(c, dot * 0.85, dot * 0.85);
        }
        if (m_open.value(i)) {
            p.setPen(QPen(kRest, 2, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(c, dot / 2, dot / 2);
        } else {
            p.setPen(QPen(onset ? kOnset.darker(130) : kRest, 3));
            p.setBrush(onset ? kOnset : palette().base().color());
            const qreal radius = onset ? dot / 2 : dot / 3;
            p.drawEllipse(c, radius, radius);
        }
        // Step numbers outside the circle, so counting round is easy.
        if (!m_numbers)
            continue;
        const QPointF out = r.center() + (c - r.center()) * (1 + (dot * 0.9) / r.width() * 2);
        p.setPen(QColor(0x78, 0x90, 0x9C));
        p.drawText(QRectF(out.x() - 15, out.y() - 10, 30, 20), Qt::AlignCenter, QString::number(i + 1));
    }
    if (!m_caption.isEmpty()) {
        f.setPixelSize(24);
        p.setFont(f);
        p.setPen(palette().windowText().color());
        p.drawText(QRectF(0, height() - 34, width(), 34), Qt::AlignCenter, m_caption);
    }
}

} // namespace stages::music
