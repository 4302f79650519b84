// Geometry's drawing screens (issue 12) driven with real mouse and key events on the domain's
// page, on a real SQLite file: a star polygon drawn by clicks is checked and stored; wrong and
// missing lines are shown on the result; undo, redo and "Start again"; triangles by three taps;
// a drag makes a line; the keyboard alone draws; predict takes a number and then draws the figure.

#include "exercises/framework/evaluator.h"
#include "exercises/framework/view/numberpad.h"
#include "exercises/geometry/starpolygonstructure.h"
#include "exercises/geometry/view/drawscreen.h"
#include "exercises/geometry/view/pointscanvas.h"
#include "exercises/geometry/view/predictscreen.h"
#include "geometryfixture.h"

#include <QAbstractButton>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QUndoStack>

using namespace stages;
using namespace stages::geometry;

namespace {

using test::clickPoint;
using test::drawLine;

int countStyle(const PointsCanvas *canvas, CanvasMark::Style style)
{
    int n = 0;
    for (const CanvasMark &mark : canvas->marks())
        n += mark.style == style ? 1 : 0;
    return n;
}

} // namespace

class TestGeometryDraw : public QObject
{
    Q_OBJECT

private slots:
    void drawsAStarPolygonByClicksAndStoresTheAttempt()
    {
        test::GeometryFixture f;
        // {8/2}: two separate squares, eight lines.
        const Exercise *exercise = test::geometryExercise(QStringLiteral("draw"), QStringLiteral("/n8k2/"));
        QVERIFY(exercise);
        auto *screen = f.open<DrawScreen>(exercise);
        QVERIFY(screen);
        QVERIFY(QTest::qWaitForWindowExposed(&f.page));
        PointsCanvas *canvas = screen->canvas();
        QCOMPARE(canvas->points(), 8);
        QVERIFY(!screen->doneButton()->isEnabled());
        // The first jump shows faintly, as a picture of the words, until the first line.
        QCOMPARE(countStyle(canvas, CanvasMark::Style::Faint), 1);
        QCOMPARE(canvas->marks().first().corners, (QList<int> { 0, 2 }));
        for (int i = 0; i < 8; ++i)
            drawLine(canvas, i, (i + 2) % 8);
        QCOMPARE(screen->drawn().size(), 8);
        QCOMPARE(screen->counterLabel()->text(), QStringLiteral("Lines: 8"));
        QCOMPARE(countStyle(canvas, CanvasMark::Style::Drawn), 8);
        QCOMPARE(countStyle(canvas, CanvasMark::Style::Faint), 0);
        QTest::mouseClick(screen->doneButton(), Qt::LeftButton);
        QVERIFY(screen->showsResult());
        QCOMPARE(screen->resultTitle()->text(), QStringLiteral("Well done!"));
        QCOMPARE(countStyle(canvas, CanvasMark::Style::Right), 8);
        QCOMPARE(countStyle(canvas, CanvasMark::Style::Missing), 0);

        const auto rows = f.attempts();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().exerciseId, exercise->id);
        QVERIFY(rows.first().success);
        const QJsonArray answer = QJsonDocument::fromJson(rows.first().answer).array();
        QCOMPARE(answer.size(), 8);
        QCOMPARE(answer.first().toArray(), (QJsonArray { 0, 2 }));
    }

    void theResultShowsWrongAndMissingLines()
    {
        test::GeometryFixture f;
        auto *screen = f.open<DrawScreen>(test::geometryExercise(QStringLiteral("draw"), QStringLiteral("/n8k2/")));
        QVERIFY(screen);
        PointsCanvas *canvas = screen->canvas();
        drawLine(canvas, 0, 2);
        drawLine(canvas, 0, 3); // not a line of {8/2}
        clickPoint(canvas, 4);
        f.shot(QStringLiteral("draw"));
        clickPoint(canvas, 4);
        QTest::mouseClick(screen->doneButton(), Qt::LeftButton);
        f.shot(QStringLiteral("draw-result"));
        QVERIFY(screen->showsResult());
        QCOMPARE(countStyle(canvas, CanvasMark::Style::Right), 1);
        QCOMPARE(countStyle(canvas, CanvasMark::Style::Wrong), 1);
        QCOMPARE(countStyle(canvas, CanvasMark::Style::Missing), 7);
        QVERIFY(screen->resultCaptionLabel()->text().contains(QStringLiteral("1 of 8")));
        QVERIFY(!f.attempts().first().success);
        // The canvas is on the result page now and takes no more lines.
        drawLine(canvas, 2, 4);
        QCOMPARE(screen->drawn().size(), 2);
    }

    void undoRedoAndStartAgain()
    {
        test::GeometryFixture f;
        auto *screen = f.open<DrawScreen>(test::geometryExercise(QStringLiteral("draw"), QStringLiteral("/n8k2/")));
        QVERIFY(screen);
        PointsCanvas *canvas = screen->canvas();
        drawLine(canvas, 0, 2);
        drawLine(canvas, 2, 4);
        QCOMPARE(screen->drawn().size(), 2);
        QTest::mouseClick(screen->undoButton(), Qt::LeftButton);
        QCOMPARE(screen->drawn().size(), 1);
        QVERIFY(screen->redoButton()->isEnabled());
        QTest::mouseClick(screen->redoButton(), Qt::LeftButton);
        QCOMPARE(screen->drawn().size(), 2);
        QCOMPARE(screen->drawn().last(), (QList<int> { 2, 4 }));
        // Ctrl+Z works too.
        canvas->setFocus();
        QTest::keyClick(canvas, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(screen->drawn().size(), 1);
        QTest::keyClick(canvas, Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(screen->drawn().size(), 2);
        // Start again clears, and one Undo brings everything back.
        QTest::mouseClick(screen->findChild<QPushButton *>(QStringLiteral("clearButton")), Qt::LeftButton);
        QCOMPARE(screen->drawn().size(), 0);
        QVERIFY(!screen->doneButton()->isEnabled());
        QTest::mouseClick(screen->undoButton(), Qt::LeftButton);
        QCOMPARE(screen->drawn().size(), 2);
    }

    void aLineTwiceIsRefusedWhicheverWayRound()
    {
        test::GeometryFixture f;
        auto *screen = f.open<DrawScreen>(test::geometryExercise(QStringLiteral("draw"), QStringLiteral("/n8k2/")));
        QVERIFY(screen);
        drawLine(screen->canvas(), 0, 2);
        drawLine(screen->canvas(), 2, 0);
        QCOMPARE(screen->drawn().size(), 1);
        QVERIFY(!screen->findChild<QLabel *>(QStringLiteral("message"))->text().isEmpty());
    }

    void tappingAPointTwiceLetsItGo()
    {
        test::GeometryFixture f;
        auto *screen = f.open<DrawScreen>(test::geometryExercise(QStringLiteral("draw"), QStringLiteral("/n8k2/")));
        QVERIFY(screen);
        clickPoint(screen->canvas(), 3);
        QCOMPARE(screen->canvas()->picked(), (QList<int> { 3 }));
        clickPoint(screen->canvas(), 3);
        QVERIFY(screen->canvas()->picked().isEmpty());
        QCOMPARE(screen->drawn().size(), 0);
    }

    void aDragMakesALine()
    {
        test::GeometryFixture f;
        auto *screen = f.open<DrawScreen>(test::geometryExercise(QStringLiteral("draw"), QStringLiteral("/n8k2/")));
        QVERIFY(screen);
        PointsCanvas *canvas = screen->canvas();
        QTest::mousePress(canvas, Qt::LeftButton, {}, canvas->pointCentre(1).toPoint());
        QTest::mouseMove(canvas, ((canvas->pointCentre(1) + canvas->pointCentre(3)) / 2).toPoint());
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, canvas->pointCentre(3).toPoint());
        QCOMPARE(screen->drawn(), (QList<QList<int>> { { 1, 3 } }));
    }

    void aFingerDrawsToo()
    {
        test::GeometryFixture f;
        auto *screen = f.open<DrawScreen>(test::geometryExercise(QStringLiteral("draw"), QStringLiteral("/n8k2/")));
        QVERIFY(screen);
        PointsCanvas *canvas = screen->canvas();
        // Touches reach the canvas as the mouse events Qt makes of them: tap, tap.
        QPointingDevice *finger = QTest::createTouchDevice();
        for (int point : { 5, 7 }) {
            QTest::touchEvent(canvas->window(), finger)
                .press(0, canvas->mapTo(canvas->window(), canvas->pointCentre(point).toPoint()));
            QTest::touchEvent(canvas->window(), finger)
                .release(0, canvas->mapTo(canvas->window(), canvas->pointCentre(point).toPoint()));
        }
        QCOMPARE(screen->drawn(), (QList<QList<int>> { { 5, 7 } }));
    }

    void theKeyboardAloneDraws()
    {
        test::GeometryFixture f;
        auto *screen = f.open<DrawScreen>(test::geometryExercise(QStringLiteral("draw"), QStringLiteral("/n8k2/")));
        QVERIFY(screen);
        PointsCanvas *canvas = screen->canvas();
        canvas->setFocus(Qt::TabFocusReason);
        QCOMPARE(canvas->focusPoint(), 0);
        QTest::keyClick(canvas, Qt::Key_Space);
        QTest::keyClick(canvas, Qt::Key_Right);
        QTest::keyClick(canvas, Qt::Key_Right);
        QTest::keyClick(canvas, Qt::Key_Return);
        QCOMPARE(screen->drawn(), (QList<QList<int>> { { 0, 2 } }));
        QTest::keyClick(canvas, Qt::Key_Left);
        QTest::keyClick(canvas, Qt::Key_Space);
        QCOMPARE(canvas->picked(), (QList<int> { 1 }));
        QTest::keyClick(canvas, Qt::Key_Escape);
        QVERIFY(canvas->picked().isEmpty());
    }

    void trianglesTakeThreeTaps()
    {
        test::GeometryFixture f;
        const Exercise *exercise = test::geometryExercise(QStringLiteral("draw"), QStringLiteral("tri/"));
        QVERIFY(exercise);
        auto *screen = f.open<DrawScreen>(exercise);
        QVERIFY(screen);
        PointsCanvas *canvas = screen->canvas();
        const int n = canvas->points();
        QVERIFY(n >= 4);
        int made = 0;
        for (int a = 0; a < n; ++a)
            for (int b = a + 1; b < n; ++b)
                for (int c = b + 1; c < n; ++c) {
                    clickPoint(canvas, c);
                    clickPoint(canvas, a);
                    QCOMPARE(screen->drawn().size(), made);
                    clickPoint(canvas, b);
                    QCOMPARE(screen->drawn().size(), ++made);
                }
        QCOMPARE(screen->counterLabel()->text(), QStringLiteral("Triangles: %1").arg(made));
        QTest::mouseClick(screen->doneButton(), Qt::LeftButton);
        QCOMPARE(screen->resultTitle()->text(), QStringLiteral("Well done!"));
        QVERIFY(f.attempts().first().success);
    }

    void predictTakesANumberAndThenDrawsTheFigure_data()
    {
        QTest::addColumn<QString>("part");
        QTest::addColumn<bool>("right");
        QTest::newRow("star right") << QStringLiteral("/n12k3/") << true;
        QTest::newRow("star wrong") << QStringLiteral("/n12k3/") << false;
        QTest::newRow("chords") << QStringLiteral("seg/") << true;
    }
    void predictTakesANumberAndThenDrawsTheFigure()
    {
        QFETCH(QString, part);
        QFETCH(bool, right);
        test::GeometryFixture f;
        const Exercise *exercise = test::geometryExercise(QStringLiteral("predict"), part);
        QVERIFY(exercise);
        auto *screen = f.open<PredictScreen>(exercise);
        QVERIFY(screen);
        QVERIFY(!screen->doneButton()->isEnabled());
        const int expected = int(Evaluator(test::geometryContent()->engine()).solve(*exercise).count);
        const int typed = right ? expected : expected + 1;
        for (QChar digit : QString::number(typed))
            QTest::mouseClick(screen->numberPad()->keys().at(digit == QLatin1Char('0') ? 9 : digit.digitValue() - 1),
                              Qt::LeftButton);
        QCOMPARE(screen->number(), typed);
        // The keyboard types too: a digit more, Backspace takes it back.
        QTest::keyClick(screen, Qt::Key_7);
        QCOMPARE(screen->number(), typed * 10 + 7);
        QTest::keyClick(screen, Qt::Key_Backspace);
        QCOMPARE(screen->number(), typed);
        QTest::mouseClick(screen->doneButton(), Qt::LeftButton);
        QVERIFY(screen->showsResult());
        QCOMPARE(f.attempts().first().success, right);
        QVERIFY(screen->resultCaptionLabel()->text().contains(QString::number(expected)));
        // The figure is drawn line by line, each separate figure in its own colour.
        int total = 0;
        for (const auto &figure : screen->figures())
            total += int(figure.size());
        QTRY_COMPARE_WITH_TIMEOUT(screen->shownLines(), total, 600000);
        if (part == QLatin1String("/n12k3/") && !right)
            f.shot(QStringLiteral("predict-result"));
        QCOMPARE(screen->canvas()->marks().size(), total);
        if (const auto *star = dynamic_cast<const StarPolygonStructure *>(exercise->structure.get()))
            QCOMPARE(screen->figures().size(), star->figures());
    }
};

QTEST_MAIN(TestGeometryDraw)
#include "tst_geometrydraw.moc"
