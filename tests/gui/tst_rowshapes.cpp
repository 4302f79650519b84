// Shapes of rows on the exercise screen (issue 8): necklaces and bracelets are rings the pupil
// turns (buttons, arrow keys, dragging) and turns over (bracelets), and the row being built turns
// with them; a refused twin ring turns (or flips) until it lies like the one found before; lattice
// paths walk on their grid from the start to the goal; Euclidean rhythms show on the rhythm
// circle while they are built and counted. Real widgets, real mouse and key events.

#include "exercises/domains/domains.h"
#include "exercises/domains/view/domainviews.h"
#include "exercises/framework/ringmove.h"
#include "exercises/framework/view/domainpage.h"
#include "exercises/framework/view/exercisescreen.h"
#include "exercises/framework/view/itemrowwidget.h"
#include "exercises/framework/view/latticegridwidget.h"
#include "exercises/framework/view/ringcontrols.h"
#include "exercises/framework/view/samerowspanel.h"
#include "exercises/framework/view/screenservices.h"
#include "exercises/framework/view/tokenbutton.h"
#include "exercises/music/view/rhythmcirclewidget.h"
#include "exercises/music/view/rhythmshapeview.h"
#include "exercises/music/view/soundservice.h"
#include "support/testdatabase.h"

#include <QPushButton>
#include <QSequentialAnimationGroup>
#include <QStandardPaths>
#include <QTest>

#include <cmath>
#include <numbers>

using namespace stages;

namespace {

struct SilentServices : ScreenServices
{
    music::SoundService sound { music::SoundService::Options { QString(), false, 10 } };
    QObject *service(QStringView name) override { return name == u"sound" ? &sound : nullptr; }
};

} // namespace

