// Geometry's pictures beside the row on the shared exercise screen (issue 12): a colouring as its
// wheel, flower or polygon in the tokens' colours, a star figure and a line or triangle on the
// numbered points, a symmetric figure on its grid with the mirror line, a bar of pieces. Each
// picture rendered into an image and checked pixel by pixel; the factory picks the right one;
// on the real screen at 1024x600 each shows whole beside the row.

#include "exercises/domains/domains.h"
#include "exercises/domains/view/domainviews.h"
#include "exercises/framework/evaluator.h"
#include "exercises/framework/view/domainpage.h"
#include "exercises/framework/view/exercisescreen.h"
#include "exercises/framework/view/itemrowwidget.h"
#include "exercises/framework/view/screenservices.h"
#include "exercises/geometry/view/barshapeview.h"
#include "exercises/geometry/view/chordsshapeview.h"
#include "exercises/geometry/view/colouringshapeview.h"
#include "exercises/geometry/view/geometryshapeviews.h"
#include "exercises/geometry/view/starfigureshapeview.h"
#include "exercises/geometry/view/symmetryfigureshapeview.h"
#include "support/testdatabase.h"

#include <QImage>
#include <QJsonArray>
#include <QPainter>
#include <QStandardPaths>
#include <QTest>

#include <cmath>
#include <numbers>

using namespace stages;
using namespace stages::geometry;

namespace {

struct NoServices : ScreenServices
{
    QObject *service(QStringView) override { return nullptr; }
};

/// Whether two colours are alike (the middle of a filled part, away from antialiased edges).
bool alike(const QColor &a, const QColor &b, int tolerance = 14)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
        && std::abs(a.blue() - b.blue()) <= tolerance;
}

QString describe(const QColor &c)
{
    return c.name();
}

/// The point at @p degrees (clockwise from three o'clock on screen) and @p radius from @p centre.
QPoint polar(const QPointF &centre, double radius, double degrees)
{
    const double a = degrees * std::numbers::pi / 180.0;
    return (centre + QPointF(radius * std::cos(a), radius * std::sin(a))).toPoint();
}

QPoint middle(const QPointF &a, const QPointF &b)
{
    return ((a + b) / 2).toPoint();
}

} // namespace

