#include "exercises/music/view/rhythmgridwidget.h"

#include <QPainter>

namespace stages::music {

RhythmGridWidget::RhythmGridWidget(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void RhythmGridWidget::setSteps(const QList<bool> &steps, int cycles)
{
    m_steps = steps;
    m_cycles = std::max(1, cycles);
    updateGeometry();
    update();
}

void RhythmGridWidget::setCurrent(int step)
{
    if (step == m_current)
        return;
    m_current = step;
    update();
}

void RhythmGridWidget::setTapMarks(const QList<TapMark> &marks)
{
    m_marks = marks;
    update();
}

QSize RhythmGridWidget::sizeHint() const
{
    const int n = std::max<int>(1, int(m_steps.size()) * m_cycles);
    return QSize(std::min(1000, n * 44), m_marks.isEmpty() ? 56 : 84);
}

QRectF RhythmGridWidget::stepRect(int index) const
{
    const int n = std::max<int>(1, int(m_steps.size()) * m_cycles);
    const qreal gapBetweenCycles = 10;
    const qreal cell = std::min<qreal>(48, (width() - 8 - gapBetweenCycles * (m_cycles - 1)) / n);
    const qreal total = cell * n + gapBetweenCycles * (m_cycles - 1);
    const int perCycle = std::max<int>(1, int(m_steps.size()));
    const qreal x = (width() - total) / 2 + index * cell + (index / perCycle) * gapBetweenCycles;
    return QRectF(x + 2, 6, cell - 4, std::min<qreal>(cell - 4, 44));
}

void RhythmGridWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int perCycle = int(m_steps.size());
    if (perCycle == 0)
        return;
    QList<int> onsetSteps;
    for (int i = 0; i < perCycle * m_cycles; ++i) {
        const bool onset = m_steps.at(i % perCycle);
        if (onset)
            onsetSteps.append(i);
        const QRectF box = stepRect(i);
        p.setPen(QPen(i == m_current ? QColor(0x15, 0x65, 0xC0) : QColor(0x90, 0xA4, 0xAE), i == m_current ? 4 : 2));
        p.setBrush(onset ? (i == m_current ? QColor(0xFF, 0xB3, 0x00) : QColor(0xE6, 0x51, 0x00)) : palette().base().color());
        p.drawRoundedRect(box, 6, 6);
    }
    for (const TapMark &mark : m_marks) {
        if (mark.onset < 0 || mark.onset >= onsetSteps.size())
            continue;
        const QRectF box = stepRect(onsetSteps.at(mark.onset));
        const qreal y = box.bottom() + 18;
        if (mark.kind == TapKind::Missed) {
            p.setPen(QPen(QColor(0x78, 0x90, 0x9C), 3));
            const QPointF c(box.center().x(), y);
            p.drawLine(c + QPointF(-7, -7), c + QPointF(7, 7));
            p.drawLine(c + QPointF(-7, 7), c + QPointF(7, -7));
            continue;
        }
        // Shift by the error: a whole step's width is a whole step's time.
        const qreal shift = std::clamp<qreal>(mark.errorMs / m_stepMs * box.width(), -box.width(), box.width());
        p.setPen(QPen(QColor(0x90, 0xA4, 0xAE), 1, Qt::DotLine));
        p.drawLine(QPointF(box.center().x(), box.bottom()), QPointF(box.center().x(), y + 10));
        paintTapMark(p, QPointF(box.center().x() + shift, y), mark);
    }
}

void RhythmGridWidget::paintTapMark(QPainter &p, const QPointF &c, const TapMark &mark)
{
    // Each kind has its own shape, not only its colour (issue 14, point 9): a tick in a green
    // disc on time, an orange arrowhead pointing the way the tap went (left: early, right: late).
    if (mark.kind == TapKind::Good) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x2E, 0x7D, 0x32));
        p.drawEllipse(c, 9, 9);
        p.setPen(QPen(Qt::white, 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPolyline(QPolygonF({ c + QPointF(-4.5, 0.5), c + QPointF(-1.2, 4), c + QPointF(5, -3.5) }));
        return;
    }
    const qreal d = mark.errorMs < 0 ? -1 : 1;
    p.setPen(QPen(QColor(0xBF, 0x36, 0x0C), 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(QColor(0xEF, 0x6C, 0x00));
    p.drawPolygon(QPolygonF({ c + QPointF(d * 10, 0), c + QPointF(-d * 7, -9), c + QPointF(-d * 7, 9) }));
}

} // namespace stages::music
