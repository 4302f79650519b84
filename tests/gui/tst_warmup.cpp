// The class warm-up end to end on a real SQLite file: a teacher starts it on the Warm-up page,
// a pupil of that class signs in through the real sign-in flow and lands in the warm-up,
// finishes an exercise with the mouse (stored as a mixed-set attempt), and when the time is up
// sees the end screen and goes home. Pupils of other classes are not sent to it.

#include "guifixture.h"

#include "core/progress/warmupservice.h"
#include "core/storage/sqlquery.h"
#include "exercises/domains/domains.h"
#include "exercises/framework/evaluator.h"
#include "exercises/framework/view/exercisescreen.h"
#include "exercises/framework/view/numberpad.h"
#include "exercises/framework/view/taskscreen.h"
#include "exercises/framework/view/tokenbutton.h"
#include "exercises/geometry/view/pointscanvas.h"
#include "exercises/geometry/view/symmetrygridwidget.h"
#include "exercises/music/tasks/playbacktask.h"
#include "exercises/music/view/instrumentwidget.h"
#include "exercises/music/view/playbackscreen.h"
#include "ui/pupil/pupilhome.h"
#include "ui/shell/mainwindow.h"
#include "ui/signin/avatarchoicepage.h"
#include "ui/signin/classchoicepage.h"
#include "ui/signin/picturepasswordpage.h"
#include "ui/signin/signinflow.h"
#include "ui/signin/staffsigninpage.h"
#include "ui/signin/startpage.h"
#include "ui/teacher/teacherarea.h"
#include "ui/teacher/warmup/warmupresultsmodel.h"
#include "ui/teacher/warmup/warmupresultsview.h"
#include "ui/teacher/warmuppanel.h"
#include "ui/warmup/pupilwarmuppage.h"
#include "ui/warmup/warmupclock.h"
#include "ui/widgets/areaheader.h"
#include "ui/widgets/picturepasswordinput.h"
#include "ui/widgets/tilebutton.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>

using namespace stages;
using namespace stages::test;

namespace {

/// Gives a geometry screen an answer, so "I'm done" can be pressed: a line (or a triangle) on the
/// points, a number on the pad, a square of the mirror grid, a mirror line.
void answerSomething(TaskScreen *screen)
{
    auto *done = screen->findChild<QPushButton *>(QStringLiteral("doneButton"));
    if (!done || done->isEnabled())
        return;
    if (auto *canvas = screen->findChild<geometry::PointsCanvas *>()) {
        for (int point = 0; point < 3 && !done->isEnabled(); ++point)
            QTest::mouseClick(canvas, Qt::LeftButton, {}, canvas->pointCentre(point).toPoint());
    }
    if (auto *pad = screen->findChild<NumberPad *>(); pad && !done->isEnabled())
        QTest::mouseClick(pad->keys().first(), Qt::LeftButton);
    if (auto *grid = screen->findChild<geometry::SymmetryGridWidget *>(); grid && !done->isEnabled()) {
        for (int cell = 0; !done->isEnabled() && grid->cellRect(cell).isValid() && cell < 64; ++cell) {
            if (!grid->isLocked(cell))
                QTest::mouseClick(grid, Qt::LeftButton, {}, grid->cellRect(cell).center());
        }
    }
    if (auto *noLine = screen->findChild<QPushButton *>(QStringLiteral("noLineButton")); noLine && !done->isEnabled())
        QTest::mouseClick(noLine, Qt::LeftButton);
}

} // namespace

