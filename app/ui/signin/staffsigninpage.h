#pragma once

#include "core/accounts/person.h"
#include "core/accounts/session.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace stages {

class AccountService;
class CountdownLabel;
class PageTitle;

/// Staff sign-in: pick your name from the list, type your password, Enter.
/// The core's messages are shown as they are; an account that must wait shows a live countdown
/// and its password field is disabled until then.
class StaffSignInPage : public QWidget
{
    Q_OBJECT

public:
    StaffSignInPage(AccountService &accounts, QWidget *parent = nullptr);

    /// Reloads the list of staff from the service.
    void reload();
    /// Preselects the person with @p login, if listed.
    void selectLogin(const QString &login);

    QListWidget *staffList() const { return m_list; }
    QLineEdit *passwordField() const { return m_password; }
    QPushButton *signInButton() const { return m_signIn; }
    QLabel *message() const { return m_message; }
    CountdownLabel *countdown() const { return m_countdown; }

signals:
    void signedIn(const Session &session);
    void backClicked();

private:
    void personSelected();
    void trySignIn();
    QString selectedLogin() const;

    AccountService &m_accounts;
    PageTitle *m_title = nullptr;
    QListWidget *m_list = nullptr;
    QWidget *m_form = nullptr;
    QLabel *m_prompt = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_signIn = nullptr;
    QLabel *m_message = nullptr;
    CountdownLabel *m_countdown = nullptr;
};

} // namespace stages
