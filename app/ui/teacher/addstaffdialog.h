#pragma once

#include "core/accounts/person.h"
#include "core/accounts/session.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace stages {

class AccountService;

/// An administrator adds a teacher, trainer or another administrator with a first password.
class AddStaffDialog : public QDialog
{
    Q_OBJECT

public:
    AddStaffDialog(AccountService &accounts, const Session &session, QWidget *parent = nullptr);

    QLineEdit *nameField() const { return m_name; }
    QComboBox *roleBox() const { return m_role; }
    QLineEdit *loginField() const { return m_login; }
    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *repeatField() const { return m_repeat; }
    QLabel *message() const { return m_message; }
    Person added() const { return m_added; }

    void accept() override;

private:
    AccountService &m_accounts;
    Session m_session;
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_message = nullptr;
    Person m_added;
    bool m_loginEdited = false;
};

} // namespace stages