class TestWarmUp : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;

    static void signInStaff(MainWindow &window, const QString &login)
    {
        SignInFlow *flow = window.signInFlow();
        click(flow->startPage()->staffButton());
        QTRY_COMPARE(flow->currentWidget(), static_cast<QWidget *>(flow->staffPage()));
        flow->staffPage()->selectLogin(login);
        QTest::keyClicks(flow->staffPage()->passwordField(), QString::fromLatin1(SmallSchool::kPassword));
        QTest::keyClick(flow->staffPage()->passwordField(), Qt::Key_Return);
    }

    static void signInPia(MainWindow &window)
    {
        SignInFlow *flow = window.signInFlow();
        QTRY_COMPARE(flow->currentWidget(), static_cast<QWidget *>(flow->startPage()));
        click(flow->startPage()->pupilTile());
        QTRY_COMPARE(flow->currentWidget(), static_cast<QWidget *>(flow->classPage()));
        click(flow->classPage()->findChild<TileButton *>(QStringLiteral("class:1.A")));
        QTRY_COMPARE(flow->currentWidget(), static_cast<QWidget *>(flow->avatarPage()));
        QTRY_VERIFY(flow->avatarPage()->tiles().first()->isVisible());
        click(flow->avatarPage()->tiles().first());
        QTRY_COMPARE(flow->currentWidget(), static_cast<QWidget *>(flow->picturePage()));
        for (int p : SmallSchool::pupilPictures()) {
            QTRY_VERIFY(flow->picturePage()->input()->pictureButton(p)->isEnabled());
            click(flow->picturePage()->input()->pictureButton(p));
        }
    }

    /// Answers the exercise on screen correctly: palette tokens with the mouse for rows, the
    /// run's own input for numbers and choices.
    static void solveOnScreen(ExerciseScreen *screen, const ExerciseEngine &engine)
    {
        ExerciseRun *run = screen->run();
        const QJsonValue answer = Evaluator(engine).solve(run->exercise()).answer;
        QList<QJsonArray> rows;
        switch (run->answerKind()) {
        case ExerciseRun::AnswerKind::Number:
            run->setNumber(answer.toInt());
            return;
        case ExerciseRun::AnswerKind::Choice:
            run->choose(answer.toInt());
            return;
        case ExerciseRun::AnswerKind::Row:
            rows.append(answer.toArray());
            break;
        case ExerciseRun::AnswerKind::Rows:
            for (const QJsonValue v : answer.toArray())
                rows.append(v.toArray());
            break;
        case ExerciseRun::AnswerKind::Custom:
            QFAIL("the shared screen shows no custom task");
            return;
        }
        const auto palette = run->palette();
        for (const QJsonArray &row : rows) {
            for (int position = 0; position < row.size(); ++position) {
                int index = -1;
                for (int i = 0; i < palette.size() && index < 0; ++i) {
                    if (palette.at(i).value == row.at(position).toInt()
                        && (palette.at(i).position < 0 || palette.at(i).position == position))
                        index = i;
                }
                QVERIFY(index >= 0);
                QTest::mouseClick(screen->paletteButtons().at(index), Qt::LeftButton);
            }
        }
    }

