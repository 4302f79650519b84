// Keyboard only (issue 14, points 4, 5 and 7): the main journeys driven with key events sent to
// the focused widget, never the mouse. A pupil signs in, does a build-all and a play-back the
// teacher assigned, and signs out; a teacher signs in, visits every page with Tab (which leaves
// every table) and signs out. Also: the focus after sign-in, Return on buttons, a focus ring
// that shows on Next and the sidebar, and the digits on the picture password.

#include "guifixture.h"

#include "core/progress/assignmentservice.h"
#include "core/storage/sqlquery.h"
#include "exercises/domains/domains.h"
#include "exercises/framework/session/exerciserun.h"
#include "exercises/framework/view/domainpage.h"
#include "exercises/framework/view/exercisescreen.h"
#include "exercises/framework/view/feedbackoverlay.h"
#include "exercises/framework/view/tokenbutton.h"
#include "exercises/music/tasks/playbacktask.h"
#include "exercises/music/view/instrumentwidget.h"
#include "exercises/music/view/playbackscreen.h"
#include "ui/pupil/badgetile.h"
#include "ui/pupil/pupilhome.h"
#include "ui/pupil/pupiltaskstrip.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/theme.h"
#include "ui/signin/avatarchoicepage.h"
#include "ui/signin/classchoicepage.h"
#include "ui/signin/picturepasswordpage.h"
#include "ui/signin/signinflow.h"
#include "ui/signin/staffsigninpage.h"
#include "ui/signin/startpage.h"
#include "ui/teacher/dashboard/dashboardpanel.h"
#include "ui/teacher/teacherarea.h"
#include "ui/widgets/areaheader.h"
#include "ui/widgets/picturepasswordinput.h"
#include "ui/widgets/sidebar.h"
#include "ui/widgets/tilebutton.h"

#include <QAbstractItemView>
#include <QLabel>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>

using namespace stages;
using namespace stages::test;

namespace {

QWidget *focused()
{
    return QApplication::focusWidget();
}

/// Presses @p key on whatever has the focus, as a keyboard does.
void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = focused();
    QVERIFY2(target, "nothing has the focus");
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

/// Presses Tab (or Shift+Tab) until @p target has the focus; fails after @p limit presses.
void tabTo(QWidget *target, bool backwards = false, int limit = 120)
{
    QVERIFY(target);
    for (int i = 0; i < limit && focused() != target; ++i) {
        press(backwards ? Qt::Key_Backtab : Qt::Key_Tab, backwards ? Qt::ShiftModifier : Qt::NoModifier);
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY2(focused() == target, qPrintable(QStringLiteral("Tab never reached %1 (stuck on %2 %3)")
                                                 .arg(target->objectName(),
                                                      focused() ? QString::fromLatin1(focused()->metaObject()->className()) : QString(),
                                                      focused() ? focused()->objectName() : QString())));
}

/// Saves a picture of @p widget for the docs when STAGES_SHOT_DIR is set.
void shoot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("STAGES_SHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name));
}

const Exercise *firstExercise(const ExerciseContent &content, const QString &domain, const QString &task)
{
    for (const Exercise &e : content.catalogue().exercises()) {
        if (e.domain == domain && e.task == task && e.stage == 1)
            return &e;
    }
    return nullptr;
}

/// The number of pixels that differ between two pictures of the same size.
int difference(const QImage &a, const QImage &b)
{
    int n = 0;
    for (int y = 0; y < std::min(a.height(), b.height()); ++y) {
        for (int x = 0; x < std::min(a.width(), b.width()); ++x)
            n += a.pixel(x, y) != b.pixel(x, y);
    }
    return n;
}

} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    std::shared_ptr<const ExerciseContent> m_content;

