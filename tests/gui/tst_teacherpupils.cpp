// Managing pupils on the teacher's Pupils page (issue 10, point 6), through the real widgets
// down to the SQLite rows: edit name and class (F2, undo and redo), archive after a confirmation
// (cancel changes nothing), "Show archived" lists them greyed, restore; new pictures for one
// pupil (the new ones sign in) and new sign-in cards for a class saved as PDF.

#include "guifixture.h"

#include "core/storage/sqlquery.h"
#include "ui/teacher/addpupildialog.h"
#include "ui/teacher/editpupildialog.h"
#include "ui/teacher/pupilaccountactions.h"
#include "ui/teacher/signincardsdialog.h"
#include "ui/teacher/teacherarea.h"
#include "ui/widgets/picturepasswordinput.h"
#include "ui/widgets/tilebutton.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace stages;
using namespace stages::test;

namespace {

/// Answers the confirmation box @p name with the button @p buttonName (empty: Cancel).
void answerConfirmation(const QString &name, const QString &buttonName, bool *seen)
{
    whenDialogOpens<QMessageBox>([=](QMessageBox *box) {
        *seen = box->objectName() == name;
        if (buttonName.isEmpty())
            click(box->button(QMessageBox::Cancel));
        else
            click(box->findChild<QPushButton *>(buttonName));
    });
}

int rowOf(QTableView *table, const QString &name)
{
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 0).data().toString() == name)
            return row;
    }
    return -1;
}

void selectRow(QTableView *table, const QString &name)
{
    const int row = rowOf(table, name);
    QVERIFY2(row >= 0, qPrintable(name));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier,
                      table->visualRect(table->model()->index(row, 0)).center());
}

QVariant column(GuiSchool &school, const char *sql, const QString &id)
{
    SqlQuery q(school.context->database().sql(), QString::fromLatin1(sql));
    q.bind(QStringLiteral(":id"), id);
    return q.scalar().value();
}

QString storedName(GuiSchool &school, const QString &id)
{
    return column(school, "SELECT display_name FROM person WHERE id = :id", id).toString();
}

QString storedClass(GuiSchool &school, const QString &id)
{
    return column(school, "SELECT class_id FROM class_member WHERE person_id = :id", id).toString();
}

int storedActive(GuiSchool &school, const QString &id)
{
    return column(school, "SELECT active FROM person WHERE id = :id", id).toInt();
}

} // namespace

class TestTeacherPupils : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;

    struct Page
    {
        GuiSchool school;
        Session teacher;
        QString otherClass;
        std::unique_ptr<TeacherArea> area;

        Page()
        {
            teacher = school.context->accounts()
                          .signInWithPassword(QStringLiteral("tom"), QString::fromLatin1(SmallSchool::kPassword))
                          .value();
            otherClass = school.context->classes().addClass(teacher, QStringLiteral("2.B")).value().id;
            school.context->accounts()
                .addPerson(teacher,
                           { Role::Pupil, QStringLiteral("Ben Brown"), {}, {}, { 1, 2, 3 }, 9, QStringLiteral("1.A") })
                .value();
            area = std::make_unique<TeacherArea>(*school.context, teacher);
            area->resize(1100, 700);
            area->show();
            area->showSection(QStringLiteral("pupils"));
        }
        QTableView *table() const { return area->pupilTable(); }
        PupilAccountActions *actions() const { return area->pupilAccountActions(); }
    };

