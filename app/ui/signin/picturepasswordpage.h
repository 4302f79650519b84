#pragma once

#include "core/accounts/person.h"
#include "core/accounts/session.h"

#include <QWidget>

class QLabel;

namespace stages {

class AccountService;
class CountdownLabel;
class PageTitle;
class PicturePasswordInput;

/// The pupil taps their three pictures; after the third the sign-in is tried at once.
/// A wrong try shakes the slots, says so kindly and clears them. When the account has to
/// wait (too many wrong tries) the wait counts down live and the pictures are disabled.
class PicturePasswordPage : public QWidget
{
    Q_OBJECT

public:
    PicturePasswordPage(AccountService &accounts, QWidget *parent = nullptr);

    void setPupil(const Person &pupil);
    Person pupil() const { return m_pupil; }

    PicturePasswordInput *input() const { return m_input; }
    CountdownLabel *countdown() const { return m_countdown; }
    QLabel *message() const { return m_message; }

signals:
    void signedIn(const Session &session);
    void backClicked();

private:
    void trySignIn(const QList<int> &pictures);
    void watchWait();

    AccountService &m_accounts;
    Person m_pupil;
    PageTitle *m_title = nullptr;
    QLabel *m_avatar = nullptr;
    QLabel *m_message = nullptr;
    CountdownLabel *m_countdown = nullptr;
    PicturePasswordInput *m_input = nullptr;
};

} // namespace stages
