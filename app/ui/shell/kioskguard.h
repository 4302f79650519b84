#pragma once

#include <QObject>
#include <QTimer>

class QWidget;

namespace stages {

/// Keeps a kiosk window in front of the pupil on a classroom PC. The window stays on top of
/// every other window (Qt::WindowStaysOnTopHint), and whenever the window manager minimises it,
/// takes it out of full screen or gives another window the focus (Alt+Tab, Super+D, another
/// desktop, a new window opening), the guard puts it back: full screen, raised and active, a
/// moment later. While the window is still not back it looks again once a second; when all is
/// well it does nothing (no polling). A dialog of the app itself (the leave-kiosk password) may
/// have the focus.
///
/// Made by the window it guards (its QObject parent); end() lifts the guard when kiosk mode ends.
class KioskGuard : public QObject
{
    Q_OBJECT

public:
    /// Guards @p window, which is not shown yet or is shown full screen.
    explicit KioskGuard(QWidget *window);

    /// Stops guarding and lets other windows on top again (the window stays shown).
    void end();
    /// How many times the window has been put back (for tests and diagnostics).
    int reclaims() const { return m_reclaims; }

signals:
    /// The window was out of the pupil's view (or not active) and has just been put back.
    void reclaimed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void scheduleCheck(int delayMs);
    void check();
    bool isInFront() const;

    QWidget *m_window = nullptr;
    QTimer m_timer;
    int m_reclaims = 0;
    int m_failedReclaims = 0; ///< reclaims in a row that have not brought the window back
    bool m_ended = false;
};

} // namespace stages
