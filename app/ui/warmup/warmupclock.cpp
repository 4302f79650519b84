#include "ui/warmup/warmupclock.h"

#include <QPainter>

namespace stages {

WarmUpClock::WarmUpClock(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("warmUpClock"));
    setMinimumSize(sizeHint());
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void WarmUpClock::setTime(qint64 remainingMs, qint64 totalMs)
{
    m_remainingMs = std::max<qint64>(0, remainingMs);
    m_totalMs = std::max<qint64>(1, totalMs);
    //: Screen readers: the warm-up's time left; %1 is minutes:seconds
    setAccessibleName(tr("Time left: %1").arg(text()));
    update();
}

QString WarmUpClock::text() const
{
    // Round up, so "0:00" only shows when time is really over.
    const qint64 seconds = (m_remainingMs + 999) / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

void WarmUpClock::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal side = std::min(width(), height()) - 10;
    const QRectF ring((width() - side) / 2, (height() - side) / 2, side, side);
    const bool lastMinute = m_remainingMs <= 60 * 1000;
    const QColor color = lastMinute ? QColor(0xFB, 0x8C, 0x00) : QColor(0x43, 0xA0, 0x47);

    p.setPen(QPen(QColor(0xE0, 0xE6, 0xEA), 9));
    p.drawEllipse(ring);
    p.setPen(QPen(color, 9, Qt::SolidLine, Qt::RoundCap));
    const double fraction = double(m_remainingMs) / double(m_totalMs);
    p.drawArc(ring, 90 * 16, int(std::clamp(fraction, 0.0, 1.0) * 360 * 16));

    QFont f = font();
    f.setPixelSize(int(side * 0.3));
    f.setBold(true);
    p.setFont(f);
    p.setPen(QColor(0x26, 0x32, 0x38));
    p.drawText(ring, Qt::AlignCenter, text());
}

} // namespace stages
