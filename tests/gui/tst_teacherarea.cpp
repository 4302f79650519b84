// The teacher area against a real school: tables show the services' data, the class filter
// and search narrow the pupils, and the Add class / Add pupil / Add staff dialogs go through
// the services (a pupil added here can then sign in with the pictures tapped in the dialog).
// The avatar picker offers an avatar nobody in the class has and marks the taken ones; the
// teacher changes a pupil's avatar from the pupil list (button and context menu; Enter opens the
// pupil's page instead), down to the SQLite row.

#include "guifixture.h"

#include "core/accounts/avatarrule.h"
#include "core/storage/sqlquery.h"
#include "core/privacy/privacynotice.h"
#include "ui/shell/aboutdialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/settingspanel.h"
#include "ui/teacher/addclassdialog.h"
#include "ui/teacher/addpupildialog.h"
#include "ui/teacher/addstaffdialog.h"
#include "ui/teacher/changeavatardialog.h"
#include "ui/teacher/pupil/pupildetailpage.h"
#include "ui/teacher/pupildataactions.h"
#include "ui/teacher/teacherarea.h"
#include "ui/widgets/avatarpicker.h"
#include "ui/widgets/picturepasswordinput.h"
#include "ui/widgets/sidebar.h"
#include "ui/widgets/tilebutton.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

#include <functional>

using namespace stages;
using namespace stages::test;

namespace {

void pressOk(QDialog *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    click(box->button(QDialogButtonBox::Ok));
}

} // namespace

class TestTeacherArea : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;

    Session signIn(GuiSchool &school, const QString &login)
    {
        return school.context->accounts()
            .signInWithPassword(login, QString::fromLatin1(SmallSchool::kPassword))
            .value();
    }

