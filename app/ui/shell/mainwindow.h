#pragma once

#include "core/accounts/session.h"

#include <QMainWindow>
#include <QPointer>

#include <optional>

class QStackedWidget;
class QToolButton;

namespace stages {

class AppContext;
class KioskGuard;
class PupilHome;
class SetupWizard;
class SignInFlow;
class StorageErrorPage;
class TeacherArea;
class TrainerArea;

/// The Stages window. Shows the setup wizard on an empty database, otherwise the sign-in flow;
/// after sign-in the pupil home, the teacher area or the trainer area; Sign out returns to the
/// start. Pages are made when first needed and the signed-in area is dropped at sign-out.
///
/// Kiosk mode (for a shared classroom PC): full screen at every screen size, pupils' flow only,
/// the window cannot be closed and stays in front (KioskGuard puts it back when the window
/// manager minimises it or activates another window); a small lock button or Ctrl+Alt+Q asks
/// for a teacher's or admin's login and password to leave.
///
/// Remembers its geometry; a language change is applied at once by rebuilding the pages.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    struct Options
    {
        bool kiosk = false;
    };

    MainWindow(AppContext &context, Options options, QWidget *parent = nullptr);
    explicit MainWindow(AppContext &context, QWidget *parent = nullptr)
        : MainWindow(context, Options(), parent)
    { }
    ~MainWindow() override;

    std::optional<Session> session() const { return m_session; }
    bool isKiosk() const { return m_kiosk; }

    SetupWizard *setupWizard() const;
    /// The page shown when the database cannot be read at the start (nullptr until then).
    StorageErrorPage *storageErrorPage() const;
    SignInFlow *signInFlow() const;
    PupilHome *pupilHome() const;
    TeacherArea *teacherArea() const;
    TrainerArea *trainerArea() const;
    QWidget *currentPage() const;
    QToolButton *kioskButton() const { return m_kioskButton; }
    /// What keeps the kiosk window in front; nullptr outside kiosk mode.
    KioskGuard *kioskGuard() const;

    void signOut();
    /// Opens the home or area of a session that has signed in (the sign-in flow, the setup
    /// wizard; the demos for screenshots).
    void enterSession(const Session &session);
    /// Saves @p language ("" = follow the system), loads its translations and rebuilds the pages.
    void setLanguage(const QString &language);
    /// Asks for a teacher's password; on success leaves kiosk mode. Returns whether it did.
    bool requestLeaveKiosk();
    void leaveKiosk();

signals:
    void sessionChanged();

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void showStart();
    void dropSessionPages();
    void placeKioskButton();
    void restoreWindowGeometry();

    AppContext &m_context;
    bool m_kiosk = false;
    std::optional<Session> m_session;
    int m_pupilAvatar = 0;
    QStackedWidget *m_stack = nullptr;
    QPointer<SetupWizard> m_setup;
    QPointer<StorageErrorPage> m_storageError;
    QPointer<SignInFlow> m_signIn;
    QPointer<PupilHome> m_pupilHome;
    QPointer<TeacherArea> m_teacherArea;
    QPointer<TrainerArea> m_trainerArea;
    QToolButton *m_kioskButton = nullptr;
    QPointer<KioskGuard> m_kioskGuard;
};

} // namespace stages
