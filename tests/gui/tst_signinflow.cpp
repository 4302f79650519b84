// Drives the real sign-in flow with mouse and keyboard events on the real widgets, against a
// real SQLite school: pupils (class → avatar → picture password), staff (name → password),
// the wait after too many wrong tries, and signing out.

#include "guifixture.h"

#include "exercises/framework/view/domainpage.h"
#include "exercises/framework/view/exercisescreen.h"
#include "exercises/framework/view/stagemapwidget.h"

#include "ui/pupil/pupilhome.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/settingspanel.h"
#include "ui/signin/avatarchoicepage.h"
#include "ui/signin/classchoicepage.h"
#include "ui/signin/picturepasswordpage.h"
#include "ui/signin/signinflow.h"
#include "ui/signin/staffsigninpage.h"
#include "ui/signin/startpage.h"
#include "ui/teacher/teacherarea.h"
#include "ui/trainer/overview/trainerhomepage.h"
#include "ui/trainer/trainerarea.h"
#include "ui/widgets/countdownlabel.h"
#include "ui/widgets/picturepasswordinput.h"
#include "ui/widgets/sidebar.h"
#include "ui/widgets/tilebutton.h"

#include <QFileDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>

using namespace stages;
using namespace stages::test;

class TestSignInFlow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;

    /// From the start page to Pia's picture password, by mouse.
    void goToPicturePassword(MainWindow &window)
    {
        SignInFlow *flow = window.signInFlow();
        QVERIFY(flow);
        QTRY_COMPARE(flow->currentWidget(), static_cast<QWidget *>(flow->startPage()));
        click(flow->startPage()->pupilTile());
        QTRY_COMPARE(flow->currentWidget(), static_cast<QWidget *>(flow->classPage()));
        auto *classTile = flow->classPage()->findChild<TileButton *>(QStringLiteral("class:1.A"));
        QVERIFY(classTile);
        QCOMPARE(classTile->text(), QStringLiteral("1.A"));
        click(classTile);
        QTRY_COMPARE(flow->currentWidget(), static_cast<QWidget *>(flow->avatarPage()));
        const QList<TileButton *> pupils = flow->avatarPage()->tiles();
        QCOMPARE(pupils.size(), 1);
        QCOMPARE(pupils.first()->text(), QStringLiteral("Pia")); // first name under the picture
        QTRY_VERIFY(pupils.first()->isVisible());
        click(pupils.first());
        QTRY_COMPARE(flow->currentWidget(), static_cast<QWidget *>(flow->picturePage()));
    }

    void tapPictures(PicturePasswordInput *input, const QList<int> &pictures)
    {
        for (int p : pictures) {
            QTRY_VERIFY(input->pictureButton(p)->isEnabled());
            click(input->pictureButton(p));
        }
    }