    /// From the start page to the pupil home with Return and digits only.
    void pupilSignsInByKeys(MainWindow &window)
    {
        SignInFlow *flow = window.signInFlow();
        QTRY_COMPARE(flow->currentWidget(), static_cast<QWidget *>(flow->startPage()));
        QTRY_COMPARE(focused(), static_cast<QWidget *>(flow->startPage()->pupilTile()));
        press(Qt::Key_Return); // "I'm a pupil"
        QTRY_COMPARE(flow->currentWidget(), static_cast<QWidget *>(flow->classPage()));
        QTRY_VERIFY(flow->classPage()->isAncestorOf(focused()));
        press(Qt::Key_Return); // 1.A, the only class
        QTRY_COMPARE(flow->currentWidget(), static_cast<QWidget *>(flow->avatarPage()));
        QTRY_VERIFY(flow->avatarPage()->isAncestorOf(focused()));
        press(Qt::Key_Enter); // Pia, the only pupil; Enter as well as Return
        QTRY_COMPARE(flow->currentWidget(), static_cast<QWidget *>(flow->picturePage()));
        QTRY_VERIFY(flow->picturePage()->isAncestorOf(focused()));
        // Pictures 4, 0, 7 are the keys 5, 1, 8: the badges on the pictures say so.
        PicturePasswordInput *input = flow->picturePage()->input();
        for (int p = 0; p < 9; ++p)
            QCOMPARE(input->pictureButton(p)->keyBadge(), QString::number(p + 1));
        press(Qt::Key_5);
        press(Qt::Key_1);
        press(Qt::Key_8);
        QTRY_VERIFY(window.pupilHome());
        QTRY_COMPARE(window.currentPage(), static_cast<QWidget *>(window.pupilHome()));
    }

    /// Types the rows of @p screen's build-all with digits, then Return to finish.
    void buildAllByKeys(ExerciseScreen *screen)
    {
        const ExerciseRun *run = screen->run();
        ItemList all;
        for (const QJsonValue &v : Evaluator(m_content->engine()).solve(run->exercise()).answer.toArray())
            all.append(itemFromJson(v).value());
        QVERIFY(!all.isEmpty());
        const auto palette = run->palette();
        for (const Item &item : std::as_const(all)) {
            for (int position = 0; position < item.size(); ++position) {
                int index = -1;
                for (int i = 0; i < palette.size() && index < 0; ++i) {
                    if (palette.at(i).value == item.at(position)
                        && (palette.at(i).position < 0 || palette.at(i).position == position))
                        index = i;
                }
                QVERIFY(index >= 0);
                // The key is the badge on the token, or the digit the token shows.
                const TokenButton *token = screen->paletteButtons().at(index);
                const QString key = token->shortcutText().isEmpty()
                    ? token->element().value(QStringLiteral("symbol")).toString()
                    : token->shortcutText();
                QCOMPARE(key.size(), 1);
                press(Qt::Key_0 + key.toInt());
            }
        }
        QCOMPARE(run->rows().size(), all.size());
        QVERIFY(screen->isAncestorOf(focused()));
        press(Qt::Key_Return); // all there: done
        QTRY_VERIFY(screen->showsResult());
    }

private slots:
    void initTestCase()
    {
        isolateUserFiles(m_settings);
        m_content = makeExerciseContent();
        Theme::apply(*qApp); // the style sheet draws the focus rings checked here
    }

