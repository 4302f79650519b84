// Screen readers (issue 14, point 8): every control a pupil, a teacher or a trainer can reach by
// Tab or click says what it is. The test walks the widget tree of every main screen (sign-in,
// the pupil's home, each domain's stage map, an exercise of every task of every domain, the
// instruments, every teacher and trainer page and the settings, the first-run wizard and the
// teacher's dialogs) and names each focusable or
// clickable widget whose accessible interface has no name, a drop-down named after its value
// instead of its label, or a custom widget that reports no role. The painted widgets expose their
// parts: a child per stone of the stage map, per bar, key and pad of the instruments, per slot of
// an item row, per point of the points canvas, each with a name, a place and a "press" action.

#include "guifixture.h"

#include "exercises/domains/domains.h"
#include "exercises/domains/view/domainviews.h"
#include "exercises/framework/view/accessible/accessiblefactory.h"
#include "exercises/framework/view/domainpage.h"
#include "exercises/framework/view/exercisescreen.h"
#include "exercises/framework/view/itemrowwidget.h"
#include "exercises/framework/view/stagemapwidget.h"
#include "exercises/framework/view/taskscreen.h"
#include "exercises/geometry/view/pointscanvas.h"
#include "exercises/geometry/view/symmetrygridwidget.h"
#include "exercises/music/view/drumpadswidget.h"
#include "exercises/music/view/instrumentspage.h"
#include "exercises/music/view/instrumentwidget.h"
#include "exercises/music/view/pianowidget.h"
#include "exercises/music/view/xylophonewidget.h"
#include "ui/pupil/pupilhome.h"
#include "ui/shell/aboutdialog.h"
#include "ui/shell/changepassworddialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/theme.h"
#include "ui/signin/avatarchoicepage.h"
#include "ui/signin/classchoicepage.h"
#include "ui/signin/picturepasswordpage.h"
#include "ui/signin/setupwizard.h"
#include "ui/signin/signinflow.h"
#include "ui/signin/staffsigninpage.h"
#include "ui/signin/startpage.h"
#include "ui/teacher/addclassdialog.h"
#include "ui/teacher/addpupildialog.h"
#include "ui/teacher/addstaffdialog.h"
#include "ui/teacher/assignments/assigndialog.h"
#include "ui/teacher/dashboard/attentionrulesdialog.h"
#include "ui/teacher/teacherarea.h"
#include "ui/trainer/trainerarea.h"
#include "ui/widgets/picturepasswordinput.h"
#include "ui/widgets/sidebar.h"
#include "ui/widgets/tilebutton.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAccessibleActionInterface>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>

#include <algorithm>
#include <utility>

using namespace stages;
using namespace stages::test;

namespace {

/// "Class "objectName" in Parent "name" in ..." for a failure message.
QString describe(const QWidget *widget)
{
    QStringList chain;
    for (const QWidget *w = widget; w && chain.size() < 4; w = w->parentWidget())
        chain.append(
            QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName()));
    return chain.join(QStringLiteral(" in "));
}

/// Whether a person can reach @p widget by Tab or a click: it takes the focus or is a button.
bool interactive(const QWidget *widget)
{
    if (!widget->isVisible() || widget->focusProxy())
        return false;
    // The parts Qt builds inside a spin box or a drop-down speak through their owner.
    for (const QWidget *p = widget->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QComboBox *>(p))
            return false;
    }
    // A label takes the focus only to let its text be selected: it is read as text, not a control,
    // unless it holds links.
    if (const auto *label = qobject_cast<const QLabel *>(widget))
        return label->text().contains(QLatin1String("<a "), Qt::CaseInsensitive);
    return qobject_cast<const QAbstractButton *>(widget) || widget->focusPolicy() != Qt::NoFocus;
}