class TestGeometryShapes : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const ExerciseContent> m_content;

    const Exercise *exercise(const QString &id) const { return m_content->catalogue().find(id); }

    QJsonArray promptElements(const Exercise &e) const
    {
        return Evaluator(m_content->engine()).prompt(e).value(QStringLiteral("elements")).toArray();
    }

    /// The colour the token of value @p value shows (the prompt's element).
    static QColor tokenColour(const QJsonArray &elements, int value)
    {
        return QColor(elements.at(value).toObject().value(QStringLiteral("color")).toString());
    }

    /// @p view drawn at @p size on white, and saved as @p name when STAGES_SHOT_DIR is set.
    static QImage render(RowShapeView *view, QSize size, const QString &name)
    {
        view->resize(size);
        QImage image(size, QImage::Format_ARGB32);
        image.fill(Qt::white);
        view->render(&image, QPoint(), QRegion(), QWidget::DrawChildren); // on white, not the window colour
        if (const QString shots = qEnvironmentVariable("STAGES_SHOT_DIR"); !shots.isEmpty()) {
            // Twice the size, to look at closely.
            QImage big(size * 2, QImage::Format_ARGB32);
            big.fill(Qt::white);
            QPainter p(&big);
            p.scale(2, 2);
            view->render(&p, QPoint(), QRegion(), QWidget::DrawChildren);
            p.end();
            big.save(shots + QStringLiteral("/geometry-shape-") + name + QStringLiteral(".png"));
        }
        return image;
    }

    static QColor at(const QImage &image, QPoint point) { return image.pixelColor(point); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_content = makeExerciseContent(ExerciseContent::Scope::Everything);
    }

    // The factory picks the picture by the structure; lattice paths keep the framework's grid.
    void factoryPicksByStructure_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("shape");
        QTest::newRow("wheel") << "geo10/col/n6k2rot/wheel/build-all/s1"
                               << "colouringShape";
        QTest::newRow("flower") << "geo10/col/n4k2rot/flower/find-missing/s1"
                                << "colouringShape";
        QTest::newRow("sides") << "geo10/col/n5k2mir/sides/count/s1"
                               << "colouringShape";
        QTest::newRow("star") << "geo3/star/n8k2/points/build-all/s1"
                              << "starFigureShape";
        QTest::newRow("lines") << "geo1/chord/n5seg/points/build-all/s1"
                               << "chordsShape";
        QTest::newRow("triangles") << "geo1/chord/n5tri/points/build-all/s1"
                                   << "chordsShape";
        QTest::newRow("diagonals") << "geo4/chord/n6diag/points/find-missing/s1"
                                   << "chordsShape";
        QTest::newRow("mirror picture") << "geo5/sym/w3h2v/cells/build-all/s1"
                                        << "symmetryFigureShape";
        QTest::newRow("bar") << "geo8/bar/l5p2/rods2/build-all/s1"
                             << "barShape";
        QTest::newRow("path") << "geo7/path/a2b2/arrows/build-all/s1"
                              << "";
    }

    void factoryPicksByStructure()
    {
        QFETCH(QString, id);
        QFETCH(QString, shape);
        const Exercise *e = exercise(id);
        QVERIFY2(e, qPrintable(id));
        QWidget parent;
        RowShapeView *view = makeGeometryShapeView(*e, &parent);
        QCOMPARE(view ? view->objectName() : QString(), shape);
        if (view) {
            QVERIFY(!view->accessibleName().isEmpty());
            QVERIFY(view->sizeHint().width() <= 320 && view->sizeHint().height() <= 240);
        }
    }

    // A wheel row: each sector, clockwise from the top, in the colour of the token put there; an
    // empty sector pale.
    void wheelSectorsTakeTheTokensColours()
    {
        const Exercise *e = exercise(QStringLiteral("geo10/col/n6k2rot/wheel/build-all/s1"));
        QVERIFY(e);
        std::unique_ptr<RowShapeView> view(makeGeometryShapeView(*e, nullptr));
        auto *wheel = qobject_cast<ColouringShapeView *>(view.get());
        QVERIFY(wheel);
        QCOMPARE(wheel->figure(), ColouringShapeView::Figure::Wheel);
        const Item row { 0, 1, 1, 0, -1, 1 };
        wheel->showRow(row);
        const QImage image = render(wheel, wheel->sizeHint(), QStringLiteral("wheel"));
        const QJsonArray elements = promptElements(*e);
        for (int i = 0; i < 6; ++i) {
            // Near the rim, in the middle of sector i: part 0 at the top, then clockwise.
            const QColor pixel = at(image, polar(wheel->centre(), wheel->radius() * 0.86, -90 + 60 * i));
            const QColor expected
                = row.at(i) < 0 ? ColouringShapeView::emptyColour() : tokenColour(elements, row.at(i));
            QVERIFY2(
                alike(pixel, expected),
                qPrintable(QStringLiteral("sector %1: %2, not %3").arg(i).arg(describe(pixel), describe(expected))));
        }
        // The empty sector is not any token's colour.
        for (int v = 0; v < 2; ++v)
            QVERIFY(!alike(ColouringShapeView::emptyColour(), tokenColour(elements, v), 30));
        // Filling it changes it.
        wheel->showRow({ 0, 1, 1, 0, 0, 1 });
        const QImage filled = render(wheel, wheel->sizeHint(), QStringLiteral("wheel-full"));
        const QPoint fifth = polar(wheel->centre(), wheel->radius() * 0.86, -90 + 60 * 4);
        QVERIFY(alike(at(filled, fifth), tokenColour(elements, 0)));
        QVERIFY(!alike(at(filled, fifth), at(image, fifth), 30));
    }

    void flowerPetalsAndPolygonSides_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<Item>("row");
        QTest::addColumn<int>("figure");
        QTest::newRow("flower") << "geo10/col/n4k2rot/flower/build-all/s1" << Item { 1, -1, 0, 1 }
                                << int(ColouringShapeView::Figure::Flower);
        QTest::newRow("sides") << "geo10/col/n5k2mir/sides/build-all/s1" << Item { 0, 1, 1, -1, 0 }
                               << int(ColouringShapeView::Figure::Sides);
        QTest::newRow("transfer to a flower")
            << "geo10/col/n3k3rot/wheel/transfer/s1" << Item { 2, 0, 1 } << int(ColouringShapeView::Figure::Flower);
    }

    void flowerPetalsAndPolygonSides()
    {
        QFETCH(QString, id);
        QFETCH(Item, row);
        QFETCH(int, figure);
        const Exercise *e = exercise(id);
        QVERIFY2(e, qPrintable(id));
        std::unique_ptr<RowShapeView> view(makeGeometryShapeView(*e, nullptr));
        auto *shape = qobject_cast<ColouringShapeView *>(view.get());
        QVERIFY(shape);
        QCOMPARE(int(shape->figure()), figure);
        shape->showRow(row);
        const QImage image
            = render(shape, shape->sizeHint(), QString::fromUtf8(QTest::currentDataTag()).replace(u' ', u'-'));
        // A transfer's row is built in the target skin's tokens.
        QJsonArray elements = promptElements(*e);
        if (e->task == QLatin1String("transfer")) {
            elements = Evaluator(m_content->engine())
                           .prompt(*e)
                           .value(QStringLiteral("target"))
                           .toObject()
                           .value(QStringLiteral("elements"))
                           .toArray();
        }
        const int n = int(row.size());
        const double r = shape->radius();
        // Inside part i: the petal near its tip, the side just inside the outline.
        const double reach
            = shape->figure() == ColouringShapeView::Figure::Sides ? r * std::cos(std::numbers::pi / n) - 4 : r * 0.86;
        for (int i = 0; i < n; ++i) {
            const QColor pixel = at(image, polar(shape->centre(), reach, -90 + 360.0 * i / n));
            const QColor expected
                = row.at(i) < 0 ? ColouringShapeView::emptyColour() : tokenColour(elements, row.at(i));
            QVERIFY2(alike(pixel, expected),
                     qPrintable(QStringLiteral("part %1: %2, not %3").arg(i).arg(describe(pixel), describe(expected))));
        }
        if (shape->figure() == ColouringShapeView::Figure::Flower) {
            // Between two petals: the background.
            QVERIFY(alike(at(image, polar(shape->centre(), r * 0.9, -90 + 180.0 / n)), Qt::white));
        } else {
            // A polygon of sides: hollow, only its sides are coloured (and the tokens' shapes).
            QVERIFY(alike(at(image, shape->centre().toPoint()), Qt::white));
        }
    }

    // The whole figure {8/3}: its eight lines, corner to corner in the row's order, closed.
    void starLoopRunsThroughItsCorners()
    {
        const Exercise *e = exercise(QStringLiteral("geo2/star/n8k3/points/draw/s1"));
        QVERIFY(e);
        StarFigureShapeView star(8, 3, promptElements(*e));
        const Item loop { 0, 3, 6, 1, 4, 7, 2, 5 };
        star.showRow(loop);
        const QImage image = render(&star, QSize(240, 240), QStringLiteral("star-8-3"));
        for (int i = 0; i < 8; ++i) {
            const int a = loop.at(i);
            const int b = loop.at((i + 1) % 8);
            QVERIFY(star.isStarLine(a, b));
            const QColor pixel = at(image, middle(star.pointAt(a), star.pointAt(b)));
            QVERIFY2(alike(pixel, StarFigureShapeView::rowColour(), 20),
                     qPrintable(QStringLiteral("line %1-%2: %3").arg(a).arg(b).arg(describe(pixel))));
        }
        // No line along the outside, none through the middle.
        QVERIFY(!alike(at(image, middle(star.pointAt(0), star.pointAt(1))), StarFigureShapeView::rowColour(), 60));
        QVERIFY(alike(at(image, star.rect().center()), Qt::white));

        // Part of it: the lines between corners chosen one after the other, not closed yet.
        star.showRow({ 0, 3, 6, -1, -1, -1, -1, 5 });
        const QImage part = render(&star, QSize(240, 240), QStringLiteral("star-8-3-part"));
        QVERIFY(alike(at(part, middle(star.pointAt(0), star.pointAt(3))), StarFigureShapeView::rowColour(), 20));
        QVERIFY(alike(at(part, middle(star.pointAt(3), star.pointAt(6))), StarFigureShapeView::rowColour(), 20));
        QVERIFY(!alike(at(part, middle(star.pointAt(5), star.pointAt(0))), StarFigureShapeView::rowColour(), 60));
        QVERIFY(!alike(at(part, middle(star.pointAt(6), star.pointAt(1))), StarFigureShapeView::rowColour(), 60));

        // A line that is not the star's shows red.
        star.showRow({ 0, 1, -1, -1, -1, -1, -1, -1 });
        const QImage wrong = render(&star, QSize(240, 240), QStringLiteral("star-8-3-wrong"));
        bool red = false;
        for (double t = 0.3; t <= 0.7; t += 0.02) {
            const QPointF on = star.pointAt(0) * (1 - t) + star.pointAt(1) * t;
            red = red || alike(at(wrong, on.toPoint()), StarFigureShapeView::wrongColour(), 30);
        }
        QVERIFY(red);
    }

    // {8/2}: two squares. The one found lies faintly behind, in another colour, the one being
    // built in front.
    void starFiguresFoundStayFaint()
    {
        const Exercise *e = exercise(QStringLiteral("geo3/star/n8k2/points/build-all/s1"));
        QVERIFY(e);
        std::unique_ptr<RowShapeView> view(makeGeometryShapeView(*e, nullptr));
        auto *star = qobject_cast<StarFigureShapeView *>(view.get());
        QVERIFY(star);
        star->showFound({ { 0, 2, 4, 6 } });
        star->showRow({ 1, 3, -1, -1 });
        const QImage image = render(star, star->sizeHint(), QStringLiteral("star-8-2-found"));
        const QColor found = at(image, middle(star->pointAt(0), star->pointAt(2)));
        QVERIFY2(found.red() > found.blue() + 60 && !alike(found, Qt::white, 30), qPrintable(describe(found)));
        // Faint: paler than the colour itself.
        QVERIFY(found.lightness() > StarFigureShapeView::foundColour(0).lightness());
        QVERIFY(alike(at(image, middle(star->pointAt(1), star->pointAt(3))), StarFigureShapeView::rowColour(), 20));
    }

    void chordsLinesAndTriangles()
    {
        const Exercise *e = exercise(QStringLiteral("geo1/chord/n5tri/points/build-all/s1"));
        QVERIFY(e);
        std::unique_ptr<RowShapeView> view(makeGeometryShapeView(*e, nullptr));
        auto *chords = qobject_cast<ChordsShapeView *>(view.get());
        QVERIFY(chords);
        // Two corners chosen: their line, no triangle yet.
        chords->showRow({ 0, 2, -1 });
        const QImage two = render(chords, chords->sizeHint(), QStringLiteral("triangle-part"));
        const QPointF centroid = (chords->pointAt(0) + chords->pointAt(2) + chords->pointAt(3)) / 3;
        QVERIFY(alike(at(two, middle(chords->pointAt(0), chords->pointAt(2))), ChordsShapeView::rowColour(), 20));
        QVERIFY(alike(at(two, centroid.toPoint()), Qt::white, 10));
        // The third: the triangle, filled.
        chords->showRow({ 0, 2, 3 });
        chords->showFound({ { 0, 1, 2 } });
        const QImage three = render(chords, chords->sizeHint(), QStringLiteral("triangle"));
        QVERIFY(alike(at(three, middle(chords->pointAt(2), chords->pointAt(3))), ChordsShapeView::rowColour(), 20));
        QVERIFY(alike(at(three, middle(chords->pointAt(3), chords->pointAt(0))), ChordsShapeView::rowColour(), 20));
        const QColor inside = at(three, centroid.toPoint());
        QVERIFY2(!alike(inside, Qt::white, 10) && inside.blue() > inside.red() + 20, qPrintable(describe(inside)));
        // The one found, faint green.
        const QColor found = at(three, middle(chords->pointAt(0), chords->pointAt(1)));
        QVERIFY2(found.green() > found.red() + 30 && found.green() > found.blue() + 30 && !alike(found, Qt::white, 30),
                 qPrintable(describe(found)));

        // A diagonal of six points: through the middle.
        const Exercise *d = exercise(QStringLiteral("geo4/chord/n6diag/points/find-missing/s1"));
        QVERIFY(d);
        std::unique_ptr<RowShapeView> diagonalView(makeGeometryShapeView(*d, nullptr));
        auto *diagonal = qobject_cast<ChordsShapeView *>(diagonalView.get());
        QVERIFY(diagonal);
        diagonal->showRow({ 1, 4 });
        const QImage line = render(diagonal, diagonal->sizeHint(), QStringLiteral("diagonal"));
        QVERIFY(alike(at(line, diagonal->rect().center()), ChordsShapeView::rowColour(), 20));
        QVERIFY(!alike(at(line, middle(diagonal->pointAt(2), diagonal->pointAt(4))), ChordsShapeView::rowColour(), 60));
    }

    void symmetryGridShowsItsMirrorLine_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("vertical");
        QTest::addColumn<bool>("horizontal");
        QTest::newRow("vertical") << "geo5/sym/w3h2v/cells/build-all/s1" << true << false;
        QTest::newRow("horizontal") << "geo5/sym/w2h3h/cells/build-all/s1" << false << true;
        QTest::newRow("both") << "geo6/sym/w3h3vh/cells/count/s1" << true << true;
        QTest::newRow("half turn") << "geo6/sym/w4h3r2/cells/count/s1" << false << false;
    }

    void symmetryGridShowsItsMirrorLine()
    {
        QFETCH(QString, id);
        QFETCH(bool, vertical);
        QFETCH(bool, horizontal);
        const Exercise *e = exercise(id);
        QVERIFY2(e, qPrintable(id));
        std::unique_ptr<RowShapeView> view(makeGeometryShapeView(*e, nullptr));
        auto *grid = qobject_cast<SymmetryFigureShapeView *>(view.get());
        QVERIFY(grid);
        const int cells = e->structure->itemLength();
        Item row(cells, -1);
        row[0] = 1; // filled
        row[1] = 0; // empty
        grid->showRow(row);
        const QImage image
            = render(grid, grid->sizeHint(), QString::fromUtf8(QTest::currentDataTag()).replace(u' ', u'-'));
        const QRectF g = grid->gridRect();
        const QColor mirror = SymmetryFigureShapeView::mirrorColour();
        // Just outside the grid, where a mirror line sticks out (a gap between dashes is 6 px:
        // one of nine pixels along it is red).
        auto redAlong = [&](QPointF from, QPointF step) {
            int red = 0;
            for (int i = 0; i < 9; ++i)
                red += alike(at(image, (from + i * step).toPoint()), mirror, 40) ? 1 : 0;
            return red > 0;
        };
        QCOMPARE(redAlong(QPointF(g.center().x(), g.top() - 10), QPointF(0, 1)), vertical);
        QCOMPARE(redAlong(QPointF(g.left() - 10, g.center().y()), QPointF(1, 0)), horizontal);
        QVERIFY(!redAlong(QPointF(g.left() + 3, g.top() - 10), QPointF(0, 1))); // not at the side
        if (!vertical && !horizontal)
            QVERIFY(alike(at(image, g.center().toPoint()), mirror, 40)); // the centre of the half turn
        // Filled, empty and still to choose look different (a quarter into the cell, off the lines).
        auto inCell = [&](int cell) {
            const QRectF r = grid->cellRect(cell);
            return at(image, (r.topLeft() + QPointF(r.width() * 0.27, r.height() * 0.27)).toPoint());
        };
        QVERIFY2(alike(inCell(0), grid->filledColour()), qPrintable(describe(inCell(0))));
        QCOMPARE(grid->filledColour(), tokenColour(promptElements(*e), 1));
        QVERIFY(alike(inCell(1), Qt::white, 6));
        QVERIFY(!alike(inCell(2), Qt::white, 6));
        QVERIFY(!alike(inCell(2), grid->filledColour(), 40));
    }

    // A bar [2, 1, 2]: one rounded piece per piece, a gap only where one piece ends, the ruler's ticks.
    void barPiecesAreWholeRods()
    {
        const Exercise *e = exercise(QStringLiteral("geo8/bar/l5p2/rods2/build-all/s1"));
        QVERIFY(e);
        std::unique_ptr<RowShapeView> view(makeGeometryShapeView(*e, nullptr));
        auto *bar = qobject_cast<BarShapeView *>(view.get());
        QVERIFY(bar);
        bar->showRow({ 1, 1, 0, 1, 1 });
        const QImage image = render(bar, bar->sizeHint(), QStringLiteral("bar"));
        const QJsonArray elements = promptElements(*e);
        const double y = bar->barRect().center().y();
        for (int cell = 0; cell < 5; ++cell) {
            const QColor expected = tokenColour(elements, cell == 2 ? 0 : 1);
            QVERIFY(alike(at(image, bar->cellRect(cell).center().toPoint()), expected));
        }
        auto boundary = [&](int cell) { return QPoint(int(std::lround(bar->cellRect(cell).left())), int(y)); };
        // Inside a piece of two, no seam; between pieces, a gap.
        QVERIFY(alike(at(image, boundary(1)), tokenColour(elements, 1)));
        QVERIFY(alike(at(image, boundary(4)), tokenColour(elements, 1)));
        QVERIFY(alike(at(image, boundary(2)), Qt::white, 20));
        QVERIFY(alike(at(image, boundary(3)), Qt::white, 20));
        // A tick under every cell boundary, none between.
        const int tickY = int(bar->barRect().bottom() + 10);
        QVERIFY(!alike(at(image, QPoint(boundary(3).x(), tickY)), Qt::white, 40));
        QVERIFY(alike(at(image, QPoint(int(bar->cellRect(3).center().x()), tickY)), Qt::white, 10));

        // Begun: a piece of two with one cell put shows its second cell pale; empty cells pale grey.
        bar->showRow({ 1, -1, -1, -1, -1 });
        const QImage begun = render(bar, bar->sizeHint(), QStringLiteral("bar-begun"));
        const QColor second = at(begun, bar->cellRect(1).center().toPoint());
        QVERIFY(!alike(second, tokenColour(elements, 1), 20) && !alike(second, BarShapeView::emptyColour(), 6));
        QVERIFY(alike(at(begun, bar->cellRect(3).center().toPoint()), BarShapeView::emptyColour()));
        QVERIFY(
            !alike(at(begun, bar->cellRect(3).center().toPoint()), at(image, bar->cellRect(3).center().toPoint()), 30));
        // Cut short by another piece: a red outline.
        bar->showRow({ 1, 0, -1, -1, -1 });
        const QImage cut = render(bar, bar->sizeHint(), QStringLiteral("bar-cut"));
        const QRectF first = bar->cellRect(0);
        bool red = false;
        for (int x = int(first.left()); x < int(first.right()); ++x)
            red = red || alike(at(cut, QPoint(x, int(first.top() + 2))), BarShapeView::brokenColour(), 40);
        QVERIFY(red);
    }

    // Transfers of four to six parts: the picture of the target figure beside the ring to build
    // adds nothing to the height of the screen.
    void pictureAddsNoHeightToTransfers_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("flower") << "geo10/col/n4k3mir/flower/transfer/s1";
        QTest::newRow("sides") << "geo10/col/n5k2mir/sides/transfer/s1";
        QTest::newRow("wheel") << "geo10/col/n6k2mir/wheel/transfer/s1";
    }

    void pictureAddsNoHeightToTransfers()
    {
        QFETCH(QString, id);
        const Exercise *e = exercise(id);
        QVERIFY2(e, qPrintable(id));
        test::TestDatabase db;
        ManualClock clock;
        test::SmallSchool school { *db.db, clock };
        NoServices services;
        DomainPage page(*findDomainView(e->domain), PageContext { *db.db, clock, school.pupil, m_content, &services });
        page.resize(1024, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.openExercise(id));
        auto *screen = qobject_cast<ExerciseScreen *>(page.screen());
        QVERIFY(screen);
        QCoreApplication::processEvents();
        const QSize without = page.size();
        screen->setShapeView(makeGeometryShapeView(*e, screen));
        QCoreApplication::processEvents();
        QVERIFY(screen->shapeView() && screen->shapeView()->isVisible());
        QCOMPARE(page.size(), without);
    }

    // On the real screen at 1024x600, as the domain view will wire it: the picture shows whole,
    // beside the row (or beside the elements counted) and fed with the row being built.
    void picturesFitTheSmallScreen_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("wheel build-all") << "geo10/col/n6k2rot/wheel/build-all/s1";
        QTest::newRow("flower find-missing") << "geo10/col/n4k2mir/flower/find-missing/s1";
        QTest::newRow("sides find-missing") << "geo10/col/n5k2rot/sides/find-missing/s1";
        QTest::newRow("sides count") << "geo10/col/n5k2rot/sides/count/s1";
        QTest::newRow("flower count") << "geo10/col/n4k3rot/flower/count/s1";
        QTest::newRow("flower predict-more") << "geo10/col/n4k2mir/flower/predict-more/s1";
        // The ring to carry stands beside the ring to make: transfers of six parts fit too.
        QTest::newRow("wheel transfer") << "geo10/col/n3k3mir/wheel/transfer/s1";
        QTest::newRow("wheel transfer of six") << "geo10/col/n6k2mir/wheel/transfer/s1";
        QTest::newRow("star build-all") << "geo3/star/n12k3/points/build-all/s1";
        QTest::newRow("star count") << "geo3/star/n12k4/points/count/s1";
        QTest::newRow("lines build-all") << "geo1/chord/n6seg/points/build-all/s1";
        QTest::newRow("triangles build-all") << "geo1/chord/n5tri/points/build-all/s1";
        QTest::newRow("diagonals find-missing") << "geo4/chord/n7diag/points/find-missing/s1";
        QTest::newRow("triangles find-missing") << "geo4/chord/n6tri/points/find-missing/s1";
        QTest::newRow("diagonals count-starting") << "geo4/chord/n9diag/points/count-starting/s1";
        QTest::newRow("diagonals predict-more") << "geo4/chord/n9diag/points/predict-more/s1";
        QTest::newRow("lines next-in-order") << "geo4/chord/n8seg/points/next-in-order/s1";
        QTest::newRow("triangles count") << "geo4/chord/n8tri/points/count/s1";
        QTest::newRow("grid build-all") << "geo5/sym/w3h2v/cells/build-all/s1";
        QTest::newRow("grid count") << "geo6/sym/w4h3vh/cells/count/s1";
        QTest::newRow("grid count-starting") << "geo6/sym/w3h2r2/cells/count-starting/s1";
        QTest::newRow("bar build-all") << "geo8/bar/l6p3/rods3/build-all/s1";
        QTest::newRow("bar find-missing") << "geo8/bar/l6p2/rods2/find-missing/s1";
        QTest::newRow("bar next-in-order") << "geo8/bar/l6p3/rods3/next-in-order/s1";
        QTest::newRow("bar predict-more") << "geo8/bar/l6p2/rods2/predict-more/s1";
        QTest::newRow("bar count") << "geo8/bar/l10p2/rods2/count/s1";
        QTest::newRow("bar count-starting") << "geo8/bar/l5p2/rods2/count-starting/s1";
        QTest::newRow("lines spot-duplicate") << "geo1/chord/n4seg/points/spot-duplicate/s1";
    }

    void picturesFitTheSmallScreen()
    {
        QFETCH(QString, id);
        const Exercise *e = exercise(id);
        QVERIFY2(e, qPrintable(id));
        test::TestDatabase db;
        ManualClock clock;
        test::SmallSchool school { *db.db, clock };
        NoServices services;
        DomainPage page(*findDomainView(e->domain), PageContext { *db.db, clock, school.pupil, m_content, &services });
        page.resize(1024, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.openExercise(id));
        auto *screen = qobject_cast<ExerciseScreen *>(page.screen());
        QVERIFY(screen);
        QCoreApplication::processEvents();
        // The lead's wiring in the geometry domain view.
        if (RowShapeView *shape = makeGeometryShapeView(*e, screen))
            screen->setShapeView(shape);
        QCoreApplication::processEvents();
        QCOMPARE(page.size(), QSize(1024, 600));
        RowShapeView *shape = screen->shapeView();
        QVERIFY(shape);
        if (screen->run()->answerKind() == ExerciseRun::AnswerKind::Choice) {
            QVERIFY(!shape->isVisible()); // nothing is built: the screen hides the picture
            return;
        }
        QVERIFY(shape->isVisible());
        const QRect where(shape->mapTo(&page, QPoint(0, 0)), shape->size());
        QVERIFY2(
            page.rect().contains(where),
            qPrintable(
                QStringLiteral("%1,%2 %3x%4").arg(where.x()).arg(where.y()).arg(where.width()).arg(where.height())));
        QVERIFY2(shape->width() >= shape->minimumSizeHint().width()
                     && shape->height() >= shape->minimumSizeHint().height(),
                 qPrintable(QStringLiteral("%1x%2").arg(shape->width()).arg(shape->height())));
        // Nothing the pupil needs is squeezed out of sight by the picture.
        for (ItemRowWidget *row : screen->givenWidgets())
            QVERIFY2(row->visibleRegion().boundingRect() == row->rect(), "a shown row is clipped");
        if (ItemRowWidget *answer = screen->answerRow()) {
            QVERIFY(answer->isVisible());
            QVERIFY(page.rect().contains(QRect(answer->mapTo(&page, QPoint(0, 0)), answer->size())));
            QVERIFY(!QRect(answer->mapTo(&page, QPoint(0, 0)), answer->size()).intersects(where));
        }
        if (const QString shots = qEnvironmentVariable("STAGES_SHOT_DIR"); !shots.isEmpty()) {
            // A row half built, for the picture.
            if (screen->answerRow()) {
                const Item first = screen->run()->allItems().value(0);
                Item half(first.size(), -1);
                for (int i = 0; i < (first.size() + 1) / 2; ++i)
                    half[i] = first.at(i);
                for (int i = 0; i < half.size(); ++i) {
                    if (half.at(i) >= 0)
                        screen->run()->placeAt(i, { half.at(i), half.at(i), -1 });
                }
                QCoreApplication::processEvents();
            }
            QVERIFY(page.grab().save(shots + QStringLiteral("/geometry-screen-")
                                     + QString::fromUtf8(QTest::currentDataTag()).replace(u' ', u'-')
                                     + QStringLiteral(".png")));
        }
    }
};

QTEST_MAIN(TestGeometryShapes)
#include "tst_geometryshapes.moc"