private slots:
    void initTestCase() { isolateUserFiles(m_settings); }

    void teacherStartsAndPupilOfTheClassWarmsUp()
    {
        GuiSchool school;
        MainWindow window(*school.context);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // The teacher opens the Warm-up page and starts it for 1.A.
        signInStaff(window, QStringLiteral("tom"));
        QTRY_VERIFY(window.teacherArea());
        TeacherArea *area = window.teacherArea();
        area->showSection(QStringLiteral("warmup"));
        WarmUpPanel *panel = area->warmUpPanel();
        QTRY_VERIFY(panel->isVisible());
        QPushButton *start = panel->startButton(school.classId);
        QVERIFY(start);
        QCOMPARE(start->text(), QStringLiteral("Start the 7-minute warm-up for 1.A"));
        QCOMPARE(panel->statusLabel(school.classId)->text(), QStringLiteral("Not running"));
        click(start);
        QTRY_VERIFY(panel->stopButton(school.classId)->isVisible());
        QVERIFY(!start->isVisible());
        QVERIFY2(panel->statusLabel(school.classId)->text().startsWith(QStringLiteral("Running: 7:00 left")),
                 qPrintable(panel->statusLabel(school.classId)->text()));
        auto running
            = WarmUpService(school.context->database(), school.clock).activeWarmUp(area->session(), school.classId);
        QVERIFY(running.ok() && running.value());
        window.signOut();

        // A minute later Pia signs in: the warm-up is open, with 6 minutes on the clock.
        school.clock.advance(60'000);
        signInPia(window);
        QTRY_VERIFY(window.pupilHome());
        auto *warm = window.pupilHome()->findChild<PupilWarmUpPage *>();
        QVERIFY(warm);
        QTRY_VERIFY(warm->isVisible());
        QCOMPARE(warm->warmUp().id, running.value()->id);
        QCOMPARE(warm->clock()->text(), QStringLiteral("6:00"));
        QVERIFY(window.pupilHome()->domainTile(QStringLiteral("warmup")));

        // The set is seeded by the warm-up and mixes every domain: music screens (listen, play
        // back, tap) and geometry's own (draw, predict, the mirror grid) may come first. Go on to
        // the first arranging exercise, finishing the others.
        const auto content = makeExerciseContent();
        QSignalSpy recorded(warm, &PupilWarmUpPage::attemptRecorded);
        QPointer<TaskScreen> any = warm->screen();
        QVERIFY(any);
        for (int skipped = 0; !qobject_cast<ExerciseScreen *>(any.data()) && skipped < 10; ++skipped) {
            QVERIFY2(any->toAttempt().exerciseId.startsWith(QLatin1String("mus"))
                         || any->toAttempt().exerciseId.startsWith(QLatin1String("geo")),
                     qPrintable(any->toAttempt().exerciseId));
            answerSomething(any);
            if (auto *playBack = qobject_cast<music::PlayBackScreen *>(any.data())) {
                // play the tune back on the instrument
                const QList<int> keys = playBack->run().symbolKeys();
                for (int value : music::PlayBackTask::target(playBack->run().exercise()))
                    emit playBack->instrument()->notePressed(keys.value(value));
            }
            auto *done = any->findChild<QPushButton *>(QStringLiteral("doneButton"));
            auto *start = any->findChild<QPushButton *>(QStringLiteral("startButton"));
            if (done && done->isEnabled())
                click(done);
            else if (start) // tap-rhythm: tapping nothing along with the rhythm until it ends
                click(start);
            else if (auto *choice = any->findChild<QAbstractButton *>(QStringLiteral("choice0")))
                click(choice);
            QTRY_VERIFY2_WITH_TIMEOUT(any->showsResult() || (done && done->isEnabled()),
                                      qPrintable(any->toAttempt().exerciseId), 60000);
            if (!any->showsResult())
                click(done);
            QTRY_VERIFY(any->showsResult());
            QVERIFY(!any->mapButton()->isVisibleTo(any)); // no map in a warm-up, on any screen
            QTRY_VERIFY(any->nextButton()->isEnabled());
            click(any->nextButton());
            QTRY_VERIFY(warm->screen() && warm->screen() != any);
            any = warm->screen();
        }
        const int before = int(recorded.count());

        // One exercise, answered with the mouse and finished with "I'm done".
        QPointer<ExerciseScreen> screen = warm->exerciseScreen();
        QVERIFY(screen);
        QTRY_VERIFY(screen->isVisible());
        const QString exerciseId = screen->run()->exercise().id;
        QVERIFY2(screen->run()->exercise().task != QLatin1String("create"), "warm-ups hold short exercises only");
        QVERIFY(!screen->mapButton()->isVisibleTo(screen)); // no stage map inside a warm-up
        solveOnScreen(screen, content->engine());
        school.clock.advance(20'000);
        click(screen->doneButton());
        QTRY_VERIFY(screen->showsResult());
        QCOMPARE(recorded.count(), before + 1);
        QCOMPARE(warm->exercisesDone(), before + 1);
        // The result offers Next only: the warm-up has no map (the Map button did nothing here).
        QVERIFY(!screen->mapButton()->isVisibleTo(screen));

        SqlQuery row(
            school.context->database().sql(),
            QStringLiteral("SELECT person_id, exercise_id, success, mixed_set FROM attempt WHERE exercise_id = :id"));
        row.bind(QStringLiteral(":id"), exerciseId);
        QVERIFY(row.exec().ok());
        QVERIFY(row.next());
        QCOMPARE(row.value(0).toString(), school.pupilId);
        QCOMPARE(row.value(1).toString(), exerciseId);
        QCOMPARE(row.value(2).toInt(), 1);
        QCOMPARE(row.value(3).toInt(), 1);
        QVERIFY(!row.next());
        SqlQuery all(school.context->database().sql(),
                     QStringLiteral("SELECT count(*) FROM attempt WHERE mixed_set = 1"));
        QVERIFY(all.exec().ok() && all.next());
        QCOMPARE(all.value(0).toInt(), before + 1);

        // "Next" brings another exercise of the set.
        QTRY_VERIFY(screen->nextButton()->isEnabled()); // Next waits a moment: a double tap cannot skip the result
        click(screen->nextButton());
        // (any domain's screen: the warm-up mixes every domain, music tasks included)
        QTRY_VERIFY(warm->screen() && warm->screen() != screen);
        QVERIFY(warm->screen()->toAttempt().exerciseId != exerciseId);

        // Time is up: the end screen, then home; the warm-up tile goes away.
        school.clock.advance(6 * 60'000);
        QTRY_VERIFY(warm->isOver());
        QVERIFY(warm->homeButton()->isVisible());
        QCOMPARE(warm->findChild<QLabel *>(QStringLiteral("warmUpEndTitle"))->text(),
                 QStringLiteral("Time's up! Great warm-up!"));
        // Without the English translation loaded, the plural shows as "exercise(s)".
        QVERIFY(warm->findChild<QLabel *>(QStringLiteral("warmUpEndText"))
                    ->text()
                    .startsWith(QStringLiteral("You finished")));
        QCOMPARE(warm->clock()->text(), QStringLiteral("0:00"));
        click(warm->homeButton());
        QTRY_VERIFY(!warm->isVisible());
        QVERIFY(window.pupilHome()->domainTile(QStringLiteral("combinatorics"))->isVisible());
        QVERIFY(!window.pupilHome()->domainTile(QStringLiteral("warmup"))->isVisible());

        // Signing in again after the window: straight to the home, no warm-up.
        window.signOut();
        signInPia(window);
        QTRY_VERIFY(window.pupilHome());
        QVERIFY(!window.pupilHome()->findChild<PupilWarmUpPage *>());

        // The teacher sees who took part and how well: Pia with every exercise she finished.
        window.signOut();
        signInStaff(window, QStringLiteral("tom"));
        QTRY_VERIFY(window.teacherArea());
        window.teacherArea()->showSection(QStringLiteral("warmup"));
        WarmUpResultsView *results = window.teacherArea()->warmUpPanel()->results();
        QTRY_VERIFY(results->isVisible());
        QCOMPARE(results->warmUpChoice()->currentData().toString(), running.value()->id);
        QVERIFY(results->warmUpChoice()->currentText().startsWith(QStringLiteral("1.A, ")));
        QCOMPARE(results->summaryLabel()->text(), QStringLiteral("1 of 1 pupils took part."));
        QAbstractItemModel *table = results->table()->model();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->index(0, WarmUpResultsModel::PupilColumn).data().toString(), QStringLiteral("Pia Pupil"));
        QCOMPARE(table->index(0, WarmUpResultsModel::TookPartColumn).data().toString(), QStringLiteral("Yes"));
        QCOMPARE(table->index(0, WarmUpResultsModel::ExercisesColumn).data().toInt(), int(recorded.count()));
        QVERIFY(table->index(0, WarmUpResultsModel::CorrectColumn).data().toInt() >= 1);
        // Enter on the row asks to open the pupil.
        QSignalSpy opened(results, &WarmUpResultsView::pupilActivated);
        results->table()->setFocus();
        results->table()->setCurrentIndex(table->index(0, 0));
        QTest::keyClick(results->table(), Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.at(0).at(0).toString(), school.pupilId);
    }

    void pupilsOfOtherClassesAndLateSignInsGetNoWarmUp()
    {
        GuiSchool school;
        const Session teacher
            = school.context->accounts()
                  .signInWithPassword(QStringLiteral("tom"), QString::fromLatin1(SmallSchool::kPassword))
                  .value();
        const Session admin
            = school.context->accounts()
                  .signInWithPassword(QStringLiteral("ada"), QString::fromLatin1(SmallSchool::kPassword))
                  .value();
        QVERIFY(school.context->classes().addClass(admin, QStringLiteral("2.B")).ok());
        const QString olgaId
            = school.context->accounts()
                  .addPerson(admin,
                             { Role::Pupil, QStringLiteral("Olga"), {}, {}, { 1, 2, 3 }, 0, QStringLiteral("2.B") })
                  .value()
                  .id;
        WarmUpService service(school.context->database(), school.clock);
        QVERIFY(service.start(teacher, school.classId).ok());

        const Session olga = school.context->accounts().signInWithPictures(olgaId, { 1, 2, 3 }).value();
        PupilHome olgaHome(olga, 0);
        QVERIFY(!PupilWarmUpPage::openIfRunning(
            olgaHome, { school.context->database(), school.clock, olga, makeExerciseContent() }));
        QVERIFY(!olgaHome.domainTile(QStringLiteral("warmup")));

        school.clock.advance(7 * 60'000);
        const Session pia
            = school.context->accounts().signInWithPictures(school.pupilId, SmallSchool::pupilPictures()).value();
        PupilHome piaHome(pia, 0);
        QVERIFY(!PupilWarmUpPage::openIfRunning(
            piaHome, { school.context->database(), school.clock, pia, makeExerciseContent() }));
    }
};

QTEST_MAIN(TestWarmUp)
#include "tst_warmup.moc"