    void pupilJourneyByKeysOnly()
    {
        GuiSchool school;
        // The teacher gave a build-all and a play-back (set up through the service).
        const Exercise *buildAll = firstExercise(*m_content, QStringLiteral("combinatorics"), QStringLiteral("build-all"));
        const Exercise *playBack = firstExercise(*m_content, QStringLiteral("music"), QStringLiteral("play-back"));
        QVERIFY(buildAll && playBack);
        const Session tom = school.context->accounts()
                                .signInWithPassword(QStringLiteral("tom"), QString::fromLatin1(SmallSchool::kPassword))
                                .value();
        AssignmentService assignments(school.context->database(), school.clock);
        QVERIFY(assignments
                    .create(tom, { school.classId, {}, { { QStringLiteral("combinatorics"), 1, buildAll->id },
                                                         { QStringLiteral("music"), 1, playBack->id } }, {} })
                    .ok());
        school.clock.advance(1000);

        MainWindow window(*school.context);
        window.resize(1024, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QTRY_VERIFY(window.isActiveWindow());
        pupilSignsInByKeys(window);
        if (QTest::currentTestFailed())
            return;
        PupilHome *home = window.pupilHome();

        // The focus is on the first thing to do, the first task, not on Sign out.
        auto *strip = qobject_cast<PupilTaskStrip *>(home->topStrip());
        QVERIFY(strip);
        QCOMPARE(strip->taskTiles().size(), 2);
        QTRY_COMPARE(focused(), static_cast<QWidget *>(strip->taskTiles().first()));
        QVERIFY(focused() != home->signOutButton());

        // Task 1, the build-all: Return opens it, digits make the rows, Return finishes.
        press(Qt::Key_Return);
        auto *combinatorics = qobject_cast<DomainPage *>(home->domainPage(QStringLiteral("combinatorics")));
        QVERIFY(combinatorics);
        QTRY_VERIFY(combinatorics->isVisible());
        auto *screen = qobject_cast<ExerciseScreen *>(combinatorics->screen());
        QVERIFY(screen);
        QCOMPARE(screen->run()->exercise().id, buildAll->id);
        QTRY_VERIFY(screen->isAncestorOf(focused()));
        buildAllByKeys(screen);
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY(combinatorics->lastRecorded());
        QCOMPARE(screen->resultTitle()->text(), QStringLiteral("Well done!"));
        QTRY_COMPARE(focused(), static_cast<QWidget *>(screen->nextButton()));

        // Home: Tab to the Home button, Return; the focus comes back to the domain's tile.
        auto *homeButton = home->findChild<QToolButton *>(QStringLiteral("homeButton"));
        tabTo(homeButton, true);
        if (QTest::currentTestFailed())
            return;
        press(Qt::Key_Return);
        QTRY_VERIFY(home->domainTile(QStringLiteral("combinatorics"))->isVisible());
        QTRY_COMPARE(focused(), static_cast<QWidget *>(home->domainTile(QStringLiteral("combinatorics"))));

        // Task 2, the play-back, now first among the tasks still to do.
        QTRY_COMPARE(strip->taskTiles().size(), 2);
        BadgeTile *second = strip->taskTiles().first();
        QVERIFY(!second->isDone());
        QVERIFY(strip->taskTiles().last()->isDone());
        QTRY_VERIFY(second->isVisible());
        tabTo(second, true);
        if (QTest::currentTestFailed())
            return;
        press(Qt::Key_Return);
        auto *music = qobject_cast<DomainPage *>(home->domainPage(QStringLiteral("music")));
        QVERIFY(music);
        QTRY_VERIFY(music->isVisible());
        auto *playback = qobject_cast<music::PlayBackScreen *>(music->screen());
        QVERIFY(playback);
        QCOMPARE(playback->run().exercise().id, playBack->id);
        // Listen, by keys: Tab to it, Return.
        tabTo(playback->listenButton());
        if (QTest::currentTestFailed())
            return;
        press(Qt::Key_Return);
        // The tune played back with the digits printed on the bars; the focus stays on Listen:
        // the instrument takes its keys without being tabbed to (point 6).
        const QList<int> keys = playback->run().symbolKeys();
        const Item target = music::PlayBackTask::target(playback->run().exercise());
        QVERIFY(!target.isEmpty());
        for (int i = 0; i < target.size(); ++i) {
            const QString label = playback->instrument()->keyLabel(keys.value(target.at(i)));
            QCOMPARE(label.size(), 1);
            QVERIFY(!playback->instrument()->hasFocus());
            press(label == QLatin1String("0") ? Qt::Key_0 : Qt::Key_0 + label.toInt());
        }
        QCOMPARE(playback->played(), target);
        // The last note puts the focus on "I'm done"; Return presses it.
        QTRY_COMPARE(focused(), static_cast<QWidget *>(playback->doneButton()));
        press(Qt::Key_Return);
        QTRY_VERIFY(playback->showsResult());
        QTRY_VERIFY(music->lastRecorded());
        QCOMPARE(playback->resultTitle()->text(), QStringLiteral("Well done!"));
        SqlQuery stored(school.context->database().sql(),
                        QStringLiteral("SELECT COUNT(*) FROM attempt WHERE success = 1 AND exercise_id IN ('%1', '%2')")
                            .arg(buildAll->id, playBack->id));
        QCOMPARE(stored.scalar().value().toInt(), 2);

        // Home and sign out, by keys.
        tabTo(homeButton, true);
        if (QTest::currentTestFailed())
            return;
        press(Qt::Key_Return);
        QTRY_VERIFY(home->signOutButton()->isVisible());
        tabTo(home->signOutButton());
        if (QTest::currentTestFailed())
            return;
        press(Qt::Key_Return);
        QTRY_VERIFY(!window.pupilHome());
        QTRY_COMPARE(window.signInFlow()->currentWidget(), static_cast<QWidget *>(window.signInFlow()->startPage()));
    }

    void teacherJourneyByKeysOnly()
    {
        GuiSchool school;
        MainWindow window(*school.context);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QTRY_VERIFY(window.isActiveWindow());
        SignInFlow *flow = window.signInFlow();
        QTRY_COMPARE(focused(), static_cast<QWidget *>(flow->startPage()->pupilTile()));
        tabTo(flow->startPage()->staffButton());
        if (QTest::currentTestFailed())
            return;
        press(Qt::Key_Return); // "Teacher or trainer", a plain button: Return presses it too
        QTRY_COMPARE(flow->currentWidget(), static_cast<QWidget *>(flow->staffPage()));
        StaffSignInPage *staff = flow->staffPage();
        QTRY_COMPARE(focused(), static_cast<QWidget *>(staff->staffList()));
        for (int i = 0; i < 10; ++i) {
            const QListWidgetItem *item = staff->staffList()->currentItem();
            if (item && item->data(Qt::UserRole).toString() == QLatin1String("tom"))
                break;
            press(Qt::Key_Down);
        }
        QCOMPARE(staff->staffList()->currentItem()->data(Qt::UserRole).toString(), QStringLiteral("tom"));
        press(Qt::Key_Return);
        QTRY_COMPARE(focused(), static_cast<QWidget *>(staff->passwordField()));
        QTest::keyClicks(focused(), QString::fromLatin1(SmallSchool::kPassword));
        press(Qt::Key_Return);
        QTRY_VERIFY(window.teacherArea());
        TeacherArea *area = window.teacherArea();
        QToolButton *signOut = area->header()->signOutButton();

        // The focus starts on the list of pages, not on Sign out.
        Sidebar *sidebar = area->sidebar();
        QTRY_COMPARE(focused(), static_cast<QWidget *>(sidebar));
        QTRY_VERIFY(!area->dashboard()->isBusy());
        shoot(&window, QStringLiteral("focus-teacher.png"));

        // Every page: Tab goes through its tables and out of them to Sign out; Shift+Tab comes
        // back to the page list; Down opens the next page.
        for (int row = 0; row < sidebar->count(); ++row) {
            const QString key = sidebar->item(row)->data(Qt::UserRole).toString();
            QCOMPARE(sidebar->currentRow(), row);
            QTRY_COMPARE(area->currentSection(), key);
            QWidget *page = area->findChild<QStackedWidget *>()->currentWidget();
            for (QAbstractItemView *view : page->findChildren<QAbstractItemView *>())
                QVERIFY2(!view->tabKeyNavigation(), qPrintable(key + QLatin1Char('/') + view->objectName()));
            QList<QWidget *> tables;
            for (QTableView *table : page->findChildren<QTableView *>()) {
                if (table->isVisible() && table->isEnabled() && (table->focusPolicy() & Qt::TabFocus))
                    tables.append(table);
            }
            QSet<QWidget *> visited;
            for (int i = 0; i < 150 && focused() != signOut; ++i) {
                press(Qt::Key_Tab);
                if (QTest::currentTestFailed())
                    return;
                visited.insert(focused());
            }
            QVERIFY2(focused() == signOut, qPrintable(QStringLiteral("page %1: Tab never reached Sign out").arg(key)));
            for (QWidget *table : std::as_const(tables))
                QVERIFY2(visited.contains(table), qPrintable(key + QLatin1String(": Tab skipped ") + table->objectName()));
            tabTo(sidebar, true, 150);
            if (QTest::currentTestFailed())
                return;
            if (row + 1 < sidebar->count())
                press(Qt::Key_Down);
        }

        // Ctrl+Tab does not walk the cells either: the classes table keeps its row and column.
        QTableView *classes = area->classTable();
        area->showSection(QStringLiteral("classes"));
        QTRY_VERIFY(classes->isVisible());
        QVERIFY(classes->model()->rowCount() > 0);
        classes->setFocus();
        classes->setCurrentIndex(classes->model()->index(0, 0));
        press(Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(classes->currentIndex(), classes->model()->index(0, 0));
        press(Qt::Key_Tab);
        QVERIFY(focused() != classes); // and Tab leaves it

        // Sign out, by keys.
        tabTo(signOut, true, 150);
        if (QTest::currentTestFailed())
            return;
        press(Qt::Key_Return);
        QTRY_VERIFY(!window.teacherArea());
        QTRY_COMPARE(flow->currentWidget(), static_cast<QWidget *>(flow->startPage()));
    }

    void focusRingShowsOnNextAndTheSidebar()
    {
        GuiSchool school;
        MainWindow window(*school.context);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QTRY_VERIFY(window.isActiveWindow());
        window.enterSession(school.context->accounts()
                                .signInWithPassword(QStringLiteral("tom"), QString::fromLatin1(SmallSchool::kPassword))
                                .value());
        Sidebar *sidebar = window.teacherArea()->sidebar();
        QTRY_VERIFY(sidebar->hasFocus());
        const QImage withFocus = sidebar->grab().toImage();
        window.teacherArea()->header()->signOutButton()->setFocus();
        QTRY_VERIFY(!sidebar->hasFocus());
        const QImage without = sidebar->grab().toImage();
        // A ring around the page chosen: hundreds of pixels, not a dotted line.
        QVERIFY2(difference(withFocus, without) > 300, qPrintable(QString::number(difference(withFocus, without))));

        // Next, blue, gets a ring of another colour.
        window.signOut();
        window.enterSession(school.context->accounts().signInWithPictures(school.pupilId, SmallSchool::pupilPictures()).value());
        PupilHome *home = window.pupilHome();
        QTRY_VERIFY(home->isVisible());
        // The first thing to do has the focus: the first domain tile, with no task given.
        QTRY_COMPARE(focused(), home->firstThingToDo());
        QCOMPARE(focused(), static_cast<QWidget *>(home->domainTile(QStringLiteral("combinatorics"))));
        shoot(&window, QStringLiteral("focus-pupil-home.png"));
        press(Qt::Key_Return); // the tile opens the domain
        auto *page = qobject_cast<DomainPage *>(home->domainPage(QStringLiteral("combinatorics")));
        QTRY_VERIFY(page->isVisible());
        const Exercise *exercise = firstExercise(*m_content, QStringLiteral("combinatorics"), QStringLiteral("build-all"));
        QVERIFY(page->openExercise(exercise->id));
        auto *screen = qobject_cast<ExerciseScreen *>(page->screen());
        QVERIFY(screen);
        QTRY_VERIFY(screen->paletteButtons().first()->hasFocus());
        shoot(&window, QStringLiteral("focus-pupil-tokens.png")); // the digit badges on the tokens
        buildAllByKeys(screen);
        if (QTest::currentTestFailed())
            return;
        QPushButton *next = screen->nextButton();
        QTRY_VERIFY(next->hasFocus());
        QTRY_VERIFY(!screen->feedback()->isVisible());
        shoot(&window, QStringLiteral("focus-pupil.png"));
        const QImage nextFocused = next->grab().toImage();
        screen->mapButton()->setFocus();
        QTRY_VERIFY(!next->hasFocus());
        const QImage nextPlain = next->grab().toImage();
        QVERIFY2(difference(nextFocused, nextPlain) > 300, qPrintable(QString::number(difference(nextFocused, nextPlain))));
        // The ring is dark on the blue button: far from the button's colour.
        int dark = 0;
        for (int x = 0; x < nextFocused.width(); ++x) {
            const QColor c = nextFocused.pixelColor(x, nextFocused.height() / 2);
            dark += qGray(c.rgb()) < 40;
        }
        QVERIFY2(dark >= 4, "a dark ring at both sides of Next");
        // Return on the focused Next opens the next exercise (the guard against double taps over).
        next->setFocus();
        const QString before = screen->run()->exercise().id;
        QTRY_VERIFY(next->isEnabled());
        press(Qt::Key_Return);
        QTRY_VERIFY(page->screen() != screen || !screen->showsResult());
        QVERIFY(!page->screen()->showsResult());
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