class TestRowShapes : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const ExerciseContent> m_content;

    struct Open
    {
        test::TestDatabase db;
        ManualClock clock;
        test::SmallSchool school { *db.db, clock };
        SilentServices services;
        std::unique_ptr<DomainPage> page;
        ExerciseScreen *screen = nullptr;
    };

    std::unique_ptr<Open> open(const QString &id, QSize size = QSize(1366, 768))
    {
        auto o = std::make_unique<Open>();
        const Exercise *exercise = m_content->catalogue().find(id);
        if (!exercise)
            return nullptr;
        o->page = std::make_unique<DomainPage>(
            *findDomainView(exercise->domain),
            PageContext { *o->db.db, o->clock, o->school.pupil, m_content, &o->services });
        o->page->resize(size);
        o->page->show();
        if (!QTest::qWaitForWindowExposed(o->page.get()) || !o->page->openExercise(id))
            return nullptr;
        o->screen = qobject_cast<ExerciseScreen *>(o->page->screen());
        QCoreApplication::processEvents();
        return o;
    }

    /// Taps the palette tokens of @p values in order (-1: skip the place), as a child does.
    static void tap(ExerciseScreen *screen, const Item &values)
    {
        const auto palette = screen->run()->palette();
        for (int position = 0; position < values.size(); ++position) {
            for (int i = 0; i < palette.size(); ++i) {
                if (palette.at(i).value == values.at(position)
                    && (palette.at(i).position < 0 || palette.at(i).position == position)) {
                    QTest::mouseClick(screen->paletteButtons().at(i), Qt::LeftButton);
                    break;
                }
            }
        }
    }

    /// Whether @p widget shows wholly inside @p window.
    static bool showsInside(const QWidget *widget, const QWidget *window)
    {
        return widget->isVisible() && !widget->rect().isEmpty()
            && window->rect().contains(QRect(widget->mapTo(window, QPoint(0, 0)), widget->size()))
            && widget->visibleRegion().boundingRect() == widget->rect();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_content = makeExerciseContent();
    }

    void ringTurnsByButtonKeyAndDrag()
    {
        const auto o = open(QStringLiteral("comb/neck/n4k2/colors/build-all/s1"));
        QVERIFY(o && o->screen);
        ExerciseScreen *screen = o->screen;
        RingControls *controls = screen->ringControls();
        QVERIFY(controls);
        QVERIFY(showsInside(controls, o->page.get()));
        QVERIFY(screen->answerRow()->isRing());
        QVERIFY(!controls->flipButton()); // a necklace is never turned over
        tap(screen, { 1, 0, 0 });
        const Item start { 1, 0, 0, -1 };
        QCOMPARE(screen->run()->draft(), start);

        QTest::mouseClick(controls->turnButton(), Qt::LeftButton);
        QCOMPARE(screen->run()->draft(), RingMove::turned(start, 1));
        QCOMPARE(screen->answerRow()->symbols(), RingMove::turned(start, 1));
        QTest::mouseClick(controls->turnBackButton(), Qt::LeftButton);
        QCOMPARE(screen->run()->draft(), start);
        // The beads glide: drawn where they were, then at their new places.
        QTest::mouseClick(controls->turnButton(), Qt::LeftButton);
        QVERIFY(screen->answerRow()->ringTurn() < 0);
        QTRY_COMPARE(screen->answerRow()->ringTurn(), 0.0);
        QTest::mouseClick(controls->turnBackButton(), Qt::LeftButton);

        // Arrow keys: up turns it on, down turns it back.
        screen->paletteButtons().first()->setFocus();
        QTest::keyClick(screen->paletteButtons().first(), Qt::Key_Up);
        QCOMPARE(screen->run()->draft(), RingMove::turned(start, 1));
        QTest::keyClick(screen->paletteButtons().first(), Qt::Key_Down);
        QCOMPARE(screen->run()->draft(), start);
        QTRY_COMPARE(screen->answerRow()->ringTurn(), 0.0);

        // Dragging the ring a quarter round clockwise (from the top to the right) turns it one
        // bead of four, and the press does not empty a bead.
        ItemRowWidget *ring = screen->answerRow();
        const QPoint centre = ring->rect().center();
        const QPoint top = ring->slotCenter(0);
        const int radius = centre.y() - top.y();
        QTest::mousePress(ring, Qt::LeftButton, {}, top);
        for (int step = 1; step <= 6; ++step) {
            const double angle = -std::numbers::pi / 2 + step * (std::numbers::pi / 2) / 6;
            const QPoint at = centre + QPoint(int(radius * std::cos(angle)), int(radius * std::sin(angle)));
            QMouseEvent move(QEvent::MouseMove, at, ring->mapToGlobal(at), Qt::NoButton, Qt::LeftButton, {});
            QCoreApplication::sendEvent(ring, &move);
        }
        QVERIFY2(std::abs(ring->ringTurn() - 1.0) < 0.2, qPrintable(QString::number(ring->ringTurn())));
        QTest::mouseRelease(ring, Qt::LeftButton, {}, ring->slotCenter(1));
        QCOMPARE(screen->run()->draft(), RingMove::turned(start, 1));
        QTRY_COMPARE(ring->ringTurn(), 0.0);
        // A plain click on a bead still empties it.
        QTest::mouseClick(ring, Qt::LeftButton, {}, ring->slotCenter(1));
        QCOMPARE(screen->run()->draft().at(1), -1);
    }

    void braceletTurnsOver()
    {
        const auto o = open(QStringLiteral("comb/brac/n5k2/colors/build-all/s1"));
        QVERIFY(o && o->screen);
        RingControls *controls = o->screen->ringControls();
        QVERIFY(controls && controls->flipButton());
        QVERIFY(showsInside(controls->flipButton(), o->page.get()));
        tap(o->screen, { 1, 1, 0, 1 });
        const Item start { 1, 1, 0, 1, -1 };
        QCOMPARE(o->screen->run()->draft(), start);
        QTest::mouseClick(controls->flipButton(), Qt::LeftButton);
        QCOMPARE(o->screen->run()->draft(), RingMove::flipped(start));
        QVERIFY(o->screen->answerRow()->ringFlip() < 0); // swinging over
        QTRY_COMPARE(o->screen->answerRow()->ringFlip(), 1.0);
    }

    // A refused ring and its twin side by side: the tried one turns (and turns over) until its
    // beads lie where the twin's are.
    void refusedTwinTurnsOntoItsTwin_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<Item>("found");
        QTest::addColumn<Item>("tried");
        QTest::addColumn<bool>("flip");
        QTest::newRow("necklace turned") << "comb/neck/n4k2/colors/build-all/s1" << Item { 1, 1, 0, 0 }
                                         << Item { 0, 1, 1, 0 } << false;
        QTest::newRow("bracelet turned over")
            << "comb/brac/n3k3/colors/build-all/s1" << Item { 0, 1, 2 } << Item { 1, 0, 2 } << true;
    }

    void refusedTwinTurnsOntoItsTwin()
    {
        QFETCH(QString, id);
        QFETCH(Item, found);
        QFETCH(Item, tried);
        QFETCH(bool, flip);
        const auto o = open(id);
        QVERIFY(o && o->screen);
        ExerciseScreen *screen = o->screen;
        tap(screen, found);
        QCOMPARE(screen->run()->rows().size(), 1);
        tap(screen, tried);
        QCOMPARE(screen->run()->rows().size(), 1);
        SameRowsPanel *twins = screen->twinsPanel();
        QVERIFY(twins->isVisible());
        QVERIFY(twins->triedRow()->isRing());
        const std::optional<RingMove> move = twins->shownMove();
        QVERIFY(move);
        QCOMPARE(move->flip, flip);
        QCOMPARE(*move, *RingMove::between(tried, found, true));
        QCOMPARE(move->applied(tried), found);
        QCOMPARE(twins->ringAnimation()->state(), QAbstractAnimation::Running);
        if (const QString shots = qEnvironmentVariable("STAGES_SHOT_DIR"); !shots.isEmpty()) {
            // Part way over or round, for the picture.
            if (flip)
                QTRY_VERIFY(twins->triedRow()->ringFlip() < -0.3);
            else
                QTRY_VERIFY(std::abs(twins->triedRow()->ringTurn()) > 0.4);
            QVERIFY(o->page->grab().save(
                shots + (flip ? QStringLiteral("/bracelet-flip.png") : QStringLiteral("/necklace-ring.png"))));
        }
        QTRY_COMPARE_WITH_TIMEOUT(twins->ringAnimation()->state(), QAbstractAnimation::Stopped, 6000);
        QVERIFY(twins->isVisible()); // still there to look at
        // Each tried bead now lies where the twin has the same bead.
        ItemRowWidget *a = twins->triedRow();
        ItemRowWidget *b = twins->twinRow();
        QCOMPARE(a->size(), b->size());
        for (int s = 0; s < tried.size(); ++s) {
            const int slot = b->slotAt(a->slotCenter(s));
            QVERIFY2(slot >= 0, "a bead between places");
            QCOMPARE(b->symbols().at(slot), a->symbols().at(s));
        }
    }

    void pathWalksOnTheGrid()
    {
        const auto o = open(QStringLiteral("comb/path/a3b3/arrows/build-all/s1"));
        QVERIFY(o && o->screen);
        auto *grid = qobject_cast<LatticeGridWidget *>(o->screen->shapeView());
        QVERIFY(grid);
        QVERIFY(showsInside(grid, o->page.get()));
        QCOMPARE(grid->pathPoints(), (QList<QPoint> { { 0, 0 } }));
        tap(o->screen, { 0, 1, 1 });
        QCOMPARE(grid->pathPoints(), (QList<QPoint> { { 0, 0 }, { 1, 0 }, { 1, 1 }, { 1, 2 } }));
        // Drawn from the bottom left, one cell per step.
        QVERIFY(grid->pointAt({ 1, 0 }).x() > grid->pointAt({ 0, 0 }).x());
        QVERIFY(grid->pointAt({ 0, 1 }).y() < grid->pointAt({ 0, 0 }).y());
        tap(o->screen, { 0, 1, 0 });
        // The whole path was accepted: the grid starts again, the path found stays faintly.
        QCOMPARE(o->screen->run()->rows().size(), 1);
        QCOMPARE(grid->pathPoints(), (QList<QPoint> { { 0, 0 } }));
        if (const QString shots = qEnvironmentVariable("STAGES_SHOT_DIR"); !shots.isEmpty()) {
            tap(o->screen, { 1, 0, 0, 1 });
            QVERIFY(o->page->grab().save(shots + QStringLiteral("/lattice-grid.png")));
        }
    }

    void rhythmShowsOnTheCircle()
    {
        const auto o = open(QStringLiteral("mus4/euc/k3n8/drums/build-all/s1"));
        QVERIFY(o && o->screen);
        auto *shape = qobject_cast<music::RhythmShapeView *>(o->screen->shapeView());
        QVERIFY(shape);
        QVERIFY(showsInside(shape->circle(), o->page.get()));
        QCOMPARE(shape->circle()->steps().size(), 8);
        QCOMPARE(shape->circle()->openSteps(), QList<bool>(8, true));
        tap(o->screen, { 1, 0, 0, 1 });
        QCOMPARE(shape->circle()->steps(), (QList<bool> { true, false, false, true, false, false, false, false }));
        QCOMPARE(shape->circle()->openSteps(), (QList<bool> { false, false, false, false, true, true, true, true }));
        QCOMPARE(shape->circle()->position(), 4.0); // the pointer waits on the next step
        if (const QString shots = qEnvironmentVariable("STAGES_SHOT_DIR"); !shots.isEmpty())
            QVERIFY(o->page->grab().save(shots + QStringLiteral("/rhythm-circle.png")));
    }

    // The shapes show, and fit the small screen, when building and counting: short and long
    // rhythms, paths next in order and counted (the fit test takes only each task's hardest).
    void shapesFitTheSmallScreen_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("rhythm counted") << "mus4/euc/k3n8/drums/count/s1";
        QTest::newRow("short rhythm") << "mus4/euc/k3n4/drums/build-all/s1";
        QTest::newRow("rhythm of five") << "mus4/euc/k2n5/drums/build-all/s1";
        QTest::newRow("rhythm of seven") << "mus4/euc/k3n7/drums/build-all/s1";
        QTest::newRow("rhythm of eight") << "mus4/euc/k3n8/drums/build-all/s1";
        QTest::newRow("path counted") << "comb/path/a3b4/arrows/count/s1";
        QTest::newRow("path next") << "comb/path/a3b4/arrows/next-in-order/s1";
        QTest::newRow("path missing") << "comb/path/a2b3/arrows/find-missing/s1";
    }

    void shapesFitTheSmallScreen()
    {
        QFETCH(QString, id);
        const auto o = open(id, QSize(1024, 600));
        QVERIFY(o && o->screen);
        QCOMPARE(o->page->size(), QSize(1024, 600));
        RowShapeView *shape = o->screen->shapeView();
        QVERIFY(shape);
        QVERIFY(showsInside(shape, o->page.get()));
        if (o->screen->answerRow())
            QVERIFY(showsInside(o->screen->answerRow(), o->page.get()));
        if (auto *grid = qobject_cast<LatticeGridWidget *>(shape); grid && !o->screen->answerRow())
            QVERIFY(grid->geometry().reachesGoal(grid->pathPoints())); // the example path
        if (auto *rhythm = qobject_cast<music::RhythmShapeView *>(shape); rhythm && !o->screen->answerRow())
            QCOMPARE(rhythm->circle()->steps().count(true), 3);
    }
};

QTEST_MAIN(TestRowShapes)
#include "tst_rowshapes.moc"
