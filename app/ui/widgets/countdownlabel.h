#pragma once

#include <QLabel>
#include <QTimer>

#include <functional>

namespace stages {

/// Shows how long an account still has to wait before the next sign-in try, as a live
/// countdown ("Please wait 9 seconds"). It asks @p remaining (the core's answer, in ms) a few
/// times a second, so the count follows the service's clock and never drifts from it.
class CountdownLabel : public QLabel
{
    Q_OBJECT

public:
    explicit CountdownLabel(QWidget *parent = nullptr);

    /// Starts watching; does nothing visible when there is nothing to wait for.
    void watch(std::function<qint64()> remaining);
    void stop();
    bool isCounting() const { return m_counting; }
    int secondsLeft() const { return m_seconds; }

signals:
    /// True when the wait starts, false when the account may try again.
    void countingChanged(bool counting);

private:
    void tick();

    std::function<qint64()> m_remaining;
    QTimer m_timer;
    bool m_counting = false;
    int m_seconds = 0;
};

} // namespace stages