/// What is wrong with how @p widget speaks to a screen reader, or empty.
QString problemOf(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    if (!iface)
        return QStringLiteral("no accessible interface: ") + describe(widget);
    const QString name = iface->text(QAccessible::Name).trimmed();
    if (name.isEmpty())
        return QStringLiteral("no accessible name: ") + describe(widget);
    if (auto *combo = qobject_cast<QComboBox *>(widget)) {
        if (combo->accessibleName().isEmpty() || name != combo->accessibleName())
            return QStringLiteral("drop-down named after its value \"%1\", not its label: ").arg(name)
                + describe(widget);
    }
    // A focusable widget that paints everything itself must say what it is; a container of other
    // widgets (a screen taking the digit keys) may stay a plain pane.
    const bool leaf = widget->findChildren<QWidget *>(Qt::FindDirectChildrenOnly).isEmpty();
    if (leaf && (iface->role() == QAccessible::Client || iface->role() == QAccessible::NoRole))
        return QStringLiteral("no role (\"%1\"): ").arg(name) + describe(widget);
    return {};
}

/// Every problem of the focusable and clickable widgets under @p root (itself included).
QStringList problemsUnder(QWidget *root)
{
    QStringList problems;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        if (!interactive(widget))
            continue;
        if (const QString problem = problemOf(widget); !problem.isEmpty())
            problems.append(problem);
    }
    problems.removeDuplicates();
    return problems;
}

/// The problems found on the screens walked so far in this test function (all are listed at
/// its end, so one run names every widget to mend).
QStringList g_problems;

/// Notes every problem of the screen @p what under @p root.
void checkScreen(QWidget *root, const QString &what)
{
    QCoreApplication::processEvents();
    for (const QString &problem : problemsUnder(root)) {
        const bool known = std::any_of(g_problems.cbegin(), g_problems.cend(), [&problem](const QString &p) {
            return p.startsWith(problem + QStringLiteral(" ["));
        });
        if (!known)
            g_problems.append(problem + QStringLiteral(" [") + what + QLatin1Char(']'));
    }
}

#define CHECK_SCREEN(root, what) checkScreen(root, what)

/// Fails with every problem noted.
#define VERIFY_NO_PROBLEMS()                                                                                           \
    do {                                                                                                               \
        const QStringList problems_ = std::exchange(g_problems, {});                                                   \
        for (const QString &p_ : problems_)                                                                            \
            qWarning().noquote() << p_;                                                                                \
        QVERIFY2(problems_.isEmpty(), qPrintable(QStringLiteral("\n  ") + problems_.join(QStringLiteral("\n  "))));    \
    } while (false)

/// Checks that @p widget reports @p count children, each named, with a role, a place inside the
/// widget and a "press" action; returns their names.
QStringList checkedChildren(QWidget *widget, int count, const QString &what)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    if (!iface)
        return { QStringLiteral("!no interface for ") + what };
    if (iface->childCount() != count)
        return { QStringLiteral("!%1 reports %2 children, not %3").arg(what).arg(iface->childCount()).arg(count) };
    QStringList names;
    const QRect area(widget->mapToGlobal(QPoint(0, 0)), widget->size());
    for (int i = 0; i < count; ++i) {
        QAccessibleInterface *child = iface->child(i);
        if (!child || !child->isValid())
            return { QStringLiteral("!%1: child %2 is missing").arg(what).arg(i) };
        if (child->parent() != iface || iface->indexOfChild(child) != i)
            return { QStringLiteral("!%1: child %2 does not know its parent").arg(what).arg(i) };
        const QString name = child->text(QAccessible::Name);
        if (name.trimmed().isEmpty())
            return { QStringLiteral("!%1: child %2 has no name").arg(what).arg(i) };
        if (child->role() == QAccessible::Client || child->role() == QAccessible::NoRole)
            return { QStringLiteral("!%1: child %2 \"%3\" has no role").arg(what).arg(i).arg(name) };
        const QRect rect = child->rect();
        if (rect.isEmpty() || !area.adjusted(-2, -2, 2, 2).contains(rect))
            return { QStringLiteral("!%1: child %2 \"%3\" lies outside the widget").arg(what).arg(i).arg(name) };
        if (iface->childAt(rect.center().x(), rect.center().y()) != child)
            return { QStringLiteral("!%1: childAt() misses child %2 \"%3\"").arg(what).arg(i).arg(name) };
        names.append(name);
    }
    return names;
}

/// Notes the problem checkedChildren() found, if any.
void noteChildProblem(const QStringList &names)
{
    if (names.size() == 1 && names.first().startsWith(QLatin1Char('!')))
        g_problems.append(names.first().mid(1));
}

