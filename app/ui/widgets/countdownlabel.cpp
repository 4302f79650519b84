#include "ui/widgets/countdownlabel.h"

namespace stages {

CountdownLabel::CountdownLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("countdown"));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setAccessibleName(tr("Waiting time"));
    hide();
    m_timer.setInterval(200);
    connect(&m_timer, &QTimer::timeout, this, &CountdownLabel::tick);
}

void CountdownLabel::watch(std::function<qint64()> remaining)
{
    m_remaining = std::move(remaining);
    tick();
}

void CountdownLabel::stop()
{
    m_timer.stop();
    m_remaining = nullptr;
    if (m_counting) {
        m_counting = false;
        hide();
        emit countingChanged(false);
    }
}

void CountdownLabel::tick()
{
    const qint64 ms = m_remaining ? m_remaining() : 0;
    if (ms <= 0) {
        stop();
        return;
    }
    m_seconds = int((ms + 999) / 1000);
    //: Shown while an account must wait after too many wrong sign-in tries; counts down live.
    setText(tr("Too many wrong tries. Please wait %n second(s).", nullptr, m_seconds));
    if (!m_timer.isActive())
        m_timer.start();
    if (!m_counting) {
        m_counting = true;
        show();
        emit countingChanged(true);
    }
}

} // namespace stages
