// Geometry's grid screens end to end (issue 12): complete-symmetry and find-mirrors, driven with
// real mouse clicks on the cells and the line buttons, and with the keys, to an attempt stored
// in a real SQLite file through the shared DomainPage; locked cells stay locked; the result
// page shows the right answer for every wrong one; both screens fit 1024x600 and 1366x768 on
// the work and the result page. The geometry domain is not on the pupil's home yet, so the
// content is made with every domain (Scope::Everything) and a test view opens the screens.
//
// With STAGES_SHOT_DIR set, pictures of the work and result pages are saved there (at 1366x768,
// and at 1024x600 with "-1024" in the name).

#include "core/storage/sqlquery.h"
#include "exercises/domains/domains.h"
#include "exercises/framework/domainmodule.h"
#include "exercises/framework/evaluator.h"
#include "exercises/framework/view/domainpage.h"
#include "exercises/framework/view/domainview.h"
#include "exercises/framework/view/taskscreen.h"
#include "exercises/geometry/symmetrystructure.h"
#include "exercises/geometry/tasks/completesymmetrytask.h"
#include "exercises/geometry/tasks/findmirrorstask.h"
#include "exercises/geometry/view/symmetrygridwidget.h"
#include "exercises/geometry/view/symmetryscreen.h"
#include "support/testdatabase.h"
#include "ui/pupil/pupilhome.h"
#include "ui/shell/theme.h"

#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTest>

using namespace stages;
using namespace stages::geometry;

namespace {

std::shared_ptr<const ExerciseContent> content()
{
    static const auto everything = makeExerciseContent(ExerciseContent::Scope::Everything);
    return everything;
}

/// Geometry's page as the lead will wire it: the grid tasks on SymmetryScreen.
class GridView : public DomainView
{
public:
    using DomainView::DomainView;
    TaskScreen *createScreen(const Exercise &exercise, const ScreenContext &context, QWidget *parent) const override
    {
        if (SymmetryScreen *screen = SymmetryScreen::create(context.content.engine(), exercise, context.clock, parent))
            return screen;
        return DomainView::createScreen(exercise, context, parent);
    }
};

const GridView &gridView()
{
    static const GridView view(*findDomain(QStringLiteral("geometry")));
    return view;
}

const SymmetryStructure &gridOf(const Exercise &e)
{
    return static_cast<const SymmetryStructure &>(*e.structure);
}

/// The first exercise of @p task whose structure has @p symmetry (any when empty) and, when
/// @p pick is given, passes it; or the one with the most cells when @p biggest.
const Exercise *findExercise(const QString &task, const QString &symmetry = {},
                             const std::function<bool(const Exercise &)> &pick = {}, bool biggest = false)
{
    const Exercise *found = nullptr;
    for (const Exercise &e : content()->catalogue().exercises()) {
        if (e.task != task || (!symmetry.isEmpty() && gridOf(e).symmetryKey() != symmetry) || (pick && !pick(e)))
            continue;
        if (!biggest)
            return &e;
        if (!found || gridOf(e).cells() > gridOf(*found).cells())
            found = &e;
    }
    return found;
}

QList<int> cells(const ItemList &items)
{
    QList<int> out;
    for (const Item &item : items)
        out.append(item.constFirst());
    return out;
}

void clickCell(SymmetryGridWidget *grid, int cell)
{
    QTest::mouseClick(grid, Qt::LeftButton, Qt::NoModifier, grid->cellRect(cell).center());
}

/// What is wrong with how @p widget shows inside @p window, or empty (as tst_exercisefit judges).
QString problemOf(const QWidget *widget, const QWidget *window)
{
    const QString name
        = QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
    if (widget->rect().isEmpty())
        return {};
    const QRect inWindow(widget->mapTo(window, QPoint(0, 0)), widget->size());
    if (!window->rect().contains(inWindow))
        return name + QStringLiteral(" lies outside the window");
    if (widget->visibleRegion().boundingRect() != widget->rect())
        return name + QStringLiteral(" is cut off by its parent");
    if (const auto *label = qobject_cast<const QLabel *>(widget); label && !label->text().isEmpty()) {
        const int needed = label->wordWrap() ? label->heightForWidth(label->width()) : label->sizeHint().height();
        if (label->height() < needed)
            return name + QStringLiteral(" has %1 px for text that needs %2").arg(label->height()).arg(needed);
        if (!label->wordWrap() && label->pixmap().isNull() && label->width() < label->sizeHint().width() - 4)
            return name + QStringLiteral(" is too narrow for \"%1\"").arg(label->text());
    }
    return {};
}

QString checkScreen(const QWidget *window, const QWidget *screen)
{
    for (const QScrollBar *bar : window->findChildren<QScrollBar *>()) {
        if (bar->isVisible())
            return QStringLiteral("a scroll bar shows");
    }
    for (const QWidget *widget : screen->findChildren<QWidget *>()) {
        if (widget->isVisible()) {
            if (const QString problem = problemOf(widget, window); !problem.isEmpty())
                return problem;
        }
    }
    return {};
}

/// A pupil with geometry's page open on one exercise, in a real database.
struct Fixture
{
    test::TestDatabase db;
    ManualClock clock;
    test::SmallSchool school { *db.db, clock };
    DomainPage page { gridView(), PageContext { *db.db, clock, school.pupil, content(), nullptr } };

