#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace stages {

class AccountService;
class CountdownLabel;

/// Asks for a teacher's or administrator's login and password before kiosk mode ends. Nobody's
/// name is offered: the person types their own login, as on any shared PC. The password is
/// checked by AccountService as at sign-in, with the same throttle (after too many wrong tries
/// a live countdown, and the fields wait); only a teacher or an administrator is accepted.
class LeaveKioskDialog : public QDialog
{
    Q_OBJECT

public:
    LeaveKioskDialog(AccountService &accounts, QWidget *parent = nullptr);

    QLineEdit *loginField() const { return m_login; }
    QLineEdit *passwordField() const { return m_password; }
    QPushButton *leaveButton() const { return m_leave; }
    QLabel *message() const { return m_message; }
    CountdownLabel *countdown() const { return m_countdown; }

    void accept() override;

private:
    void watchWait(const QString &login);

    AccountService &m_accounts;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_leave = nullptr;
    QLabel *m_message = nullptr;
    CountdownLabel *m_countdown = nullptr;
};

} // namespace stages