/// The first exercise of each (domain, task), in the catalogue's order.
QList<const Exercise *> oneOfEachTask(const ExerciseContent &content)
{
    QList<const Exercise *> picked;
    QSet<QString> seen;
    for (const Exercise &e : content.catalogue().exercises()) {
        const QString key = e.domain + QLatin1Char('/') + e.task;
        if (!seen.contains(key)) {
            seen.insert(key);
            picked.append(&e);
        }
    }
    return picked;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;

    static void signInStaff(MainWindow &window, const QString &login)
    {
        SignInFlow *flow = window.signInFlow();
        QTRY_COMPARE(flow->currentWidget(), static_cast<QWidget *>(flow->startPage()));
        click(flow->startPage()->staffButton());
        QTRY_COMPARE(flow->currentWidget(), static_cast<QWidget *>(flow->staffPage()));
        CHECK_SCREEN(&window, QStringLiteral("staff sign-in"));
        flow->staffPage()->selectLogin(login);
        QTest::keyClicks(flow->staffPage()->passwordField(), QString::fromLatin1(SmallSchool::kPassword));
        QTest::keyClick(flow->staffPage()->passwordField(), Qt::Key_Return);
    }

    /// Opens every page of a sidebar one by one and checks it.
    template<typename Area> static void everyPage(MainWindow &window, Area *area, const QString &who)
    {
        Sidebar *sidebar = area->sidebar();
        QVERIFY(sidebar->count() >= 3);
        for (int row = 0; row < sidebar->count(); ++row) {
            const QString key = sidebar->item(row)->data(Qt::UserRole).toString();
            area->showSection(key);
            QTest::qWait(50); // pages that read in the background fill their tables
            CHECK_SCREEN(&window, who + QLatin1Char('/') + key);
        }
    }

    static void checkInstrument(music::InstrumentWidget *instrument, const QString &what)
    {
        QVERIFY(instrument && instrument->isVisible());
        const QList<int> notes = instrument->notes();
        QVERIFY(!notes.isEmpty());
        const QStringList names = checkedChildren(instrument, int(notes.size()), what);
        QVERIFY2(names.size() == notes.size(), qPrintable(names.value(0)));
        for (int i = 0; i < notes.size(); ++i)
            QCOMPARE(names.at(i), instrument->noteName(notes.at(i)));
        QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), names.size()); // each says which
        // "press" on a bar plays its note.
        QAccessibleInterface *child = QAccessible::queryAccessibleInterface(instrument)->child(0);
        QAccessibleActionInterface *action = child->actionInterface();
        QVERIFY2(action && action->actionNames().contains(QAccessibleActionInterface::pressAction()),
                 qPrintable(what + QStringLiteral(": no press action")));
        QList<int> pressed;
        const auto connection = connect(instrument, &music::InstrumentWidget::notePressed, instrument,
                                        [&pressed](int note) { pressed.append(note); });
        action->doAction(QAccessibleActionInterface::pressAction());
        disconnect(connection);
        QCOMPARE(pressed, QList<int> { notes.first() });
        QVERIFY(!instrument->isHeld(notes.first()));
    }