    SymmetryScreen *open(const Exercise &exercise)
    {
        page.resize(1280, 800);
        page.show();
        if (!QTest::qWaitForWindowExposed(&page) || !page.openExercise(exercise.id))
            return nullptr;
        QCoreApplication::processEvents();
        return qobject_cast<SymmetryScreen *>(page.screen());
    }

    struct Row
    {
        QString exerciseId;
        bool success = false;
        QJsonValue answer;
    };
    QList<Row> attempts() const
    {
        QList<Row> rows;
        SqlQuery q(db.db->sql(), QStringLiteral("SELECT exercise_id, success, answer FROM attempt"));
        if (!q.exec().ok())
            return rows;
        while (q.next()) {
            const QJsonDocument doc = QJsonDocument::fromJson(q.value(2).toString().toUtf8());
            rows.append({ q.value(0).toString(), q.value(1).toInt() == 1,
                          doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()) });
        }
        return rows;
    }
};

void saveShot(QWidget *window, const QString &name)
{
    const QString shots = qEnvironmentVariable("STAGES_SHOT_DIR");
    if (shots.isEmpty())
        return;
    QDir().mkpath(shots);
    QVERIFY(window->grab().save(QDir(shots).filePath(name)));
}

} // namespace

class TestGeometrySymmetry : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Theme::apply(*qApp);
        QVERIFY(findDomain(QStringLiteral("geometry")));
    }

    void createPicksTheGridTasks()
    {
        ManualClock clock;
        const Exercise *complete = findExercise(QStringLiteral("complete-symmetry"));
        const Exercise *mirrors = findExercise(QStringLiteral("find-mirrors"));
        QVERIFY(complete && mirrors);
        std::unique_ptr<SymmetryScreen> a(SymmetryScreen::create(content()->engine(), *complete, clock));
        std::unique_ptr<SymmetryScreen> b(SymmetryScreen::create(content()->engine(), *mirrors, clock));
        QVERIFY(a && !a->findsMirrors());
        QVERIFY(b && b->findsMirrors());
        QCOMPARE(&a->taskRun(), static_cast<const TaskRun *>(&a->run()));
        for (const Exercise &e : content()->catalogue().exercises()) {
            if (e.domain == QLatin1String("geometry") && e.task != QLatin1String("complete-symmetry")
                && e.task != QLatin1String("find-mirrors")) {
                QVERIFY2(!SymmetryScreen::create(content()->engine(), e, clock), qPrintable(e.id));
                break;
            }
        }
    }

    void completeByClicks_data()
    {
        QTest::addColumn<QString>("symmetry");
        for (const char *s : { "vertical", "horizontal", "both", "half-turn" })
            QTest::newRow(s) << QString::fromLatin1(s);
    }

    void completeByClicks()
    {
        QFETCH(QString, symmetry);
        const Exercise *exercise = findExercise(QStringLiteral("complete-symmetry"), symmetry);
        QVERIFY(exercise);
        Fixture f;
        SymmetryScreen *screen = f.open(*exercise);
        QVERIFY(screen);
        SymmetryGridWidget *grid = screen->grid();
        QVERIFY(grid->isVisible());
        QVERIFY(!screen->instructionLabel()->text().isEmpty());
        QCOMPARE(grid->givenCells(), cells(CompleteSymmetryTask::given(*exercise)));
        QVERIFY(!screen->doneButton()->isEnabled()); // nothing filled yet
        for (int cell = 0; cell < gridOf(*exercise).cells(); ++cell)
            QVERIFY(grid->cellRect(cell).width() >= 48); // big enough to tap

        saveShot(&f.page, QStringLiteral("geo-complete-%1-start.png").arg(symmetry));
        const QList<int> toFill = cells(CompleteSymmetryTask::toFill(*exercise));
        QVERIFY(!toFill.isEmpty());
        for (int cell : toFill)
            clickCell(grid, cell);
        QCOMPARE(grid->filledCells(), toFill);
        for (int cell : toFill)
            QCOMPARE(grid->cellLook(cell), SymmetryGridWidget::CellLook::Filled);
        QVERIFY(screen->doneButton()->isEnabled());

        QTest::mouseClick(screen->doneButton(), Qt::LeftButton);
        QTRY_VERIFY(screen->showsResult());
        QVERIFY(screen->run().result().success);
        QCOMPARE(screen->resultTitle()->text(), screen->tr("Well done!"));
        QVERIFY(screen->resultCaptionLabel()->text().contains(QString::number(toFill.size())));
        QVERIFY(grid->isVisible() && grid->showsAnswer());
        saveShot(&f.page, QStringLiteral("geo-complete-%1-done.png").arg(symmetry));
        for (int cell = 0; cell < gridOf(*exercise).cells(); ++cell) {
            QVERIFY(grid->cellLook(cell) != SymmetryGridWidget::CellLook::Wrong);
            QVERIFY(grid->cellLook(cell) != SymmetryGridWidget::CellLook::Missing);
        }

        const auto rows = f.attempts();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().exerciseId, exercise->id);
        QVERIFY(rows.first().success);
        QJsonArray expected;
        for (int cell : toFill)
            expected.append(cell);
        QCOMPARE(rows.first().answer, QJsonValue(expected));
        QCOMPARE(Evaluator(content()->engine()).solve(*exercise).answer, QJsonValue(expected));
    }

    void oneWrongCellShowsTheRightOnes()
    {
        const Exercise *exercise
            = findExercise(QStringLiteral("complete-symmetry"), QStringLiteral("vertical"),
                           [](const Exercise &e) { return CompleteSymmetryTask::toFill(e).size() >= 2; });
        QVERIFY(exercise);
        Fixture f;
        SymmetryScreen *screen = f.open(*exercise);
        QVERIFY(screen);
        SymmetryGridWidget *grid = screen->grid();
        const QList<int> toFill = cells(CompleteSymmetryTask::toFill(*exercise));
        const QList<int> given = cells(CompleteSymmetryTask::given(*exercise));
        int wrong = -1;
        for (int cell = 0; cell < gridOf(*exercise).cells() && wrong < 0; ++cell) {
            if (!toFill.contains(cell) && !given.contains(cell) && !grid->isLocked(cell))
                wrong = cell;
        }
        QVERIFY(wrong >= 0);
        const int missed = toFill.constLast();
        for (int cell : toFill.mid(0, toFill.size() - 1))
            clickCell(grid, cell);
        clickCell(grid, wrong);
        QTest::mouseClick(screen->doneButton(), Qt::LeftButton);
        QTRY_VERIFY(screen->showsResult());
        const Evaluation &result = screen->run().result();
        QVERIFY(!result.success);
        QCOMPARE(result.invalidIndexes.size(), 1);
        QCOMPARE(result.missing, 1);
        // The result shows the right picture: the wrong cell crossed, the missed one dashed.
        QCOMPARE(grid->cellLook(wrong), SymmetryGridWidget::CellLook::Wrong);
        QCOMPARE(grid->cellLook(missed), SymmetryGridWidget::CellLook::Missing);
        QVERIFY(grid->isVisible());
        const QString caption = screen->resultCaptionLabel()->text();
        QVERIFY2(caption.contains(QString::number(toFill.size() - 1))
                     && caption.contains(QString::number(toFill.size())),
                 qPrintable(caption));
        bool legendMissed = false;
        bool legendWhite = false;
        for (const QLabel *label : screen->findChildren<QLabel *>()) {
            legendMissed = legendMissed || (label->isVisible() && label->text() == screen->tr("You missed these"));
            legendWhite = legendWhite || (label->isVisible() && label->text() == screen->tr("These stay white"));
        }
        QVERIFY(legendMissed && legendWhite);
        // Clicks on the result page change nothing.
        clickCell(grid, missed);
        QCOMPARE(grid->cellLook(missed), SymmetryGridWidget::CellLook::Missing);

        const auto rows = f.attempts();
        QCOMPARE(rows.size(), 1);
        QVERIFY(!rows.first().success);
        QVERIFY(rows.first().answer.toArray().contains(wrong));
    }

    void givenCellsAreLocked()
    {
        const Exercise *exercise = findExercise(QStringLiteral("complete-symmetry"), QStringLiteral("both"));
        QVERIFY(exercise);
        Fixture f;
        SymmetryScreen *screen = f.open(*exercise);
        QVERIFY(screen);
        SymmetryGridWidget *grid = screen->grid();
        const QList<int> given = grid->givenCells();
        QVERIFY(!given.isEmpty());
        for (int cell : given) {
            clickCell(grid, cell);
            QCOMPARE(grid->cellLook(cell), SymmetryGridWidget::CellLook::Given);
        }
        // The empty cells of the half shown are locked too: only the other half takes taps.
        int lockedEmpty = -1;
        int free = 0;
        for (int cell = 0; cell < gridOf(*exercise).cells(); ++cell) {
            QCOMPARE(grid->isLocked(cell), gridOf(*exercise).isKept(cell));
            if (grid->cellLook(cell) == SymmetryGridWidget::CellLook::Locked)
                lockedEmpty = cell;
            free += grid->isLocked(cell) ? 0 : 1;
        }
        QVERIFY(lockedEmpty >= 0);
        QVERIFY(free > 0);
        clickCell(grid, lockedEmpty);
        QCOMPARE(grid->cellLook(lockedEmpty), SymmetryGridWidget::CellLook::Locked);
        QVERIFY(grid->filledCells().isEmpty());
        QVERIFY(!screen->doneButton()->isEnabled());
        // With the keys too.
        grid->setFocus();
        grid->setFocusCell(given.first());
        QTest::keyClick(grid, Qt::Key_Space);
        QVERIFY(grid->filledCells().isEmpty());
        QCOMPARE(grid->cellLook(given.first()), SymmetryGridWidget::CellLook::Given);
    }

    void keyboardAndStartAgain()
    {
        const Exercise *exercise = findExercise(QStringLiteral("complete-symmetry"), QStringLiteral("horizontal"));
        QVERIFY(exercise);
        Fixture f;
        SymmetryScreen *screen = f.open(*exercise);
        QVERIFY(screen);
        SymmetryGridWidget *grid = screen->grid();
        QTRY_VERIFY(grid->hasFocus()); // the page gives the screen the focus; the grid takes it
        QCOMPARE(grid->focusCell(), 0);
        QVERIFY(!grid->showsFocusFrame()); // not until the keys are used
        const int width = grid->gridWidth();
        const QList<int> toFill = cells(CompleteSymmetryTask::toFill(*exercise));
        // Walk to each cell with the arrows (from where the focus is) and toggle it, Space and
        // Return in turn.
        for (int i = 0; i < toFill.size(); ++i) {
            const int target = toFill.at(i);
            while (grid->focusCell() / width < target / width)
                QTest::keyClick(grid, Qt::Key_Down);
            while (grid->focusCell() / width > target / width)
                QTest::keyClick(grid, Qt::Key_Up);
            while (grid->focusCell() % width < target % width)
                QTest::keyClick(grid, Qt::Key_Right);
            while (grid->focusCell() % width > target % width)
                QTest::keyClick(grid, Qt::Key_Left);
            QCOMPARE(grid->focusCell(), target);
            QTest::keyClick(grid, i % 2 == 0 ? Qt::Key_Space : Qt::Key_Return);
            QVERIFY(grid->showsFocusFrame());
        }
        QCOMPARE(grid->filledCells(), toFill);
        // Space again empties; the edges hold the focus.
        QTest::keyClick(grid, Qt::Key_Space);
        QCOMPARE(grid->filledCells().size(), toFill.size() - 1);
        QTest::keyClick(grid, Qt::Key_Space);
        for (int i = 0; i < 8; ++i)
            QTest::keyClick(grid, Qt::Key_Up);
        QCOMPARE(grid->focusCell() / width, 0);

        // A tap moves the focus there and hides the frame.
        const int free = toFill.constFirst();
        clickCell(grid, free);
        QCOMPARE(grid->focusCell(), free);
        QVERIFY(!grid->showsFocusFrame());
        QVERIFY(!grid->filledCells().contains(free));
        clickCell(grid, free);
        QCOMPARE(grid->filledCells(), toFill);
        QVERIFY(screen->againButton()->isEnabled());
        QTest::mouseClick(screen->againButton(), Qt::LeftButton);
        QVERIFY(grid->filledCells().isEmpty());
        QVERIFY(!screen->doneButton()->isEnabled());
        QVERIFY(!screen->againButton()->isEnabled());
        QCOMPARE(grid->givenCells(), cells(CompleteSymmetryTask::given(*exercise)));
    }

    void dragPaints()
    {
        // Pressing on a free cell and dragging over others fills them all; a drag that starts
        // on a filled cell empties.
        const Exercise *exercise
            = findExercise(QStringLiteral("complete-symmetry"), QStringLiteral("horizontal"), {}, true);
        QVERIFY(exercise);
        Fixture f;
        SymmetryScreen *screen = f.open(*exercise);
        QVERIFY(screen);
        SymmetryGridWidget *grid = screen->grid();
        QList<int> free;
        for (int cell = 0; cell < gridOf(*exercise).cells(); ++cell) {
            if (!grid->isLocked(cell))
                free.append(cell);
        }
        QVERIFY(free.size() >= 3);
        const auto drag = [grid](const QList<int> &path) {
            const auto send = [grid](QEvent::Type type, int cell, Qt::MouseButtons buttons) {
                const QPointF at = grid->cellRect(cell).center();
                QMouseEvent event(type, at, grid->mapToGlobal(at), Qt::LeftButton, buttons, Qt::NoModifier);
                QApplication::sendEvent(grid, &event);
            };
            send(QEvent::MouseButtonPress, path.first(), Qt::LeftButton);
            for (int cell : path.mid(1))
                send(QEvent::MouseMove, cell, Qt::LeftButton);
            send(QEvent::MouseButtonRelease, path.last(), Qt::NoButton);
        };
        drag(free.mid(0, 3));
        QCOMPARE(grid->filledCells(), free.mid(0, 3));
        drag({ free.at(1), free.at(2) });
        QCOMPARE(grid->filledCells(), QList<int> { free.at(0) });
        // Across a locked cell nothing happens to it.
        const QList<int> locked = grid->givenCells();
        QVERIFY(!locked.isEmpty());
        drag({ free.at(2), locked.first() });
        QCOMPARE(grid->filledCells(), (QList<int> { free.at(0), free.at(2) }));
    }

    void findMirrorsRight_data()
    {
        QTest::addColumn<QString>("symmetry");
        QTest::addColumn<int>("lines"); // how many mirror lines the figure has, -1: any
        QTest::newRow("vertical") << QStringLiteral("vertical") << -1;
        QTest::newRow("both") << QStringLiteral("both") << -1;
        QTest::newRow("four lines") << QString() << 4;
        QTest::newRow("none") << QStringLiteral("half-turn") << 0;
    }

    void findMirrorsRight()
    {
        QFETCH(QString, symmetry);
        QFETCH(int, lines);
        const Exercise *exercise = findExercise(QStringLiteral("find-mirrors"), symmetry, [lines](const Exercise &e) {
            return lines < 0 || FindMirrorsTask::mirrorLines(e).size() == lines;
        });
        if (!exercise)
            QSKIP("the catalogue has no such figure");
        Fixture f;
        SymmetryScreen *screen = f.open(*exercise);
        QVERIFY(screen);
        const QStringList mirrors = FindMirrorsTask::mirrorLines(*exercise);
        QCOMPARE(screen->offeredLines(),
                 gridOf(*exercise).lineKeys(gridOf(*exercise).width(), gridOf(*exercise).height()));
        QVERIFY(screen->grid()->isReadOnly());
        QVERIFY(!screen->doneButton()->isEnabled());
        // The figure cannot be changed.
        clickCell(screen->grid(), 0);
        QCOMPARE(screen->grid()->filledCells().isEmpty(), false);
        for (const QString &key : screen->offeredLines()) {
            QPushButton *button = screen->lineButton(key);
            QVERIFY(button && button->isVisible());
            QVERIFY(button->width() >= 48 && button->height() >= 48);
            QVERIFY(!button->accessibleName().isEmpty());
        }
        if (mirrors.isEmpty()) {
            // A line first, then "No mirror line" takes it back.
            QTest::mouseClick(screen->lineButton(QStringLiteral("vertical")), Qt::LeftButton);
            QCOMPARE(screen->chosenLines(), QStringList { QStringLiteral("vertical") });
            QTest::mouseClick(screen->noLineButton(), Qt::LeftButton);
            QVERIFY(screen->chosenLines().isEmpty());
        } else {
            for (const QString &key : mirrors)
                QTest::mouseClick(screen->lineButton(key), Qt::LeftButton);
        }
        QCOMPARE(screen->chosenLines(), mirrors);
        QVERIFY(screen->doneButton()->isEnabled());
        QTest::mouseClick(screen->doneButton(), Qt::LeftButton);
        QTRY_VERIFY(screen->showsResult());
        QVERIFY(screen->run().result().success);
        for (const QString &key : screen->offeredLines())
            QCOMPARE(screen->resultWords(key),
                     mirrors.contains(key) ? screen->tr("You found it") : screen->tr("Not a mirror line"));
        const auto rows = f.attempts();
        QCOMPARE(rows.size(), 1);
        QVERIFY(rows.first().success);
        QCOMPARE(rows.first().answer, QJsonValue(QJsonArray::fromStringList(mirrors)));
    }

    void findMirrorsWrong()
    {
        // A figure with a mirror line and a line that is none: pick the wrong one only.
        const Exercise *exercise
            = findExercise(QStringLiteral("find-mirrors"), QStringLiteral("both"), [](const Exercise &e) {
                  const QStringList m = FindMirrorsTask::mirrorLines(e);
                  return m.size() < SymmetryStructure::lineKeys(gridOf(e).width(), gridOf(e).height()).size();
              });
        QVERIFY(exercise);
        Fixture f;
        SymmetryScreen *screen = f.open(*exercise);
        QVERIFY(screen);
        const QStringList mirrors = FindMirrorsTask::mirrorLines(*exercise);
        QString wrongLine;
        for (const QString &key : screen->offeredLines()) {
            if (!mirrors.contains(key))
                wrongLine = key;
        }
        QVERIFY(!wrongLine.isEmpty());
        QPushButton *wrong = screen->lineButton(wrongLine);
        QTest::mouseClick(wrong, Qt::LeftButton);
        QVERIFY(wrong->isChecked());
        QTest::mouseClick(screen->lineButton(mirrors.first()), Qt::LeftButton);
        QTest::mouseClick(screen->lineButton(mirrors.first()), Qt::LeftButton); // and back
        QCOMPARE(screen->chosenLines(), QStringList { wrongLine });
        // Keyboard: Space on a focused line button toggles it.
        screen->lineButton(mirrors.first())->setFocus();
        QTest::keyClick(screen->lineButton(mirrors.first()), Qt::Key_Space);
        QVERIFY(screen->chosenLines().contains(mirrors.first()));
        QTest::keyClick(screen->lineButton(mirrors.first()), Qt::Key_Return);
        QCOMPARE(screen->chosenLines(), QStringList { wrongLine });
        // The arrows walk along the buttons, to "No mirror line" last.
        for (int i = 0; i < 6; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
        QCOMPARE(QApplication::focusWidget(), screen->noLineButton());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left);
        QCOMPARE(QApplication::focusWidget(), screen->lineButton(screen->offeredLines().constLast()));
        saveShot(&f.page, QStringLiteral("geo-find-mirrors-wrong-work.png"));

        QTest::mouseClick(screen->doneButton(), Qt::LeftButton);
        QTRY_VERIFY(screen->showsResult());
        const Evaluation &result = screen->run().result();
        QVERIFY(!result.success);
        QCOMPARE(result.invalidIndexes.size(), 1);
        QCOMPARE(result.missing, mirrors.size());
        for (const QString &key : mirrors)
            QCOMPARE(screen->resultWords(key), screen->tr("You missed it"));
        QCOMPARE(screen->resultWords(wrongLine), screen->tr("Not a mirror line"));
        for (const QString &key : screen->offeredLines())
            QVERIFY(screen->findChild<QWidget *>(QStringLiteral("lineResult:%1").arg(key))->isVisible());
        const auto rows = f.attempts();
        QCOMPARE(rows.size(), 1);
        QVERIFY(!rows.first().success);
        QCOMPARE(rows.first().answer, QJsonValue(QJsonArray { wrongLine }));
        saveShot(&f.page, QStringLiteral("geo-find-mirrors-wrong-result.png"));
    }

    void screensFit_data()
    {
        QTest::addColumn<QString>("task");
        QTest::addColumn<QSize>("size");
        for (const char *task : { "complete-symmetry", "find-mirrors" }) {
            for (const QSize size : { QSize(1024, 600), QSize(1366, 768) })
                QTest::newRow(
                    QStringLiteral("%1 %2x%3").arg(QLatin1String(task)).arg(size.width()).arg(size.height()).toUtf8())
                    << QString::fromLatin1(task) << size;
        }
    }

    void screensFit()
    {
        QFETCH(QString, task);
        QFETCH(QSize, size);
        // The biggest grid, the hardest to fit.
        const Exercise *exercise = findExercise(task, {}, {}, true);
        QVERIFY(exercise);
        test::TestDatabase db;
        ManualClock clock;
        test::SmallSchool school(*db.db, clock);
        PupilHome home(school.pupil, 0);
        auto *page = new DomainPage(gridView(), PageContext { *db.db, clock, school.pupil, content(), nullptr });
        home.addDomainPage(QStringLiteral("geometry"), QStringLiteral("Geometry"), QString(), page);
        home.showDomain(QStringLiteral("geometry"));
        home.resize(size);
        home.show();
        QVERIFY(QTest::qWaitForWindowExposed(&home));
        QVERIFY(page->openExercise(exercise->id));
        auto *screen = qobject_cast<SymmetryScreen *>(page->screen());
        QVERIFY(screen);
        QCoreApplication::processEvents();
        QCOMPARE(home.size(), size);
        const QString work = checkScreen(&home, screen);
        QVERIFY2(work.isEmpty(), qPrintable(QStringLiteral("work page: ") + work));
        for (int cell = 0; cell < screen->grid()->gridWidth() * screen->grid()->gridHeight(); ++cell)
            QVERIFY(screen->grid()->cellRect(cell).width() >= 48);
        for (QPushButton *button : screen->findChildren<QPushButton *>()) {
            if (button->isVisible())
                QVERIFY2(button->width() >= 48 && button->height() >= 48, qPrintable(button->objectName()));
        }

        // A half right answer: the result shows everything it can (missed, wrong, the legend).
        if (screen->findsMirrors()) {
            for (const QString &key : screen->offeredLines())
                QTest::mouseClick(screen->lineButton(key), Qt::LeftButton);
            const QStringList mirrors = FindMirrorsTask::mirrorLines(*exercise);
            if (!mirrors.isEmpty())
                QTest::mouseClick(screen->lineButton(mirrors.first()), Qt::LeftButton);
        } else {
            const QList<int> toFill = cells(CompleteSymmetryTask::toFill(*exercise));
            for (int cell : toFill.mid(1))
                clickCell(screen->grid(), cell);
            for (int cell = 0; cell < gridOf(*exercise).cells(); ++cell) {
                if (screen->grid()->cellLook(cell) == SymmetryGridWidget::CellLook::Empty && !toFill.contains(cell)) {
                    clickCell(screen->grid(), cell);
                    break;
                }
            }
        }
        QCoreApplication::processEvents();
        const QString suffix = size == QSize(1366, 768) ? QString() : QStringLiteral("-%1").arg(size.width());
        saveShot(&home, QStringLiteral("geo-%1-work%2.png").arg(task, suffix));
        QTest::mouseClick(screen->doneButton(), Qt::LeftButton);
        QTRY_VERIFY(screen->showsResult());
        QVERIFY(!screen->run().result().success);
        QCoreApplication::processEvents();
        QCOMPARE(home.size(), size);
        const QString result = checkScreen(&home, screen);
        QVERIFY2(result.isEmpty(), qPrintable(QStringLiteral("result page: ") + result));
        QVERIFY(screen->grid()->isVisible());
        QVERIFY(screen->grid()->height() >= 150);
        saveShot(&home, QStringLiteral("geo-%1-result%2.png").arg(task, suffix));
    }
};

QTEST_MAIN(TestGeometrySymmetry)
#include "tst_geometrysymmetry.moc"
