#pragma once

#include "core/accounts/session.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace stages {

class AccountService;

/// "Change my password…" for staff: the old password, the new one twice. AccountService
/// checks the old one and, for someone who may sign certificates, re-wraps their copy of the
/// organisation's key under the new one in the same transaction. Errors stay in the dialog.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    ChangePasswordDialog(AccountService &accounts, const Session &session, QWidget *parent = nullptr);

    QLineEdit *oldField() const { return m_old; }
    QLineEdit *newField() const { return m_new; }
    QLineEdit *repeatField() const { return m_repeat; }
    QPushButton *changeButton() const { return m_change; }
    QLabel *message() const { return m_message; }

    void accept() override;

private:
    AccountService &m_accounts;
    Session m_session;
    QLineEdit *m_old = nullptr;
    QLineEdit *m_new = nullptr;
    QLineEdit *m_repeat = nullptr;
    QPushButton *m_change = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace stages