private slots:
    void init() { g_problems.clear(); }

    void initTestCase()
    {
        isolateUserFiles(m_settings);
        Theme::apply(*qApp);
    }

    // Sign-in, the pupil's home, each domain's stage map, an exercise of every task.
    void pupilScreensSpeak()
    {
        GuiSchool school;
        MainWindow window(*school.context);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SignInFlow *flow = window.signInFlow();
        QTRY_COMPARE(flow->currentWidget(), static_cast<QWidget *>(flow->startPage()));
        CHECK_SCREEN(&window, QStringLiteral("start page"));
        click(flow->startPage()->pupilTile());
        QTRY_COMPARE(flow->currentWidget(), static_cast<QWidget *>(flow->classPage()));
        CHECK_SCREEN(&window, QStringLiteral("class page"));
        click(flow->classPage()->findChild<TileButton *>(QStringLiteral("class:1.A")));
        QTRY_COMPARE(flow->currentWidget(), static_cast<QWidget *>(flow->avatarPage()));
        QTRY_VERIFY(flow->avatarPage()->tiles().first()->isVisible());
        CHECK_SCREEN(&window, QStringLiteral("avatar page"));
        click(flow->avatarPage()->tiles().first());
        QTRY_COMPARE(flow->currentWidget(), static_cast<QWidget *>(flow->picturePage()));
        CHECK_SCREEN(&window, QStringLiteral("picture password page"));
        for (int p : SmallSchool::pupilPictures()) {
            QTRY_VERIFY(flow->picturePage()->input()->pictureButton(p)->isEnabled());
            click(flow->picturePage()->input()->pictureButton(p));
        }
        QTRY_VERIFY(window.pupilHome());
        PupilHome *home = window.pupilHome();
        QTRY_COMPARE(window.currentPage(), static_cast<QWidget *>(home));
        CHECK_SCREEN(&window, QStringLiteral("pupil home"));

        // Each domain's stage map: one child per stone, named with the stone's title.
        const auto content = makeExerciseContent();
        for (const QString &domain : availableDomainIds()) {
            auto *page = qobject_cast<DomainPage *>(home->domainPage(domain));
            if (!page)
                continue;
            home->showDomain(domain);
            QTRY_VERIFY(page->stageMap()->isVisible());
            CHECK_SCREEN(&window, domain + QStringLiteral(" stage map"));
            StageMapWidget *map = page->stageMap();
            const QStringList names = checkedChildren(map, int(map->stages().size()), domain + QStringLiteral(" map"));
            noteChildProblem(names);
            for (int i = 0; i < names.size() && i < map->stages().size(); ++i) {
                if (!names.at(i).contains(map->stages().at(i).title))
                    g_problems.append(domain + QStringLiteral(" map: stone \"") + names.at(i)
                                      + QStringLiteral("\" lacks its title"));
            }
            QAccessibleInterface *stone = QAccessible::queryAccessibleInterface(map)->child(0);
            QAccessibleActionInterface *press = stone ? stone->actionInterface() : nullptr;
            if (!press || !press->actionNames().contains(QAccessibleActionInterface::pressAction()))
                g_problems.append(domain + QStringLiteral(" map: a stone cannot be pressed"));
            home->showHome();
        }

        // An exercise of every task of every domain, on the work page.
        for (const Exercise *exercise : oneOfEachTask(*content)) {
            auto *page = qobject_cast<DomainPage *>(home->domainPage(exercise->domain));
            if (!page)
                continue;
            home->showDomain(exercise->domain);
            QVERIFY(page->openExercise(exercise->id));
            QTRY_VERIFY(page->screen() && page->screen()->isVisible());
            CHECK_SCREEN(&window, exercise->domain + QLatin1Char('/') + exercise->task);
            // The rows tell their tokens, slot by slot.
            for (ItemRowWidget *row : page->screen()->findChildren<ItemRowWidget *>()) {
                if (!row->isVisible())
                    continue;
                const QStringList names
                    = checkedChildren(row, int(row->symbols().size()), exercise->task + QStringLiteral(" row"));
                noteChildProblem(names);
            }
            // The points on the circle, one by one.
            for (geometry::PointsCanvas *canvas : page->screen()->findChildren<geometry::PointsCanvas *>()) {
                if (!canvas->isVisible())
                    continue;
                const QStringList names
                    = checkedChildren(canvas, canvas->points(), exercise->task + QStringLiteral(" points"));
                noteChildProblem(names);
            }
            // The squares of the picture grid.
            for (geometry::SymmetryGridWidget *grid : page->screen()->findChildren<geometry::SymmetryGridWidget *>()) {
                if (grid->isVisible())
                    noteChildProblem(checkedChildren(grid, grid->gridWidth() * grid->gridHeight(),
                                                     exercise->task + QStringLiteral(" grid")));
            }
            for (music::InstrumentWidget *instrument : page->screen()->findChildren<music::InstrumentWidget *>()) {
                if (instrument->isVisible())
                    checkInstrument(instrument, exercise->task + QStringLiteral(" instrument"));
            }
            home->showHome();
        }

        // The instruments: each bar, key and pad by its name.
        auto *instruments = home->findChild<music::InstrumentsPage *>();
        QVERIFY(instruments);
        home->showDomain(QStringLiteral("instruments"));
        QTRY_VERIFY(instruments->isVisible());
        for (int tab = 0; tab < instruments->tabs()->count(); ++tab) {
            instruments->tabs()->setCurrentIndex(tab);
            CHECK_SCREEN(&window, QStringLiteral("instruments tab %1").arg(tab));
        }
        instruments->tabs()->setCurrentWidget(instruments->xylophone());
        checkInstrument(instruments->xylophone(), QStringLiteral("xylophone"));
        QVERIFY(instruments->xylophone()->noteName(60).contains(QLatin1Char('C')));
        instruments->tabs()->setCurrentWidget(instruments->piano());
        checkInstrument(instruments->piano(), QStringLiteral("piano"));
        instruments->tabs()->setCurrentWidget(instruments->drums());
        checkInstrument(instruments->drums(), QStringLiteral("drums"));
        VERIFY_NO_PROBLEMS();
    }

    // The stage map's stones, pressed through the screen reader, open their stage.
    void stoneIsPressedThroughItsInterface()
    {
        StageMapWidget map;
        map.setStages({ { 1, QStringLiteral("Two colours"), MasteryLevel::Mastered },
                        { 2, QStringLiteral("Three colours"), MasteryLevel::Attempted },
                        { 3, QStringLiteral("Four colours"), MasteryLevel::NotStarted } });
        map.setCurrent(2);
        map.resize(1000, 420);
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&map);
        QCOMPARE(iface->childCount(), 3);
        QAccessibleInterface *third = iface->child(2);
        QVERIFY(third->text(QAccessible::Name).contains(QStringLiteral("Four colours")));
        QVERIFY(third->rect().contains(map.mapToGlobal(map.stoneCenter(3))));
        QVERIFY(iface->child(1)->state().checked || iface->child(1)->state().selected); // the current one
        QList<int> chosen;
        connect(&map, &StageMapWidget::stageChosen, &map, [&chosen](int n) { chosen.append(n); });
        third->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
        QCOMPARE(chosen, QList<int> { 3 });
    }

    // Sign-in of staff, every page of the teacher's (administrator's) area and its settings.
    void teacherPagesSpeak()
    {
        GuiSchool school;
        MainWindow window(*school.context);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        signInStaff(window, QStringLiteral("ada"));
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY(window.teacherArea());
        everyPage(window, window.teacherArea(), QStringLiteral("teacher"));
        VERIFY_NO_PROBLEMS();
    }

    // The first-run wizard and the teacher's dialogs, as they open.
    void setupAndDialogsSpeak()
    {
        {
            GuiSchool empty(false);
            MainWindow window(*empty.context);
            window.resize(1366, 768);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTRY_VERIFY(window.setupWizard() && window.setupWizard()->isVisible());
            CHECK_SCREEN(&window, QStringLiteral("setup wizard"));
        }
        GuiSchool school;
        installAccessibleFactory();
        AppContext &context = *school.context;
        const Session ada = context.accounts()
                                .signInWithPassword(QStringLiteral("ada"), QString::fromLatin1(SmallSchool::kPassword))
                                .value();
        const QList<SchoolClass> classes = context.classes().classes().value();
        QList<QDialog *> dialogs { new AddClassDialog(context.classes(), ada),
                                   new AddPupilDialog(context.accounts(), ada, classes, school.classId),
                                   new AddStaffDialog(context.accounts(), ada),
                                   new ChangePasswordDialog(context.accounts(), ada),
                                   new AttentionRulesDialog(AttentionThresholds {}),
                                   new AssignDialog(context, ada, makeExerciseContent()),
                                   new AboutDialog };
        for (QDialog *dialog : std::as_const(dialogs)) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            CHECK_SCREEN(dialog, QString::fromLatin1(dialog->metaObject()->className()));
            delete dialog;
        }
        VERIFY_NO_PROBLEMS();
    }

    void trainerPagesSpeak()
    {
        GuiSchool school;
        MainWindow window(*school.context);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        signInStaff(window, QStringLiteral("tia"));
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY(window.trainerArea());
        everyPage(window, window.trainerArea(), QStringLiteral("trainer"));
        VERIFY_NO_PROBLEMS();
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
