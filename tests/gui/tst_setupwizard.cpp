// The first-run wizard on an empty database: two steps, its checks, and that finishing creates
// the school and its administrator and lands them in the teacher area.

#include "guifixture.h"

#include "ui/shell/mainwindow.h"
#include "ui/signin/setupwizard.h"
#include "ui/signin/signinflow.h"
#include "ui/teacher/teacherarea.h"
#include "ui/widgets/sidebar.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace stages;
using namespace stages::test;

class TestSetupWizard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;

private slots:
    void initTestCase() { isolateUserFiles(m_settings); }

    void emptyDatabaseCreatesSchoolAndAdmin()
    {
        GuiSchool school(false);
        QVERIFY(!school.context->accounts().isSetUp().value());
        MainWindow window(*school.context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SetupWizard *wizard = window.setupWizard();
        QVERIFY(wizard);
        QCOMPARE(window.currentPage(), static_cast<QWidget *>(wizard));
        QVERIFY(!window.signInFlow()); // nothing to sign in to yet

        // Step 1 refuses an empty name.
        click(wizard->nextButton());
        QVERIFY(!wizard->message()->text().isEmpty());
        QCOMPARE(wizard->step(), 0);
        typeText(wizard->schoolField(), QStringLiteral("ZŠ Zelený kopec"));
        click(wizard->nextButton());
        QTRY_COMPARE(wizard->step(), 1);

        // Step 2: the login follows the name until edited; passwords must match.
        typeText(wizard->nameField(), QStringLiteral("Eva Černá"));
        QCOMPARE(wizard->loginField()->text(), QStringLiteral("eva.cerna"));
        QTest::keyClicks(wizard->passwordField(), QStringLiteral("heslo-123"));
        QTest::keyClicks(wizard->repeatField(), QStringLiteral("heslo-124"));
        click(wizard->nextButton());
        QTRY_VERIFY(!wizard->message()->text().isEmpty());
        QVERIFY(!school.context->accounts().isSetUp().value());
        // The service's own checks come back as they are (too short a password).
        wizard->passwordField()->clear();
        QTest::keyClicks(wizard->passwordField(), QStringLiteral("abc"));
        QTest::keyClicks(wizard->repeatField(), QStringLiteral("abc"));
        click(wizard->nextButton());
        QTRY_VERIFY(wizard->message()->text().contains(QLatin1String("6")));
        QVERIFY(!school.context->accounts().isSetUp().value());

        wizard->passwordField()->clear();
        wizard->repeatField()->clear();
        QTest::keyClicks(wizard->passwordField(), QStringLiteral("heslo-123"));
        QTest::keyClicks(wizard->repeatField(), QStringLiteral("heslo-123"));
        click(wizard->nextButton());

        QTRY_VERIFY(window.teacherArea());
        QTRY_COMPARE(window.currentPage(), static_cast<QWidget *>(window.teacherArea()));
        QCOMPARE(window.session()->role, Role::Admin);
        QVERIFY(window.teacherArea()->sidebar()->indexOf(QStringLiteral("staff")) >= 0); // admins manage staff
        QVERIFY(school.context->accounts().isSetUp().value());
        QCOMPARE(school.context->accounts().schoolName().value(), QStringLiteral("ZŠ Zelený kopec"));
        // The organisation's signing key is made at setup, wrapped under the admin's password.
        QVERIFY(school.context->signingKeys().exists().value());
        QVERIFY(school.context->signingKeys().unlock(*window.session(), QStringLiteral("heslo-123")).ok());
        QVERIFY(school.context->accounts()
                    .signInWithPassword(QStringLiteral("eva.cerna"), QStringLiteral("heslo-123"))
                    .ok());

        // Signing out now leads to the ordinary sign-in, not the wizard again.
        window.signOut();
        QTRY_VERIFY(window.signInFlow());
        QCOMPARE(window.currentPage(), static_cast<QWidget *>(window.signInFlow()));
        QTRY_VERIFY(!window.setupWizard());
    }
};

QTEST_MAIN(TestSetupWizard)
#include "tst_setupwizard.moc"
