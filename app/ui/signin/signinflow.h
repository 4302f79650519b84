#pragma once

#include "core/accounts/person.h"
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

    /// The pages, made on first use (startup shows only the first one).
    StartPage *startPage() const { return m_start; }
    ClassChoicePage *classPage();
    AvatarChoicePage *avatarPage();
    PicturePasswordPage *picturePage();
    StaffSignInPage *staffPage();
    /// The pupil whose picture password page was last shown (for the pupil home's avatar).
    Person lastPupil() const;

signals:
    void signedIn(const Session &session);

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