private slots:
    void initTestCase() { isolateUserFiles(m_settings); }

    void pupilSignsInWithClassAvatarAndPictures()
    {
        GuiSchool school;
        MainWindow window(*school.context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.windowTitle().startsWith(QLatin1String("Stages")));
        goToPicturePassword(window);
        if (QTest::currentTestFailed())
            return;
        PicturePasswordInput *input = window.signInFlow()->picturePage()->input();
        // Tap a wrong first picture, take it back by tapping its slot, then the right three.
        click(input->pictureButton(8));
        QCOMPARE(input->pictures(), QList<int> { 8 });
        click(input->slotButton(0));
        QCOMPARE(input->pictures(), QList<int> {});
        tapPictures(input, SmallSchool::pupilPictures());
        QTRY_VERIFY(window.pupilHome());
        QTRY_COMPARE(window.currentPage(), static_cast<QWidget *>(window.pupilHome()));
        QCOMPARE(window.session()->personId, school.pupilId);
        auto *greeting = window.pupilHome()->findChild<QLabel *>(QStringLiteral("greeting"));
        QVERIFY(greeting);
        QVERIFY2(greeting->text().contains(QLatin1String("Pia")), qPrintable(greeting->text()));
        // Every domain opens: all have their screens now.
        for (const char *ready : { "combinatorics", "music", "instruments", "movement", "geometry" }) {
            QVERIFY(window.pupilHome()->domainTile(QString::fromLatin1(ready)));
            QVERIFY2(window.pupilHome()->domainTile(QString::fromLatin1(ready))->isEnabled(), ready);
        }

        // Movement opens the karate moves on their own stage ladder (issue 7, defect 12).
        click(window.pupilHome()->domainTile(QStringLiteral("movement")));
        auto *movement = window.pupilHome()->findChild<DomainPage *>(QStringLiteral("pupilExercises:movement"));
        QVERIFY(movement);
        QTRY_VERIFY(movement->isVisible());
        QCOMPARE(movement->stageMap()->stages().size(), 7);
        QTest::mouseClick(movement->stageMap(), Qt::LeftButton, {}, movement->stageMap()->stoneCenter(1));
        auto *screen = qobject_cast<ExerciseScreen *>(movement->screen());
        QVERIFY(screen);
        QCOMPARE(screen->run()->exercise().skin, QStringLiteral("moves"));
        QCOMPARE(screen->run()->exercise().domain, QStringLiteral("movement"));
    }

    void noSettingsBeforeSignInNorForPupils()
    {
        GuiSchool school;
        MainWindow window(*school.context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SignInFlow *flow = window.signInFlow();
        QTRY_COMPARE(flow->currentWidget(), static_cast<QWidget *>(flow->startPage()));

        // The start page offers exactly two ways on: the pupil tile and the staff button.
        // Nothing leads to settings (the old toolbar button did, with a SoundFont file dialog).
        const auto leadsToSettings = [](QWidget *root) {
            QStringList found;
            for (QAbstractButton *b : root->findChildren<QAbstractButton *>()) {
                const QString all = b->objectName() + b->text() + b->toolTip() + b->accessibleName();
                if (b->isVisibleTo(root) && all.contains(QLatin1String("settings"), Qt::CaseInsensitive))
                    found.append(b->objectName());
            }
            for (QAction *a : root->findChildren<QAction *>()) {
                if (a->text().contains(QLatin1String("settings"), Qt::CaseInsensitive))
                    found.append(a->text());
            }
            if (!root->findChildren<SettingsPanel *>().isEmpty())
                found.append(QStringLiteral("SettingsPanel"));
            return found;
        };
        QCOMPARE(leadsToSettings(flow->startPage()), QStringList());
        QList<QAbstractButton *> ways;
        for (QAbstractButton *b : flow->startPage()->findChildren<QAbstractButton *>()) {
            if (b->isVisibleTo(flow->startPage()))
                ways.append(b);
        }
        QCOMPARE(ways.size(), 2);
        QVERIFY(ways.contains(flow->startPage()->pupilTile()));
        QVERIFY(ways.contains(flow->startPage()->staffButton()));
        QCOMPARE(leadsToSettings(&window), QStringList());

        // Signed in as a pupil: still no settings, no file dialog anywhere in the window.
        goToPicturePassword(window);
        if (QTest::currentTestFailed())
            return;
        tapPictures(window.signInFlow()->picturePage()->input(), SmallSchool::pupilPictures());
        QTRY_VERIFY(window.pupilHome());
        QTRY_COMPARE(window.currentPage(), static_cast<QWidget *>(window.pupilHome()));
        QCOMPARE(leadsToSettings(window.pupilHome()), QStringList());
        QCOMPARE(leadsToSettings(&window), QStringList());
        QVERIFY(window.findChildren<QFileDialog *>().isEmpty());

        // Staff do find them, in their own area after signing in.
        click(window.pupilHome()->signOutButton());
        QTRY_COMPARE(flow->currentWidget(), static_cast<QWidget *>(flow->startPage()));
        click(flow->startPage()->staffButton());
        flow->staffPage()->selectLogin(QStringLiteral("tom"));
        QTest::keyClicks(flow->staffPage()->passwordField(), QString::fromLatin1(SmallSchool::kPassword));
        QTest::keyClick(flow->staffPage()->passwordField(), Qt::Key_Return);
        QTRY_VERIFY(window.teacherArea());
        QVERIFY(window.teacherArea()->settingsPanel());
        QVERIFY(window.teacherArea()->sidebar()->indexOf(QStringLiteral("settings")) >= 0);
    }

    void keyboardDigitsEnterThePicturePassword()
    {
        GuiSchool school;
        MainWindow window(*school.context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        goToPicturePassword(window);
        if (QTest::currentTestFailed())
            return;
        PicturePasswordInput *input = window.signInFlow()->picturePage()->input();
        QTRY_VERIFY(input->pictureButton(0)->hasFocus() || input->hasFocus()
                    || window.signInFlow()->picturePage()->hasFocus()
                    || input->isAncestorOf(QApplication::focusWidget()));
        QWidget *target = QApplication::focusWidget();
        QVERIFY(target);
        // Pictures 4, 0, 7 are the keys 5, 1, 8.
        QTest::keyClick(target, Qt::Key_5);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_1);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_8);
        QTRY_VERIFY(window.pupilHome());
    }

    void wrongPicturesFiveTimesShowTheWaitAndDisableThePictures()
    {
        GuiSchool school;
        MainWindow window(*school.context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        goToPicturePassword(window);
        if (QTest::currentTestFailed())
            return;
        PicturePasswordPage *page = window.signInFlow()->picturePage();
        PicturePasswordInput *input = page->input();
        const QList<int> wrong { 1, 2, 3 };
        for (int attempt = 1; attempt <= 4; ++attempt) {
            tapPictures(input, wrong);
            QTRY_VERIFY(!page->message()->text().isEmpty()); // a friendly "try again"
            QTRY_COMPARE(input->pictures(), QList<int> {}); // slots cleared
            QVERIFY(!page->countdown()->isCounting()); // the first four are free
            QVERIFY(input->pictureButton(0)->isEnabled());
        }
        tapPictures(input, wrong);
        QTRY_VERIFY(page->countdown()->isCounting());
        QVERIFY(page->countdown()->isVisible());
        QVERIFY2(page->countdown()->text().contains(QLatin1String("10")), qPrintable(page->countdown()->text()));
        for (int p = 0; p < 9; ++p)
            QVERIFY(!input->pictureButton(p)->isEnabled());
        // Even the right pictures cannot get in while waiting.
        click(input->pictureButton(4));
        QCOMPARE(input->pictures(), QList<int> {});
        QVERIFY(!window.pupilHome());

        // The countdown follows the service's clock and counts down live.
        school.clock.advance(4000);
        QTRY_COMPARE(page->countdown()->secondsLeft(), 6);
        QVERIFY(page->countdown()->text().contains(QLatin1String("6")));
        school.clock.advance(6001);
        QTRY_VERIFY(!page->countdown()->isCounting());
        QVERIFY(!page->countdown()->isVisible());
        QTRY_VERIFY(input->pictureButton(0)->isEnabled());
        tapPictures(input, SmallSchool::pupilPictures());
        QTRY_VERIFY(window.pupilHome());
    }

    void staffPasswordLandsOnTheTeacherAreaWithRealData()
    {
        GuiSchool school;
        MainWindow window(*school.context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SignInFlow *flow = window.signInFlow();
        click(flow->startPage()->staffButton());
        StaffSignInPage *staff = flow->staffPage();
        QTRY_COMPARE(flow->currentWidget(), static_cast<QWidget *>(staff));
        QListWidget *list = staff->staffList();
        QCOMPARE(list->count(), 3); // Ada (admin), Tia (trainer), Tom (teacher); no pupils
        int tom = -1;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->text().startsWith(QLatin1String("Tom Teacher")))
                tom = i;
        }
        QVERIFY(tom >= 0);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier,
                          list->visualItemRect(list->item(tom)).center());
        QTRY_VERIFY(staff->passwordField()->hasFocus());
        // A wrong password first: the core's message is shown as it is.
        QTest::keyClicks(staff->passwordField(), QStringLiteral("nope-nope"));
        QTest::keyClick(staff->passwordField(), Qt::Key_Return);
        QTRY_COMPARE(staff->message()->text(), QStringLiteral("Wrong name or password."));
        QTest::keyClicks(staff->passwordField(), QString::fromLatin1(SmallSchool::kPassword));
        QTest::keyClick(staff->passwordField(), Qt::Key_Return);
        QTRY_VERIFY(window.teacherArea());
        TeacherArea *area = window.teacherArea();
        QTRY_COMPARE(window.currentPage(), static_cast<QWidget *>(area));
        QCOMPARE(window.session()->role, Role::Teacher);
        QCOMPARE(area->sidebar()->indexOf(QStringLiteral("staff")), -1); // teachers do not manage staff

        QAbstractItemModel *classes = area->classTable()->model();
        QCOMPARE(classes->rowCount(), 1);
        QCOMPARE(classes->index(0, 0).data().toString(), QStringLiteral("1.A"));
        QCOMPARE(classes->index(0, 1).data().toInt(), 1);

        QListWidget *sidebar = area->sidebar();
        const int pupilsRow = area->sidebar()->indexOf(QStringLiteral("pupils"));
        QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, Qt::NoModifier,
                          sidebar->visualItemRect(sidebar->item(pupilsRow)).center());
        QTRY_COMPARE(area->currentSection(), QStringLiteral("pupils"));
        QTRY_VERIFY(area->pupilTable()->isVisible());
        QAbstractItemModel *pupils = area->pupilTable()->model();
        QCOMPARE(pupils->rowCount(), 1);
        QCOMPARE(pupils->index(0, 0).data().toString(), QStringLiteral("Pia Pupil"));
        QCOMPARE(pupils->index(0, 1).data().toString(), QStringLiteral("1.A"));
    }

    void staffWrongPasswordFiveTimesWaitsWithTheFieldDisabled()
    {
        GuiSchool school;
        MainWindow window(*school.context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SignInFlow *flow = window.signInFlow();
        click(flow->startPage()->staffButton());
        StaffSignInPage *staff = flow->staffPage();
        QTRY_COMPARE(flow->currentWidget(), static_cast<QWidget *>(staff));
        staff->selectLogin(QStringLiteral("tom"));
        for (int attempt = 1; attempt <= 5; ++attempt) {
            QTRY_VERIFY(staff->passwordField()->isEnabled());
            QTest::keyClicks(staff->passwordField(), QStringLiteral("wrong-password"));
            click(staff->signInButton());
        }
        QTRY_VERIFY(staff->countdown()->isCounting());
        QVERIFY(staff->countdown()->isVisible());
        QVERIFY(!staff->passwordField()->isEnabled());
        QVERIFY(!staff->signInButton()->isEnabled());
        school.clock.advance(10001);
        QTRY_VERIFY(staff->passwordField()->isEnabled());
        QVERIFY(!staff->countdown()->isVisible());
    }

    void trainerLandsOnTheTrainerArea()
    {
        GuiSchool school;
        MainWindow window(*school.context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SignInFlow *flow = window.signInFlow();
        click(flow->startPage()->staffButton());
        StaffSignInPage *staff = flow->staffPage();
        QTRY_COMPARE(flow->currentWidget(), static_cast<QWidget *>(staff));
        staff->selectLogin(QStringLiteral("tia"));
        QTest::keyClicks(staff->passwordField(), QString::fromLatin1(SmallSchool::kPassword));
        QTest::keyClick(staff->passwordField(), Qt::Key_Return);
        QTRY_VERIFY(window.trainerArea());
        // The home is the overview; the Educators page lists TrainingService's educators (the small
        // school has no records yet) and shows one added later.
        TrainerArea *area = window.trainerArea();
        QTRY_VERIFY(area->homePage()->isVisible());
        QAbstractItemModel *educators = area->educatorTable()->model();
        const Session tia = area->session();
        QCOMPARE(educators->rowCount(), int(school.context->training().educators(tia).value().size()));
        const int before = educators->rowCount();
        QVERIFY(school.context->training().addEducator(tia, { QStringLiteral("Tom Teacher"), {}, {}, {} }));
        area->reload();
        QCOMPARE(educators->rowCount(), before + 1);
    }

    void signOutReturnsToTheStart()
    {
        GuiSchool school;
        MainWindow window(*school.context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        goToPicturePassword(window);
        if (QTest::currentTestFailed())
            return;
        tapPictures(window.signInFlow()->picturePage()->input(), SmallSchool::pupilPictures());
        QTRY_VERIFY(window.pupilHome());
        QTRY_VERIFY(window.pupilHome()->signOutButton()->isVisible());
        click(window.pupilHome()->signOutButton());
        QTRY_VERIFY(!window.session().has_value());
        QTRY_COMPARE(window.currentPage(), static_cast<QWidget *>(window.signInFlow()));
        QCOMPARE(window.signInFlow()->currentWidget(), static_cast<QWidget *>(window.signInFlow()->startPage()));
        QTRY_VERIFY(!window.pupilHome()); // the signed-in page is gone, not hidden

        // Staff too.
        click(window.signInFlow()->startPage()->staffButton());
        window.signInFlow()->staffPage()->selectLogin(QStringLiteral("ada"));
        QTest::keyClicks(window.signInFlow()->staffPage()->passwordField(),
                         QString::fromLatin1(SmallSchool::kPassword));
        QTest::keyClick(window.signInFlow()->staffPage()->passwordField(), Qt::Key_Return);
        QTRY_VERIFY(window.teacherArea());
        QTRY_VERIFY(window.teacherArea()->findChild<QToolButton *>(QStringLiteral("signOutButton"))->isVisible());
        click(window.teacherArea()->findChild<QToolButton *>(QStringLiteral("signOutButton")));
        QTRY_COMPARE(window.signInFlow()->currentWidget(), static_cast<QWidget *>(window.signInFlow()->startPage()));
        QVERIFY(!window.session().has_value());
    }
};

QTEST_MAIN(TestSignInFlow)
#include "tst_signinflow.moc"
