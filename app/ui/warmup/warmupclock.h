#pragma once

#include <QWidget>

namespace stages {

/// The warm-up's friendly countdown: a coloured ring that empties as time passes, with the
/// minutes and seconds left in the middle ("6:42"). Green while there is time, orange in the
/// last minute. Shows what it is told; the page asks the clock.
class WarmUpClock : public QWidget
{
    Q_OBJECT

public:
    explicit WarmUpClock(QWidget *parent = nullptr);

    void setTime(qint64 remainingMs, qint64 totalMs);
    qint64 remainingMs() const { return m_remainingMs; }
    /// "6:42", as shown.
    QString text() const;

    QSize sizeHint() const override { return { 64, 64 }; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    qint64 m_remainingMs = 0;
    qint64 m_totalMs = 1;
};

} // namespace stages
