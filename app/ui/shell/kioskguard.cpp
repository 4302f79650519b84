#include "ui/shell/kioskguard.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

namespace stages {

namespace {
/// The pause before the window is put back: long enough for the window manager to finish
/// what it is doing (switching desktops, showing the desktop), short enough that a child
/// barely sees the desktop.
constexpr int kReclaimDelayMs = 250;
/// While the window manager has not given the window back, how often to ask again.
constexpr int kRetryDelayMs = 1000;
} // namespace

KioskGuard::KioskGuard(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &KioskGuard::check);
    // Changing window flags re-creates the native window and hides it; show it again if it was.
    const bool visible = window->isVisible();
    window->setWindowFlag(Qt::WindowStaysOnTopHint, true);
    if (visible)
        window->showFullScreen();
    window->installEventFilter(this);
}

void KioskGuard::end()
{
    if (m_ended)
        return;
    m_ended = true;
    m_timer.stop();
    m_window->removeEventFilter(this);
    const bool visible = m_window->isVisible();
    m_window->setWindowFlag(Qt::WindowStaysOnTopHint, false);
    if (visible)
        m_window->show();
}

bool KioskGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && (event->type() == QEvent::WindowStateChange || event->type() == QEvent::ActivationChange)
        && !isInFront())
        scheduleCheck(kReclaimDelayMs);
    return QObject::eventFilter(watched, event);
}

void KioskGuard::scheduleCheck(int delayMs)
{
    // A check already waiting is not pushed back: a stream of events must not starve it.
    if (!m_timer.isActive())
        m_timer.start(delayMs);
}

bool KioskGuard::isInFront() const
{
    const Qt::WindowStates state = m_window->windowState();
    // Any window of the app may have the focus: the leave-kiosk dialog, a pupil's message box.
    return m_window->isVisible() && !(state & Qt::WindowMinimized) && (state & Qt::WindowFullScreen)
        && QApplication::activeWindow() != nullptr;
}

void KioskGuard::check()
{
    if (m_ended)
        return;
    if (isInFront()) {
        m_failedReclaims = 0;
        return;
    }
    if (m_window->isVisible() && m_failedReclaims > 0) {
        // Asking did not bring it back (openbox ignores an activation while it shows the
        // desktop): unmap the window now and map it anew in a moment, which a window manager
        // always shows, leaving such modes. Not at once: the window manager must first have
        // seen it go, or it forgets the full screen the new mapping asks for.
        m_failedReclaims = 0;
        m_window->hide();
        scheduleCheck(kReclaimDelayMs);
        return;
    }
    ++m_reclaims;
    ++m_failedReclaims;
    m_window->setWindowState((m_window->windowState() & ~Qt::WindowMinimized) | Qt::WindowFullScreen);
    m_window->showFullScreen();
    m_window->raise();
    m_window->activateWindow();
    // A dialog open over the window (the leave-kiosk password) comes back in front of it.
    if (QWidget *modal = QApplication::activeModalWidget(); modal && modal != m_window) {
        modal->show();
        modal->raise();
        modal->activateWindow();
    }
    // The window manager may not have obeyed (yet): look again in a while.
    scheduleCheck(kRetryDelayMs);
    emit reclaimed();
}

} // namespace stages