private slots:
    void initTestCase() { isolateUserFiles(m_settings); }

    void editNameAndClassWithUndo()
    {
        Page page;
        QVERIFY(QTest::qWaitForWindowExposed(page.area.get()));
        QTRY_VERIFY(page.table()->isVisible());
        QVERIFY(!page.actions()->editAction()->isEnabled()); // nobody selected
        selectRow(page.table(), QStringLiteral("Pia Pupil"));
        QTRY_VERIFY(page.actions()->editAction()->isEnabled());
        QVERIFY(page.table()->actions().contains(page.actions()->editAction())); // in the context menu

        // F2 on the table opens the dialog; a refused name stays in it and changes nothing.
        bool refused = false;
        whenDialogOpens<EditPupilDialog>([&](EditPupilDialog *dialog) {
            dialog->nameField()->setText(QStringLiteral("   "));
            click(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok));
            refused = dialog->isVisible() && !dialog->message()->text().isEmpty();
            dialog->reject();
        });
        page.table()->setFocus();
        QTest::keyClick(page.table(), Qt::Key_F2);
        QVERIFY(refused);
        QCOMPARE(storedName(page.school, page.school.pupilId), QStringLiteral("Pia Pupil"));

        // Name and class in one go.
        whenDialogOpens<EditPupilDialog>([&](EditPupilDialog *dialog) {
            dialog->nameField()->clear();
            typeText(dialog->nameField(), QStringLiteral("Pia Nováková"));
            dialog->classBox()->setCurrentIndex(dialog->classBox()->findText(QStringLiteral("2.B")));
            click(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok));
        });
        page.area->activateWindow(); // back from the first dialog: the shortcut works in the active window
        QVERIFY(QTest::qWaitForWindowActive(page.area.get()));
        QTest::keyClick(page.table(), Qt::Key_F2);
        QTRY_COMPARE(storedName(page.school, page.school.pupilId), QStringLiteral("Pia Nováková"));
        QCOMPARE(storedClass(page.school, page.school.pupilId), page.otherClass);
        QTRY_VERIFY(rowOf(page.table(), QStringLiteral("Pia Nováková")) >= 0);
        QVERIFY(page.actions()->editAction()->isEnabled()); // still selected

        // Ctrl+Z puts both back, Ctrl+Shift+Z (redo) makes the change again.
        QVERIFY(page.actions()->undoAction()->isEnabled());
        page.area->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(page.area.get()));
        QTest::keySequence(page.table(), QKeySequence::Undo);
        QTRY_COMPARE(storedName(page.school, page.school.pupilId), QStringLiteral("Pia Pupil"));
        QCOMPARE(storedClass(page.school, page.school.classId), QString());
        QCOMPARE(storedClass(page.school, page.school.pupilId), page.school.classId);
        QVERIFY(rowOf(page.table(), QStringLiteral("Pia Pupil")) >= 0);
        page.actions()->redoAction()->trigger();
        QCOMPARE(storedName(page.school, page.school.pupilId), QStringLiteral("Pia Nováková"));
        QCOMPARE(storedClass(page.school, page.school.pupilId), page.otherClass);
    }

    void archiveAfterConfirmationThenRestore()
    {
        Page page;
        QVERIFY(QTest::qWaitForWindowExposed(page.area.get()));
        selectRow(page.table(), QStringLiteral("Pia Pupil"));
        QTRY_VERIFY(page.actions()->archiveAction()->isEnabled());
        QVERIFY(!page.actions()->restoreAction()->isEnabled());

        // Cancel in the confirmation: nothing happens.
        bool asked = false;
        answerConfirmation(QStringLiteral("archiveConfirmation"), {}, &asked);
        page.actions()->archiveAction()->trigger();
        QVERIFY(asked);
        QCOMPARE(storedActive(page.school, page.school.pupilId), 1);

        asked = false;
        answerConfirmation(QStringLiteral("archiveConfirmation"), QStringLiteral("archiveButton"), &asked);
        page.actions()->archiveAction()->trigger();
        QVERIFY(asked);
        QCOMPARE(storedActive(page.school, page.school.pupilId), 0);
        QTRY_COMPARE(rowOf(page.table(), QStringLiteral("Pia Pupil")), -1);
        QVERIFY(rowOf(page.table(), QStringLiteral("Ben Brown")) >= 0);
        QVERIFY(page.school.context->accounts().pupilsForSignIn(page.school.classId).value().size() == 1);

        // "Show archived" lists her greyed; Restore brings her back.
        QCheckBox *showArchived = page.area->showArchivedBox();
        QVERIFY(showArchived->isVisible());
        click(showArchived);
        QTRY_VERIFY(rowOf(page.table(), QStringLiteral("Pia Pupil")) >= 0);
        const QModelIndex pia = page.table()->model()->index(rowOf(page.table(), QStringLiteral("Pia Pupil")), 0);
        QCOMPARE(pia.data(Qt::ForegroundRole).value<QColor>(), QColor(Qt::gray));
        QVERIFY(!page.table()
                     ->model()
                     ->index(rowOf(page.table(), QStringLiteral("Ben Brown")), 0)
                     .data(Qt::ForegroundRole)
                     .isValid());
        selectRow(page.table(), QStringLiteral("Pia Pupil"));
        QTRY_VERIFY(page.actions()->restoreAction()->isEnabled());
        QVERIFY(page.actions()->restoreAction()->isVisible());
        QVERIFY(!page.actions()->archiveAction()->isVisible()); // the menu offers one of the two
        const QString count = page.area->findChild<QLabel *>(QStringLiteral("pupilCount"))->text();
        QVERIFY2(count.startsWith(QStringLiteral("1 pupil")) && count.endsWith(QStringLiteral(", 1 archived")),
                 qPrintable(count));
        QVERIFY(!page.actions()->editAction()->isEnabled());
        QVERIFY(!page.actions()->archiveAction()->isEnabled());
        QVERIFY(!page.area->changeAvatarButton()->isEnabled());
        page.actions()->restoreAction()->trigger();
        QCOMPARE(storedActive(page.school, page.school.pupilId), 1);
        QTRY_VERIFY(!page.table()
                         ->model()
                         ->index(rowOf(page.table(), QStringLiteral("Pia Pupil")), 0)
                         .data(Qt::ForegroundRole)
                         .isValid());
        QCOMPARE(page.school.context->accounts().pupilsForSignIn(page.school.classId).value().size(), 2);
    }

    void newPicturesForOnePupilAndCardsForAClass()
    {
        Page page;
        QVERIFY(QTest::qWaitForWindowExposed(page.area.get()));
        selectRow(page.table(), QStringLiteral("Pia Pupil"));
        QTRY_VERIFY(page.actions()->newPicturesAction()->isEnabled());

        bool asked = false;
        answerConfirmation(QStringLiteral("newPicturesConfirmation"), QStringLiteral("makeNewPicturesButton"), &asked);
        QList<int> shown;
        whenDialogOpens<SignInCardsDialog>([&](SignInCardsDialog *dialog) {
            if (dialog->cards().size() == 1)
                shown = dialog->cards().first().pictures;
            dialog->reject();
        });
        page.actions()->newPicturesAction()->trigger();
        QVERIFY(asked);
        QTRY_COMPARE(shown.size(), 3);
        AccountService &accounts = page.school.context->accounts();
        if (shown != SmallSchool::pupilPictures())
            QVERIFY(!accounts.signInWithPictures(page.school.pupilId, SmallSchool::pupilPictures()).ok());
        page.school.clock.advance(600000);
        QVERIFY(accounts.signInWithPictures(page.school.pupilId, shown).ok());

        // Cards for the class chosen in the filter: asks, makes new pictures for both pupils, saves.
        QComboBox *filter = page.area->classFilter();
        filter->setCurrentIndex(filter->findText(QStringLiteral("1.A")));
        QTRY_VERIFY(page.actions()->classCardsAction()->isEnabled());
        const QString pdf = page.school.dir.filePath(QStringLiteral("cards.pdf"));
        QList<SignInCard> cards;
        asked = false;
        answerConfirmation(QStringLiteral("classCardsConfirmation"), QStringLiteral("makeCardsButton"), &asked);
        bool warned = false;
        bool stayed = false;
        whenDialogOpens<SignInCardsDialog>([&](SignInCardsDialog *dialog) {
            cards = dialog->cards();
            // Closing before printing or saving asks first; Cancel keeps the cards.
            whenDialogOpens<QMessageBox>([&](QMessageBox *box) {
                warned = true;
                click(box->button(QMessageBox::Cancel));
            });
            dialog->reject();
            stayed = dialog->isVisible();
            if (dialog->saveTo(pdf))
                dialog->reject(); // saved: closes without asking
        });
        page.actions()->classCardsAction()->trigger();
        QVERIFY(asked);
        QTRY_COMPARE(cards.size(), 2);
        QVERIFY(warned);
        QVERIFY(stayed);
        QVERIFY(QFile(pdf).size() > 0);
        for (const SignInCard &card : std::as_const(cards)) {
            QCOMPARE(card.className, QStringLiteral("1.A"));
            const QString id = card.name == QStringLiteral("Pia Pupil") ? page.school.pupilId : QString();
            if (!id.isEmpty())
                QVERIFY(accounts.signInWithPictures(id, card.pictures).ok());
        }
        // Pia's pictures from before the cards no longer work (unless chance gave the same three).
        const QList<int> piaNow
            = cards.first().name == QStringLiteral("Pia Pupil") ? cards.first().pictures : cards.last().pictures;
        if (piaNow != shown)
            QVERIFY(!accounts.signInWithPictures(page.school.pupilId, shown).ok());
    }

    void addingAPupilCanShowTheirCard()
    {
        Page page;
        QVERIFY(QTest::qWaitForWindowExposed(page.area.get()));
        QList<SignInCard> cards;
        whenDialogOpens<AddPupilDialog>([&](AddPupilDialog *dialog) {
            dialog->nameField()->setText(QStringLiteral("Cyril Card"));
            for (int picture : { 8, 3, 5 })
                click(dialog->pictureInput()->pictureButton(picture));
            click(dialog->cardBox());
            whenDialogOpens<SignInCardsDialog>([&](SignInCardsDialog *cardsDialog) {
                cards = cardsDialog->cards();
                cardsDialog->reject();
            });
            click(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok));
        });
        click(page.area->addPupilButton());
        QTRY_COMPARE(cards.size(), 1);
        QCOMPARE(cards.first().name, QStringLiteral("Cyril Card"));
        QCOMPARE(cards.first().pictures, (QList<int> { 8, 3, 5 }));
    }
};

QTEST_MAIN(TestTeacherPupils)
#include "tst_teacherpupils.moc"
