#pragma once

#include "core/accounts/session.h"

#include <QStackedWidget>

namespace stages {

class AccountService;
class AvatarChoicePage;
class ClassChoicePage;
class ClassService;
class PicturePasswordPage;
class StaffSignInPage;
class StartPage;

/// The whole way in: start page → (pupils) class → avatar → picture password, or
/// (staff) name → password. Emits signedIn() with the session the service returned.
/// In kiosk mode it starts at the class choice and offers no way to the staff sign-in.
class SignInFlow : public QStackedWidget
{
    Q_OBJECT

public:
    SignInFlow(AccountService &accounts, ClassService &classes, QWidget *parent = nullptr);

    /// Back to the first page, with fresh lists from the services.
    void restart();
    void setKiosk(bool kiosk);

    StartPage *startPage() const { return m_start; }
    ClassChoicePage *classPage() const { return m_classes; }
    AvatarChoicePage *avatarPage() const { return m_avatars; }
    PicturePasswordPage *picturePage() const { return m_pictures; }
    StaffSignInPage *staffPage() const { return m_staff; }

signals:
    void signedIn(const Session &session);
    void settingsRequested();

private:
    void showClasses();
    void showStaff();

    AccountService &m_accounts;
    ClassService &m_classService;
    bool m_kiosk = false;
    StartPage *m_start = nullptr;
    ClassChoicePage *m_classes = nullptr;
    AvatarChoicePage *m_avatars = nullptr;
    PicturePasswordPage *m_pictures = nullptr;
    StaffSignInPage *m_staff = nullptr;
};

} // namespace stages
