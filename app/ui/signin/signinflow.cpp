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
    m_classes = new ClassChoicePage(this);
    m_avatars = new AvatarChoicePage(this);
    m_pictures = new PicturePasswordPage(accounts, this);
    m_staff = new StaffSignInPage(accounts, this);
    for (QWidget *page : {static_cast<QWidget *>(m_start), static_cast<QWidget *>(m_classes),
                          static_cast<QWidget *>(m_avatars), static_cast<QWidget *>(m_pictures),
                          static_cast<QWidget *>(m_staff)})
        addWidget(page);

    connect(m_start, &StartPage::pupilChosen, this, &SignInFlow::showClasses);
    connect(m_start, &StartPage::staffChosen, this, &SignInFlow::showStaff);
    connect(m_start, &StartPage::settingsRequested, this, &SignInFlow::settingsRequested);

    connect(m_classes, &ClassChoicePage::backClicked, this, &SignInFlow::restart);
    connect(m_classes, &ClassChoicePage::classChosen, this, [this](const SchoolClass &schoolClass) {
        m_avatars->setPupils(schoolClass.name, m_accounts.pupilsForSignIn(schoolClass.id));
        setCurrentWidget(m_avatars);
        m_avatars->setFocus();
    });

    connect(m_avatars, &AvatarChoicePage::backClicked, this, &SignInFlow::showClasses);
    connect(m_avatars, &AvatarChoicePage::pupilChosen, this, [this](const Person &pupil) {
        m_pictures->setPupil(pupil);
        setCurrentWidget(m_pictures);
        m_pictures->setFocus();
    });

    connect(m_pictures, &PicturePasswordPage::backClicked, this, [this] {
        setCurrentWidget(m_avatars);
        m_avatars->setFocus();
    });
    connect(m_pictures, &PicturePasswordPage::signedIn, this, &SignInFlow::signedIn);

    connect(m_staff, &StaffSignInPage::backClicked, this, &SignInFlow::restart);
    connect(m_staff, &StaffSignInPage::signedIn, this, &SignInFlow::signedIn);
    restart();
}

void SignInFlow::setKiosk(bool kiosk)
{
    m_kiosk = kiosk;
    m_start->staffButton()->setVisible(!kiosk);
    m_classes->setBackVisible(!kiosk);
    restart();
}

void SignInFlow::restart()
{
    if (m_kiosk) {
        showClasses();
        return;
    }
    m_start->setSchoolName(m_accounts.schoolName());
    setCurrentWidget(m_start);
    m_start->setFocus();
}

void SignInFlow::showClasses()
{
    m_classes->setClasses(m_classService.classes());
    setCurrentWidget(m_classes);
    m_classes->setFocus();
}

void SignInFlow::showStaff()
{
    m_staff->reload();
    setCurrentWidget(m_staff);
}

} // namespace stages
