#pragma once

#include "core/accounts/session.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace stages {

class AccountService;
class SigningKeys;

/// First run on an empty database, two short steps: the school's name, then the first
/// administrator's account (name, login, password twice). Finishing creates both through
/// AccountService::setUpSchool and emits finished() with the admin signed in.
class SetupWizard : public QWidget
{
    Q_OBJECT

public:
    /// @p keys: the organisation's signing key is made, wrapped under the admin's password, as
    /// soon as the school is set up.
    SetupWizard(AccountService &accounts, SigningKeys &keys, QWidget *parent = nullptr);

    QLineEdit *schoolField() const { return m_school; }
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *loginField() const { return m_login; }
    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *repeatField() const { return m_repeat; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *backButton() const { return m_back; }
    QLabel *message() const { return m_message; }
    int step() const;

signals:
    void finished(const Session &admin);

private:
    void goNext();
    void goBack();
    void updateButtons();

    AccountService &m_accounts;
    SigningKeys &m_keys;
    QStackedWidget *m_steps = nullptr;
    QLabel *m_stepLabel = nullptr;
    QLineEdit *m_school = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
    bool m_loginEdited = false;
};

} // namespace stages