private slots:
    void initTestCase() { isolateUserFiles(m_settings); }

    void addClassAndPupilThroughTheDialogs()
    {
        GuiSchool school;
        TeacherArea area(*school.context, signIn(school, QStringLiteral("tom")));
        area.resize(1100, 700);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        QCOMPARE(area.currentSection(), QStringLiteral("dashboard")); // the teacher's home
        area.showSection(QStringLiteral("classes"));
        QCOMPARE(area.classTable()->model()->rowCount(), 1);

        // A duplicate name is refused inside the dialog; then a new class is added.
        bool sawRefusal = false;
        whenDialogOpens<AddClassDialog>([&](AddClassDialog *dialog) {
            QTest::keyClicks(dialog->nameField(), QStringLiteral("1.A"));
            pressOk(dialog);
            sawRefusal = dialog->isVisible() && !dialog->message()->text().isEmpty();
            dialog->nameField()->clear();
            QTest::keyClicks(dialog->nameField(), QStringLiteral("2.B"));
            pressOk(dialog);
        });
        click(area.addClassButton());
        QVERIFY(sawRefusal);
        QTRY_COMPARE(area.classTable()->model()->rowCount(), 2);
        QCOMPARE(school.context->classes().classes()->size(), 2);

        area.showSection(QStringLiteral("pupils"));
        QTRY_VERIFY(area.addPupilButton()->isVisible());
        whenDialogOpens<AddPupilDialog>([&](AddPupilDialog *dialog) {
            typeText(dialog->nameField(), QStringLiteral("Ota Nový"));
            dialog->classBox()->setCurrentIndex(dialog->classBox()->findText(QStringLiteral("2.B")));
            click(dialog->avatarPicker()->avatarButton(5));
            for (int p : { 2, 6, 1 })
                click(dialog->pictureInput()->pictureButton(p));
            pressOk(dialog);
        });
        click(area.addPupilButton());
        QTRY_COMPARE(area.pupilTable()->model()->rowCount(), 2);

        // The service has him, in 2.B, with the frog avatar; the tapped pictures are his password.
        const SchoolClass b = school.context->classes().classByName(QStringLiteral("2.B")).value().value();
        const QList<Person> pupils = school.context->accounts().pupilsForSignIn(b.id).value();
        QCOMPARE(pupils.size(), 1);
        QCOMPARE(pupils.first().displayName, QStringLiteral("Ota Nový"));
        QCOMPARE(pupils.first().avatar, 5);
        QVERIFY(school.context->accounts().signInWithPictures(pupils.first().id, { 2, 6, 1 }).ok());

        // Class filter and search.
        area.classFilter()->setCurrentIndex(area.classFilter()->findText(QStringLiteral("2.B")));
        QTRY_COMPARE(area.pupilTable()->model()->rowCount(), 1);
        QCOMPARE(area.pupilTable()->model()->index(0, 0).data().toString(), QStringLiteral("Ota Nový"));
        area.classFilter()->setCurrentIndex(0);
        auto *search = area.findChild<QLineEdit *>(QStringLiteral("pupilSearch"));
        QTest::keyClicks(search, QStringLiteral("pia"));
        QTRY_COMPARE(area.pupilTable()->model()->rowCount(), 1);
        QCOMPARE(area.pupilTable()->model()->index(0, 0).data().toString(), QStringLiteral("Pia Pupil"));
        // The class table's counts follow.
        QAbstractItemModel *classes = area.classTable()->model();
        for (int row = 0; row < classes->rowCount(); ++row)
            QCOMPARE(classes->index(row, 1).data().toInt(), 1);
    }

    static int storedAvatar(GuiSchool &school, const QString &personId)
    {
        SqlQuery q(school.context->database().sql(), QStringLiteral("SELECT avatar FROM person WHERE id = :id"));
        q.bind(QStringLiteral(":id"), personId);
        return q.scalar().value().toInt();
    }

    static int rowOf(QTableView *table, const QString &name)
    {
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, 0).data().toString() == name)
                return row;
        }
        return -1;
    }

    void addPupilDialogOffersAnAvatarNobodyInTheClassHas()
    {
        GuiSchool school;
        const Session teacher = signIn(school, QStringLiteral("tom"));
        // 1.A: Pia has avatar 3; Ben gets 0 from the rule; so the next free one is 1.
        const Person ben = school.context->accounts()
                               .addPerson(teacher,
                                          { Role::Pupil,
                                            QStringLiteral("Ben Brown"),
                                            {},
                                            {},
                                            { 1, 2, 3 },
                                            std::nullopt,
                                            QStringLiteral("1.A") })
                               .value();
        QCOMPARE(ben.avatar, 0);
        TeacherArea area(*school.context, teacher);
        area.resize(1100, 700);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        area.showSection(QStringLiteral("pupils"));
        QTRY_VERIFY(area.addPupilButton()->isVisible());
        bool offered = false;
        whenDialogOpens<AddPupilDialog>([&](AddPupilDialog *dialog) {
            AvatarPicker *picker = dialog->avatarPicker();
            QCOMPARE(dialog->classBox()->currentText(), QStringLiteral("1.A"));
            offered = picker->avatar() == 1 && picker->isTaken(0) && picker->isTaken(3) && !picker->isTaken(1)
                && picker->avatarButton(AvatarRule::kAvatarCount - 1) != nullptr;
            typeText(dialog->nameField(), QStringLiteral("Cyril Cole"));
            for (int p : { 5, 6, 7 })
                click(dialog->pictureInput()->pictureButton(p));
            pressOk(dialog); // the avatar left as offered
        });
        click(area.addPupilButton());
        QVERIFY(offered);
        QTRY_COMPARE(area.pupilTable()->model()->rowCount(), 3);
        QList<int> avatars = school.context->accounts().avatarsInClass(school.classId).value();
        std::sort(avatars.begin(), avatars.end());
        QCOMPARE(avatars, (QList<int> { 0, 1, 3 }));
    }

    void teacherChangesAPupilsAvatar()
    {
        GuiSchool school;
        const Session teacher = signIn(school, QStringLiteral("tom"));
        school.context->accounts()
            .addPerson(teacher,
                       { Role::Pupil, QStringLiteral("Ben Brown"), {}, {}, { 1, 2, 3 }, 9, QStringLiteral("1.A") })
            .value();
        TeacherArea area(*school.context, teacher);
        area.resize(1100, 700);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        area.showSection(QStringLiteral("pupils"));
        QTableView *table = area.pupilTable();
        QTRY_VERIFY(table->isVisible());
        QVERIFY(area.changeAvatarButton()->isVisible());
        QVERIFY(!area.changeAvatarButton()->isEnabled()); // nobody selected yet

        // Click Pia's row, then the button: her avatar is checked, Ben's is marked as taken.
        const int pia = rowOf(table, QStringLiteral("Pia Pupil"));
        QVERIFY(pia >= 0);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier,
                          table->visualRect(table->model()->index(pia, 0)).center());
        QTRY_VERIFY(area.changeAvatarButton()->isEnabled());
        bool marked = false;
        whenDialogOpens<ChangeAvatarDialog>([&](ChangeAvatarDialog *dialog) {
            AvatarPicker *picker = dialog->avatarPicker();
            marked = picker->avatar() == 3 && picker->avatarButton(3)->isChecked() && picker->isTaken(9)
                && !picker->isTaken(3);
            click(picker->avatarButton(20));
            pressOk(dialog);
        });
        click(area.changeAvatarButton());
        QVERIFY(marked);
        QTRY_COMPARE(storedAvatar(school, school.pupilId), 20);
        // The table shows the new avatar and keeps Pia selected.
        QTRY_VERIFY(area.changeAvatarButton()->isEnabled());

        // By keyboard: Space on the button opens the picker, Space picks, Return saves.
        bool byKeyboard = false;
        whenDialogOpens<ChangeAvatarDialog>([&](ChangeAvatarDialog *dialog) {
            AvatarPicker *picker = dialog->avatarPicker();
            byKeyboard = picker->avatar() == 20;
            picker->avatarButton(21)->setFocus();
            QTest::keyClick(picker->avatarButton(21), Qt::Key_Space);
            QTest::keyClick(picker->avatarButton(21), Qt::Key_Return);
        });
        area.changeAvatarButton()->setFocus();
        QTest::keyClick(area.changeAvatarButton(), Qt::Key_Space);
        QVERIFY(byKeyboard);
        QTRY_COMPARE(storedAvatar(school, school.pupilId), 21);
        // Enter on the row opens the pupil's own page (tst_pupildetail), not the picker; Escape
        // comes back to the table.
        area.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&area));
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_VERIFY(area.pupilDetailPage()->isVisible());
        QCOMPARE(area.pupilDetailPage()->pupil().id, school.pupilId);
        QCOMPARE(storedAvatar(school, school.pupilId), 21);
        QTest::keyClick(area.pupilDetailPage()->masteryTable(), Qt::Key_Escape);
        QTRY_VERIFY(table->isVisible());

        // The row's context menu has the same action; Cancel changes nothing.
        auto *action = table->findChild<QAction *>(QStringLiteral("changeAvatarAction"));
        QVERIFY(action);
        QVERIFY(table->actions().contains(action));
        bool cancelled = false;
        whenDialogOpens<ChangeAvatarDialog>([&](ChangeAvatarDialog *dialog) {
            click(dialog->avatarPicker()->avatarButton(2));
            dialog->reject();
            cancelled = true;
        });
        action->trigger();
        QVERIFY(cancelled);
        QCOMPARE(storedAvatar(school, school.pupilId), 21);
        QCOMPARE(table->model()->rowCount(), 2);
    }

    void teacherExportsAndErasesAPupilsData()
    {
        GuiSchool school;
        const Session teacher = signIn(school, QStringLiteral("tom"));
        TeacherArea area(*school.context, teacher);
        area.resize(1100, 700);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        area.showSection(QStringLiteral("pupils"));
        QTableView *table = area.pupilTable();
        QTRY_VERIFY(table->isVisible());
        PupilDataActions *actions = area.pupilDataActions();
        QVERIFY(!actions->exportAction()->isEnabled()); // nobody selected yet
        QVERIFY(table->actions().contains(actions->exportAction()));
        QVERIFY(table->actions().contains(actions->eraseAction()));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier,
                          table->visualRect(table->model()->index(rowOf(table, QStringLiteral("Pia Pupil")), 0)).center());
        QTRY_VERIFY(actions->exportAction()->isEnabled());

        // Export: the file dialog suggests a name; the JSON and the PDF beside it are written.
        QTemporaryDir out;
        const QString json = out.filePath(QStringLiteral("pia.json"));
        QString suggested;
        QString reported;
        whenDialogOpens<QFileDialog>([&](QFileDialog *dialog) {
            suggested = dialog->selectedFiles().value(0);
            // Type the name as a teacher would (selectFile() can lose to the dialog's own
            // asynchronous directory loading).
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            QVERIFY(name);
            name->setText(json);
            static_cast<QDialog *>(dialog)->accept();
            whenDialogOpens<QMessageBox>([&](QMessageBox *done) {
                reported = done->text();
                done->accept();
            });
        });
        actions->exportAction()->trigger();
        QVERIFY2(suggested.contains(QStringLiteral("Pia Pupil")), qPrintable(suggested));
        QVERIFY2(reported.contains(QStringLiteral("pia.json")), qPrintable(reported));
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll())
                     .object()
                     .value(QStringLiteral("tables"))
                     .toObject()
                     .value(QStringLiteral("person"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("display_name"))
                     .toString(),
                 QStringLiteral("Pia Pupil"));
        QVERIFY(QFileInfo(PupilDataActions::pdfPathFor(json)).size() > 1000);

        // Erase asks first; Cancel (the default button) keeps everything.
        QString question;
        whenDialogOpens<QMessageBox>([&](QMessageBox *box) {
            question = box->text();
            QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
            click(box->button(QMessageBox::Cancel));
        });
        actions->eraseAction()->trigger();
        QVERIFY(question.contains(QStringLiteral("Pia Pupil")));
        QCOMPARE(storedCount(school, school.pupilId), 1);
        QVERIFY(rowOf(table, QStringLiteral("Pia Pupil")) >= 0);

        // "Erase for good" deletes her and the table forgets her.
        whenDialogOpens<QMessageBox>([&](QMessageBox *box) {
            click(box->findChild<QPushButton *>(QStringLiteral("eraseForGoodButton")));
        });
        actions->eraseAction()->trigger();
        QCOMPARE(storedCount(school, school.pupilId), 0);
        QTRY_COMPARE(rowOf(table, QStringLiteral("Pia Pupil")), -1);
        QVERIFY(!actions->eraseAction()->isEnabled());
    }

    static int storedCount(GuiSchool &school, const QString &personId)
    {
        SqlQuery q(school.context->database().sql(), QStringLiteral("SELECT COUNT(*) FROM person WHERE id = :id"));
        q.bind(QStringLiteral(":id"), personId);
        return q.scalar().value().toInt();
    }

    void aboutShowsThePrivacyNoticeForParents()
    {
        GuiSchool school;
        TeacherArea area(*school.context, signIn(school, QStringLiteral("tom")));
        area.resize(1100, 700);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        area.showSection(QStringLiteral("settings"));
        QPushButton *about = area.settingsPanel()->aboutButton();
        QTRY_VERIFY(about->isVisible());
        QString notice;
        whenDialogOpens<AboutDialog>([&](AboutDialog *dialog) {
            notice = dialog->privacyText()->text();
            dialog->reject();
        });
        click(about);
        QCOMPARE(notice, privacyNotice());
        QVERIFY(notice.contains(QStringLiteral("erase it for good")));
        QVERIFY(notice.contains(QStringLiteral("nothing to the internet")));
    }

    void pupilDialogKeepsErrorsInside()
    {
        GuiSchool school;
        TeacherArea area(*school.context, signIn(school, QStringLiteral("tom")));
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        area.showSection(QStringLiteral("pupils"));
        QString message;
        whenDialogOpens<AddPupilDialog>([&](AddPupilDialog *dialog) {
            QTest::keyClicks(dialog->nameField(), QStringLiteral("Half Done"));
            click(dialog->pictureInput()->pictureButton(0)); // one picture is not a password
            pressOk(dialog);
            message = dialog->message()->text();
            dialog->reject();
        });
        click(area.addPupilButton());
        QVERIFY2(message.contains(QLatin1String("three")), qPrintable(message));
        QCOMPARE(area.pupilTable()->model()->rowCount(), 1);
    }

    void onlyAdminsSeeAndUseStaff()
    {
        GuiSchool school;
        TeacherArea teacher(*school.context, signIn(school, QStringLiteral("tom")));
        QCOMPARE(teacher.sidebar()->indexOf(QStringLiteral("staff")), -1);
        QVERIFY(!teacher.staffTable());

        TeacherArea admin(*school.context, signIn(school, QStringLiteral("ada")));
        admin.show();
        QVERIFY(QTest::qWaitForWindowExposed(&admin));
        admin.showSection(QStringLiteral("staff"));
        QTRY_VERIFY(admin.addStaffButton()->isVisible());
        QCOMPARE(admin.staffTable()->model()->rowCount(), 3);
        whenDialogOpens<AddStaffDialog>([&](AddStaffDialog *dialog) {
            typeText(dialog->nameField(), QStringLiteral("Petr Trenér"));
            QCOMPARE(dialog->loginField()->text(), QStringLiteral("petr.trener"));
            dialog->roleBox()->setCurrentIndex(dialog->roleBox()->findData(int(Role::Trainer)));
            QTest::keyClicks(dialog->passwordField(), QStringLiteral("trener-1"));
            QTest::keyClicks(dialog->repeatField(), QStringLiteral("trener-1"));
            pressOk(dialog);
        });
        click(admin.addStaffButton());
        QTRY_COMPARE(admin.staffTable()->model()->rowCount(), 4);
        auto trainer
            = school.context->accounts().signInWithPassword(QStringLiteral("petr.trener"), QStringLiteral("trener-1"));
        QVERIFY(trainer.ok());
        QCOMPARE(trainer->role, Role::Trainer);
    }
};

QTEST_MAIN(TestTeacherArea)
#include "tst_teacherarea.moc"
