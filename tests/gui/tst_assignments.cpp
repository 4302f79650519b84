// Assignments and feedback from the teacher to the pupil, on the real widgets down to SQLite:
// the teacher gives a stage through AssignDialog (driven by keys and code) and sees per-pupil
// completion; the pupil signs in and finds the task as the first tile of the home, and tapping it
// opens that stage; stars given in the teacher's comment box show as a badge on the pupil's home
// and opening the piece marks the comment seen. The models pass QAbstractItemModelTester.

#include "guifixture.h"

#include "core/progress/artifactservice.h"
#include "core/progress/assignmentservice.h"
#include "core/progress/attemptservice.h"
#include "core/storage/sqlquery.h"
#include "exercises/domains/domains.h"
#include "exercises/framework/evaluator.h"
#include "exercises/framework/tasks/createtask.h"
#include "exercises/framework/view/domainpage.h"
#include "exercises/framework/view/taskscreen.h"
#include "ui/pupil/badgetile.h"
#include "ui/pupil/pupilfeedbackdialog.h"
#include "ui/pupil/pupilhome.h"
#include "ui/pupil/pupiltaskstrip.h"
#include "ui/shell/mainwindow.h"
#include "ui/teacher/artifactdialog.h"
#include "ui/teacher/artifacttablemodel.h"
#include "ui/teacher/assignments/assigndialog.h"
#include "ui/teacher/assignments/assignmentspanel.h"
#include "ui/teacher/assignments/assignmenttablemodel.h"
#include "ui/teacher/assignments/pupilcompletionmodel.h"
#include "ui/teacher/pupilsworkpanel.h"
#include "ui/teacher/teacherarea.h"
#include "ui/widgets/tilebutton.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTimer>

#include <functional>

using namespace stages;
using namespace stages::test;

namespace {

Session signIn(GuiSchool &school, const QString &login)
{
    return school.context->accounts().signInWithPassword(login, QString::fromLatin1(SmallSchool::kPassword)).value();
}

Session pia(GuiSchool &school)
{
    return school.context->accounts().signInWithPictures(school.pupilId, SmallSchool::pupilPictures()).value();
}

int count(GuiSchool &school, const QString &sql)
{
    return SqlQuery(school.context->database().sql(), sql).scalar().value().toInt();
}

/// Ticks row @p row of a check list from the keyboard (arrow to it, Space).
void tickWithKeys(QListWidget *list, int row)
{
    list->setFocus();
    list->setCurrentRow(0);
    for (int i = 0; i < row; ++i)
        QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Space);
}

const QString kDomain = QStringLiteral("combinatorics");

} // namespace

class TestAssignments : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;

