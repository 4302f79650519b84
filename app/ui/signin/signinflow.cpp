#include "ui/signin/signinflow.h"

#include "core/accounts/accountservice.h"
#include "core/school/classservice.h"
#include "ui/signin/avatarchoicepage.h"
#include "ui/signin/classchoicepage.h"
#include "ui/signin/picturepasswordpage.h"
#include "ui/signin/staffsigninpage.h"
#include "ui/signin/startpage.h"

namespace stages {

SignInFlow::SignInFlow(AccountService &accounts, ClassService &classes, QWidget *parent)
    : QStackedWidget(parent)
    , m_accounts(accounts)
    , m_classService(classes)
{
    setObjectName(QStringLiteral("signInFlow"));
    m_start = new StartPage(this);
    addWidget(m_start);
    connect(m_start, &StartPage::pupilChosen, this, &SignInFlow::showClasses);
    connect(m_start, &StartPage::staffChosen, this, &SignInFlow::showStaff);
    restart();
}

ClassChoicePage *SignInFlow::classPage()
{
    if (m_classes)
        return m_classes;
    m_classes = new ClassChoicePage(this);
    m_classes->setBackVisible(!m_kiosk);
    addWidget(m_classes);
    connect(m_classes, &ClassChoicePage::backClicked, this, &SignInFlow::restart);
    connect(m_classes, &ClassChoicePage::classChosen, this, [this](const SchoolClass &schoolClass) {
        if (const auto pupils = m_accounts.pupilsForSignIn(schoolClass.id))
            avatarPage()->setPupils(schoolClass.name, pupils.value());
        else
            avatarPage()->showProblem(schoolClass.name);
        setCurrentWidget(m_avatars);
        m_avatars->setFocus();
    });
    return m_classes;
}

AvatarChoicePage *SignInFlow::avatarPage()
{
    if (m_avatars)
        return m_avatars;
    m_avatars = new AvatarChoicePage(this);
    addWidget(m_avatars);
    connect(m_avatars, &AvatarChoicePage::backClicked, this, &SignInFlow::showClasses);
    connect(m_avatars, &AvatarChoicePage::pupilChosen, this, [this](const Person &pupil) {
        picturePage()->setPupil(pupil);
        setCurrentWidget(m_pictures);
        m_pictures->setFocus();
    });
    return m_avatars;
}

PicturePasswordPage *SignInFlow::picturePage()
{
    if (m_pictures)
        return m_pictures;
    m_pictures = new PicturePasswordPage(m_accounts, this);
    addWidget(m_pictures);
    connect(m_pictures, &PicturePasswordPage::backClicked, this, [this] {
        setCurrentWidget(m_avatars);
        m_avatars->setFocus();
    });
    connect(m_pictures, &PicturePasswordPage::signedIn, this, &SignInFlow::signedIn);
    return m_pictures;
}

StaffSignInPage *SignInFlow::staffPage()
{
    if (m_staff)
        return m_staff;
    m_staff = new StaffSignInPage(m_accounts, this);
    addWidget(m_staff);
    connect(m_staff, &StaffSignInPage::backClicked, this, &SignInFlow::restart);
    connect(m_staff, &StaffSignInPage::signedIn, this, &SignInFlow::signedIn);
    return m_staff;
}

Person SignInFlow::lastPupil() const
{
    return m_pictures ? m_pictures->pupil() : Person();
}

void SignInFlow::setKiosk(bool kiosk)
{
    m_kiosk = kiosk;
    m_start->staffButton()->setVisible(!kiosk);
    if (m_classes)
        m_classes->setBackVisible(!kiosk);
    restart();
}

void SignInFlow::restart()
{
    if (m_kiosk) {
        showClasses();
        return;
    }
    const auto name = m_accounts.schoolName();
    m_start->setSchoolName(name ? name.value() : QString());
    setCurrentWidget(m_start);
    m_start->setFocus();
}

void SignInFlow::showClasses()
{
    if (const auto classes = m_classService.classes())
        classPage()->setClasses(classes.value());
    else
        classPage()->showProblem();
    setCurrentWidget(m_classes);
    m_classes->setFocus();
}

void SignInFlow::showStaff()
{
    staffPage()->reload();
    setCurrentWidget(m_staff);
}

} // namespace stages
