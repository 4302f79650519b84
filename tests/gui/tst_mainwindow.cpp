// The window around the pages: kiosk mode (full screen, pupils only, cannot be closed, a
// teacher's password ends it), language switching from the staff settings, remembered geometry, and the refusal
// dialog for a database that is not one.

#include "guifixture.h"

#include "i18n/translations.h"

#include "ui/shell/databaseopener.h"
#include "ui/shell/leavekioskdialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/settingspanel.h"
#include "ui/shell/uisettings.h"
#include "ui/signin/classchoicepage.h"
#include "ui/signin/signinflow.h"
#include "ui/signin/staffsigninpage.h"
#include "ui/signin/startpage.h"
#include "ui/teacher/teacherarea.h"
#include "ui/widgets/tilebutton.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>

#include <functional>

using namespace stages;
using namespace stages::test;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;

private slots:
    void initTestCase() { isolateUserFiles(m_settings); }

    void kioskShowsOnlyThePupilFlowAndNeedsATeacherToLeave()
    {
        GuiSchool school;
        MainWindow window(*school.context, MainWindow::Options { true });
        window.showFullScreen();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.isKiosk());
        QVERIFY(window.windowState() & Qt::WindowFullScreen);
        SignInFlow *flow = window.signInFlow();
        QCOMPARE(flow->currentWidget(), static_cast<QWidget *>(flow->classPage())); // straight to the classes
        QVERIFY(!flow->startPage()->staffButton()->isVisibleTo(flow->startPage()));
        QVERIFY(window.kioskButton()->isVisible());

        // Closing is refused.
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());

        // A pupil cannot end it; the wrong password cannot; the teacher can.
        QString pupilMessage;
        whenDialogOpens<LeaveKioskDialog>([&](LeaveKioskDialog *dialog) {
            QCOMPARE(dialog->staffBox()->findData(QStringLiteral("tia")), -1); // trainers are not offered
            dialog->staffBox()->setCurrentIndex(dialog->staffBox()->findData(QStringLiteral("tom")));
            QTest::keyClicks(dialog->passwordField(), QStringLiteral("not-it"));
            QTest::keyClick(dialog->passwordField(), Qt::Key_Return);
            pupilMessage = dialog->message()->text();
            QVERIFY(dialog->isVisible());
            QTest::keyClicks(dialog->passwordField(), QString::fromLatin1(SmallSchool::kPassword));
            QTest::keyClick(dialog->passwordField(), Qt::Key_Return);
        });
        click(window.kioskButton());
        QVERIFY(!pupilMessage.isEmpty());
        QTRY_VERIFY(!window.isKiosk());
        QTRY_VERIFY(!(window.windowState() & Qt::WindowFullScreen));
        QVERIFY(!window.kioskButton()->isVisible());
        QTRY_COMPARE(flow->currentWidget(), static_cast<QWidget *>(flow->startPage()));
        QVERIFY(flow->startPage()->staffButton()->isVisible());
        QVERIFY(window.close());
    }

    void kioskShortcutAsksForThePassword()
    {
        GuiSchool school;
        MainWindow window(*school.context, MainWindow::Options { true });
        window.showFullScreen();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        bool asked = false;
        whenDialogOpens<LeaveKioskDialog>([&](LeaveKioskDialog *dialog) {
            asked = true;
            dialog->reject();
        });
        QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier | Qt::AltModifier);
        QTRY_VERIFY(asked);
        QVERIFY(window.isKiosk()); // cancelled: still a kiosk
        window.leaveKiosk();
    }

    void languageChoiceIsRememberedAndRebuildsThePages()
    {
        // The language is chosen in the staff area's settings (the start page has none).
        GuiSchool school;
        UiSettings::setLanguage(QString());
        MainWindow window(*school.context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SignInFlow *flow = window.signInFlow();
        click(flow->startPage()->staffButton());
        flow->staffPage()->selectLogin(QStringLiteral("tom"));
        QTest::keyClicks(flow->staffPage()->passwordField(), QString::fromLatin1(SmallSchool::kPassword));
        QTest::keyClick(flow->staffPage()->passwordField(), Qt::Key_Return);
        QTRY_VERIFY(window.teacherArea());
        const QPointer<TeacherArea> before = window.teacherArea();
        before->showSection(QStringLiteral("settings"));
        QComboBox *box = before->settingsPanel()->languageBox();
        QTRY_VERIFY(box->isVisible());
        const int cs = box->findData(QStringLiteral("cs"));
        QVERIFY(cs > 0);
        box->setCurrentIndex(cs);
        emit box->activated(cs);
        QTRY_COMPARE(UiSettings::language(), QStringLiteral("cs")); // applied once the signal is delivered
        QCOMPARE(UiSettings::effectiveLanguage(), QStringLiteral("cs"));
        QCOMPARE(UiSettings::effectiveLanguage(QStringLiteral("en")), QStringLiteral("en")); // --lang wins
        QTRY_VERIFY(before.isNull()); // the old pages are gone, new ones use the new language
        QVERIFY(window.teacherArea());
        QCOMPARE(window.currentPage(), static_cast<QWidget *>(window.teacherArea()));
        QCOMPARE(window.teacherArea()->currentSection(), QStringLiteral("settings"));
        QCOMPARE(window.session()->role, Role::Teacher); // still signed in
        UiSettings::setLanguage(QStringLiteral("en"));
        i18n::installTranslators(*QCoreApplication::instance(), QStringLiteral("en"));
    }

    // Issue 7: on a screen smaller than the preferred 1280x800 (the offscreen screen is 800x600),
    // the first start opens maximised, never overhanging the screen.
    void firstStartOnASmallScreenIsMaximised()
    {
        GuiSchool school;
        UiSettings::setWindowGeometry({});
        MainWindow window(*school.context);
        const QSize available = window.screen()->availableSize();
        QVERIFY2(available.width() < 1320 || available.height() < 860, "the test screen is small");
        QVERIFY(window.windowState().testFlag(Qt::WindowMaximized));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.width() <= available.width() && window.height() <= available.height());
    }

    void geometryIsRemembered()
    {
        GuiSchool school;
        QByteArray saved;
        {
            MainWindow window(*school.context);
            window.showNormal();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(900, 640);
            QTRY_COMPARE(window.size(), QSize(900, 640));
            QVERIFY(window.close());
            saved = UiSettings::windowGeometry();
        }
        QVERIFY(!saved.isEmpty());
        MainWindow again(*school.context);
        QCOMPARE(again.size(), QSize(900, 640));
    }

    void refusedDatabaseIsExplainedInADialogAndLeftUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("not-a-database.sqlite"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("These are my holiday notes, not a database.\n").repeated(200));
        }
        const QByteArray before = fileHash(path);
        QString shown;
        whenDialogOpens<QMessageBox>([&](QMessageBox *box) {
            shown = box->text();
            box->button(QMessageBox::Close)->click();
        });
        auto opened = DatabaseOpener::openOrExplain(path);
        QVERIFY(!opened.ok());
        QVERIFY2(shown.contains(QLatin1String("not-a-database.sqlite")), qPrintable(shown));
        QVERIFY2(shown.contains(opened.error()), qPrintable(shown));
        QCOMPARE(fileHash(path), before);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