private slots:
    void initTestCase() { isolateUserFiles(m_settings); }

    void modelsPassTheTester()
    {
        Assignment a;
        a.id = QStringLiteral("a1");
        a.className = QStringLiteral("1.A");
        a.items = { { kDomain, 2, {} }, { kDomain, 3, {} } };
        a.pupils = { { QStringLiteral("p1"), QStringLiteral("Pia"), { true, false } },
                     { QStringLiteral("p2"), QStringLiteral("Ben"), { true, true } } };
        const AssignmentItemWords words(domainTitles(), nullptr);
        AssignmentTableModel table(words);
        QAbstractItemModelTester t1(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
        table.setAssignments({ a });
        QCOMPARE(table.index(0, AssignmentTableModel::DoneColumn).data().toString(), QStringLiteral("1/2"));
        QVERIFY(table.index(0, AssignmentTableModel::WhatColumn).data().toString().contains(QStringLiteral("stage 3")));
        QCOMPARE(table.index(0, AssignmentTableModel::ForWhomColumn).data().toString(), QStringLiteral("Class 1.A"));
        PupilCompletionModel completion(words);
        QAbstractItemModelTester t2(&completion, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(completion.columnCount(), 0);
        completion.setAssignment(a);
        QCOMPARE(completion.columnCount(), 4);
        QCOMPARE(completion.index(0, PupilCompletionModel::DoneColumn).data().toString(), QStringLiteral("1/2"));
        QCOMPARE(completion.index(1, PupilCompletionModel::DoneColumn).data(PupilCompletionModel::SortRole).toInt(), 2);
        QVERIFY(completion.index(0, PupilCompletionModel::FirstItemColumn + 1).data().toString()
                != completion.index(1, PupilCompletionModel::FirstItemColumn + 1).data().toString());
        completion.clear();
        QCOMPARE(completion.rowCount(), 0);
    }

    void teacherAssignsAndPupilSeesItFirst()
    {
        GuiSchool school;
        const Session teacher = signIn(school, QStringLiteral("tom"));
        const QDate tomorrow = school.clock.now().toLocalTime().date().addDays(1);
        {
            TeacherArea area(*school.context, teacher);
            area.resize(1200, 760);
            area.show();
            QVERIFY(QTest::qWaitForWindowExposed(&area));
            area.showSection(QStringLiteral("assignments"));
            QCOMPARE(area.currentSection(), QStringLiteral("assignments"));
            AssignmentsPanel *panel = area.assignmentsPanel();
            QTRY_VERIFY(panel->newButton()->isVisible());
            QCOMPARE(panel->table()->model()->rowCount(), 0);

            QString firstRefusal;
            bool preselected = false;
            whenDialogOpens<AssignDialog>([&](AssignDialog *dialog) {
                preselected = dialog->classChoice()->currentData().toString() == school.classId
                    && dialog->wholeClassButton()->isChecked();
                dialog->domainChoice()->setCurrentIndex(dialog->domainChoice()->findData(kDomain));
                // Nothing ticked yet: refused with a message, the dialog stays.
                click(dialog->assignButton());
                firstRefusal = dialog->message()->text();
                // Stage 2 ticked from the keyboard, a due date for tomorrow.
                tickWithKeys(dialog->stageList(), 1);
                click(dialog->dueCheck());
                dialog->dueDate()->setDate(tomorrow);
                click(dialog->assignButton());
            });
            click(panel->newButton());
            QVERIFY(preselected);
            QVERIFY2(!firstRefusal.isEmpty(), "an empty assignment was not refused");

            // In the database: one assignment for the whole class, stage 2, due tomorrow.
            QCOMPARE(count(school, QStringLiteral("SELECT COUNT(*) FROM assignment")), 1);
            QCOMPARE(count(school, QStringLiteral("SELECT COUNT(*) FROM assignment_pupil")), 0);
            SqlQuery item(school.context->database().sql(),
                          QStringLiteral("SELECT i.domain, i.stage, i.exercise_id, a.due_on, a.created_by, a.class_id"
                                         " FROM assignment_item i JOIN assignment a ON a.id = i.assignment_id"));
            QVERIFY(item.exec().ok());
            QVERIFY(item.next());
            QCOMPARE(item.value(0).toString(), kDomain);
            QCOMPARE(item.value(1).toInt(), 2);
            QVERIFY(item.value(2).isNull());
            QCOMPARE(item.value(3).toString(), tomorrow.toString(Qt::ISODate));
            QCOMPARE(item.value(4).toString(), teacher.personId);
            QCOMPARE(item.value(5).toString(), school.classId);
            QVERIFY(!item.next());

            // The table shows it, selected, with Pia not done yet.
            QCOMPARE(panel->table()->model()->rowCount(), 1);
            QCOMPARE(panel->table()->model()->index(0, AssignmentTableModel::DoneColumn).data().toString(),
                     QStringLiteral("0/1"));
            QCOMPARE(panel->completionTable()->model()->rowCount(), 1);
            QCOMPARE(panel->completionTable()->model()->index(0, 0).data().toString(), QStringLiteral("Pia Pupil"));
        }

        // Pia signs in: the task is the first tile of her home, above the domains.
        MainWindow window(*school.context);
        window.resize(1024, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.enterSession(pia(school));
        PupilHome *home = window.pupilHome();
        QVERIFY(home);
        auto *strip = qobject_cast<PupilTaskStrip *>(home->topStrip());
        QVERIFY(strip);
        QTRY_VERIFY(strip->isVisible());
        QCOMPARE(strip->taskTiles().size(), 1);
        BadgeTile *task = strip->taskTiles().first();
        QCOMPARE(task->stageNumber(), 2);
        QVERIFY(task->isDueSoon());
        QVERIFY(!task->isDone());
        QVERIFY(task->isVisible());
        TileButton *domainTile = home->domainTile(kDomain);
        QVERIFY(domainTile);
        QVERIFY(task->mapTo(home, QPoint(0, task->height())).y() <= domainTile->mapTo(home, QPoint(0, 0)).y());
        // Nothing on the home is above it (the header aside): it is the first thing to tap.
        for (QWidget *tile : home->findChildren<TileButton *>()) {
            if (tile->isVisible())
                QVERIFY(tile->mapTo(home, QPoint(0, 0)).y() > task->mapTo(home, QPoint(0, 0)).y());
        }

        // Tapping it opens stage 2 of the domain.
        click(task);
        auto *page = qobject_cast<DomainPage *>(home->domainPage(kDomain));
        QVERIFY(page);
        QTRY_VERIFY(page->isVisible());
        QVERIFY(page->screen());
        QCOMPARE(page->screen()->toAttempt().stage, 2);

        // Done once she succeeds at stage 2: the tile gets its tick, the teacher sees 1/1.
        AttemptRecord done {
            {}, page->screen()->toAttempt().exerciseId, kDomain, 2, 1.0, true, 30000, 0, QJsonArray(), false, {}, {}, {}
        };
        school.clock.advance(1000);
        QVERIFY(AttemptService(school.context->database(), school.clock).record(pia(school), done).ok());
        home->showHome();
        QTRY_COMPARE(strip->taskTiles().size(), 1);
        QVERIFY(strip->taskTiles().first()->isDone());
        const auto list
            = AssignmentService(school.context->database(), school.clock).listForClass(teacher, school.classId);
        QCOMPARE(list->at(0).pupilsDone(), 1);
    }

    void starsReachThePupil()
    {
        GuiSchool school;
        const Session teacher = signIn(school, QStringLiteral("tom"));
        const auto content = makeExerciseContent();
        const Exercise *create = nullptr;
        for (const Exercise &e : content->catalogue().exercises()) {
            if (e.task == QLatin1String("create") && e.skin == QLatin1String("colors")) {
                create = &e;
                break;
            }
        }
        QVERIFY(create);
        const QJsonValue answer = Evaluator(content->engine()).solve(*create).answer;
        AttemptRecord a {
            {}, create->id, create->domain, create->stage, 1.0, true, 60000, 0, answer, false, {}, {}, {}
        };
        a.artifact = AttemptRecord::Artifact { QStringLiteral("arrangements"), QStringLiteral("My rows"),
                                               CreateTask::artifactContent(*create, content->engine(), answer) };
        const QString work
            = AttemptService(school.context->database(), school.clock).record(pia(school), a).value().artifactId;

        // The teacher gives two stars with a comment in the work's dialog.
        {
            TeacherArea area(*school.context, teacher);
            area.resize(1200, 760);
            area.show();
            QVERIFY(QTest::qWaitForWindowExposed(&area));
            area.showSection(QStringLiteral("work"));
            bool saved = false;
            whenDialogOpens<ArtifactDialog>([&](ArtifactDialog *dialog) {
                dialog->starsChoice()->setFocus();
                QTest::keyClick(dialog->starsChoice(), Qt::Key_Down);
                QTest::keyClick(dialog->starsChoice(), Qt::Key_Down);
                typeText(dialog->commentField(), QStringLiteral("Great rows!"));
                click(dialog->saveCommentButton());
                saved = dialog->commentList()->count() == 1
                    && dialog->commentList()->item(0)->text().contains(QStringLiteral("★★ Great rows!"));
                dialog->reject();
            });
            QVERIFY(area.pupilsWorkPanel()->open(work));
            QVERIFY(saved);
            QCOMPARE(area.pupilsWorkPanel()->model()->index(0, ArtifactTableModel::StarsColumn).data().toString(),
                     QStringLiteral("★★"));
        }
        QCOMPARE(count(school, QStringLiteral("SELECT stars FROM feedback")), 2);
        QCOMPARE(count(school, QStringLiteral("SELECT COUNT(*) FROM feedback WHERE seen_at IS NULL")), 1);

        // Pia's home shows the piece with two stars and the "new" dot.
        MainWindow window(*school.context);
        window.resize(1024, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.enterSession(pia(school));
        auto *strip = qobject_cast<PupilTaskStrip *>(window.pupilHome()->topStrip());
        QVERIFY(strip);
        QTRY_VERIFY(strip->isVisible());
        QVERIFY(strip->taskTiles().isEmpty());
        QCOMPARE(strip->pieceTiles().size(), 1);
        QCOMPARE(strip->pieceTiles().first()->stars(), 2);
        QVERIFY(strip->pieceTiles().first()->isNew());

        // Opening it shows the words and the stars big and marks them seen.
        QString shown;
        int bigStars = 0;
        whenDialogOpens<PupilFeedbackDialog>([&](PupilFeedbackDialog *dialog) {
            shown = dialog->commentLabel()->text();
            bigStars = dialog->stars();
            QVERIFY(dialog->okButton()->height() >= 48);
            click(dialog->okButton());
        });
        click(strip->pieceTiles().first());
        QTRY_COMPARE(shown, QStringLiteral("Great rows!"));
        QCOMPARE(bigStars, 2);
        QCOMPARE(count(school, QStringLiteral("SELECT COUNT(*) FROM feedback WHERE seen_at IS NULL")), 0);
        QTRY_COMPARE(strip->pieceTiles().size(), 1);
        QVERIFY(!strip->pieceTiles().first()->isNew());
        QCOMPARE(strip->pieceTiles().first()->stars(), 2);
    }

    void tasksStillToDoComeFirst()
    {
        // Seven stages to do, the first five already done: the two still to do get tiles,
        // before the done ones, though only five task tiles fit.
        GuiSchool school;
        const Session teacher = signIn(school, QStringLiteral("tom"));
        AssignmentRequest request { school.classId, {}, {}, {} };
        for (int stage = 1; stage <= 7; ++stage)
            request.items.append({ kDomain, stage, {} });
        AssignmentService assignments(school.context->database(), school.clock);
        QVERIFY(assignments.create(teacher, request).ok());
        school.clock.advance(1000);
        for (int stage = 1; stage <= 5; ++stage) {
            const AttemptRecord done { {}, QStringLiteral("x%1").arg(stage), kDomain, stage, 1.0, true, 30000, 0,
                                       QJsonArray(), false, {}, {}, {} };
            QVERIFY(AttemptService(school.context->database(), school.clock).record(pia(school), done).ok());
        }

        MainWindow window(*school.context);
        window.resize(1024, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.enterSession(pia(school));
        auto *strip = qobject_cast<PupilTaskStrip *>(window.pupilHome()->topStrip());
        QVERIFY(strip);
        QTRY_COMPARE(strip->taskTiles().size(), int(PupilTaskStrip::kMaxTasks));
        QCOMPARE(strip->taskTiles().at(0)->stageNumber(), 6);
        QCOMPARE(strip->taskTiles().at(1)->stageNumber(), 7);
        QVERIFY(!strip->taskTiles().at(0)->isDone());
        QVERIFY(!strip->taskTiles().at(1)->isDone());
        for (int i = 2; i < strip->taskTiles().size(); ++i)
            QVERIFY(strip->taskTiles().at(i)->isDone());
    }

    void particularExercisesForChosenPupils()
    {
        GuiSchool school;
        const Session teacher = signIn(school, QStringLiteral("tom"));
        AssignDialog dialog(*school.context, teacher);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.preselect(school.classId, { school.pupilId }, kDomain, {});
        QVERIFY(dialog.somePupilsButton()->isChecked());
        QCOMPARE(dialog.pupilList()->count(), 1);
        QCOMPARE(dialog.pupilList()->item(0)->checkState(), Qt::Checked);
        click(dialog.exercisesButton());
        QVERIFY(dialog.exerciseList()->isVisible());
        QVERIFY(!dialog.stageList()->isVisible());
        dialog.exerciseStageChoice()->setCurrentIndex(1); // stage 2
        QVERIFY(dialog.exerciseList()->count() > 1);
        // Exercises are named for people, their id is the tooltip.
        QVERIFY(dialog.exerciseList()->item(0)->text() != dialog.exerciseList()->item(0)->toolTip());
        tickWithKeys(dialog.exerciseList(), 1);
        const QString wanted = dialog.exerciseList()->item(1)->data(Qt::UserRole).toString();
        click(dialog.assignButton());
        QVERIFY2(dialog.created(), qPrintable(dialog.message()->text()));
        QCOMPARE(dialog.created()->items, (QList<AssignmentItem> { { kDomain, 2, wanted } }));
        QVERIFY(!dialog.created()->wholeClass);
        SqlQuery row(school.context->database().sql(),
                     QStringLiteral("SELECT i.exercise_id, p.person_id FROM assignment_item i"
                                    " JOIN assignment_pupil p ON p.assignment_id = i.assignment_id"));
        QVERIFY(row.exec().ok());
        QVERIFY(row.next());
        QCOMPARE(row.value(0).toString(), wanted);
        QCOMPARE(row.value(1).toString(), school.pupilId);
    }

    void deleteAsksFirst()
    {
        GuiSchool school;
        const Session teacher = signIn(school, QStringLiteral("tom"));
        AssignmentService service(school.context->database(), school.clock);
        QVERIFY(service.create(teacher, { school.classId, {}, { { kDomain, 1, {} } }, {} }).ok());
        TeacherArea area(*school.context, teacher);
        area.resize(1200, 760);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        area.showSection(QStringLiteral("assignments"));
        AssignmentsPanel *panel = area.assignmentsPanel();
        QTRY_COMPARE(panel->table()->model()->rowCount(), 1);
        QVERIFY(!panel->selectedId().isEmpty());

        click(panel->closeButton());
        QCOMPARE(count(school, QStringLiteral("SELECT closed FROM assignment")), 1);
        QVERIFY(!panel->closeButton()->isEnabled());
        QVERIFY(service.openForPupil(pia(school))->isEmpty());

        whenDialogOpens<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Cancel)->click(); });
        click(panel->deleteButton());
        QCOMPARE(count(school, QStringLiteral("SELECT COUNT(*) FROM assignment")), 1);
        whenDialogOpens<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        click(panel->deleteButton());
        QCOMPARE(count(school, QStringLiteral("SELECT COUNT(*) FROM assignment")), 0);
        QCOMPARE(count(school, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'assignment.delete'")), 1);
        QCOMPARE(panel->table()->model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestAssignments)
#include "tst_assignments.moc"
