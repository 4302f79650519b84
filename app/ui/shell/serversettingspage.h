#pragma once

#include "core/storage/serverprobe.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QThread;

namespace stages {

/// The administrator's "School server" page (staff with the admin role only): connects this PC
/// to the school's PostgreSQL server. The administrator types the server, port, database, user,
/// password and the encryption wanted (TLS when the server offers it, by default), tries them
/// with "Test connection" (in a thread of its own, with a busy bar: the window never freezes),
/// and stores them with "Use this server" (ServerConnectionStore), which is offered only after a
/// successful test of the same fields. Stages opens on the server from its next start.
/// "Disconnect" (after a confirmation) returns this PC to its own database at the next start.
class ServerSettingsPage : public QWidget
{
    Q_OBJECT

public:
    /// @p openLocation: where the running program works (a file, or the server's address).
    explicit ServerSettingsPage(const QString &openLocation, QWidget *parent = nullptr);
    ~ServerSettingsPage() override;

    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portBox() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QComboBox *securityBox() const { return m_security; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *useButton() const { return m_use; }
    QPushButton *disconnectButton() const { return m_disconnect; }
    QProgressBar *busyBar() const { return m_busy; }
    QLabel *resultLabel() const { return m_result; }
    QLabel *stateLabel() const { return m_state; }
    /// True while a test runs.
    bool isTesting() const { return m_thread != nullptr; }

    /// The address the fields describe (without the password), or empty with @p problem set.
    QString fieldsUrl(QString *problem = nullptr) const;

signals:
    /// A test ended; @p ok when the server answered and its schema fits this build.
    void testFinished(bool ok);
    /// The stored choice changed ("Use this server" or "Disconnect").
    void storedChanged();

private:
    void fillFrom(const QString &serverUrl);
    void startTest();
    void showTestResult(const Result<ServerProbe::Report> &result);
    void useServer();
    void disconnectServer();
    void updateState();
    void fieldsEdited();

    QString m_openLocation;
    QString m_testedUrl; ///< the fields (and password) of the last successful test
    QLabel *m_state = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_security = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_use = nullptr;
    QPushButton *m_disconnect = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_result = nullptr;
    QPointer<QThread> m_thread;
};

} // namespace stages
