// Geometry's free drawing (issue 12, create-drawing) driven with real mouse events on the
// domain's page, on a real SQLite file: the mirror and the turning repeat every stroke live;
// undo and redo; stamps, fill and the rubber; the finished picture is checked, stored as a
// "drawing" artifact with its SVG and a PNG thumbnail, and the teacher's view shows it and
// saves the SVG, which is read back.

#include "exercises/geometry/drawingartifact.h"
#include "exercises/geometry/view/createdrawingscreen.h"
#include "exercises/geometry/view/drawingartifactview.h"
#include "exercises/geometry/view/pointscanvas.h"
#include "geometryfixture.h"

#include <QAbstractButton>
#include <QImage>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QXmlStreamReader>

using namespace stages;
using namespace stages::geometry;

namespace {

using test::clickPoint;
using test::drawLine;

QList<QList<int>> lines(const Drawing &drawing)
{
    QList<QList<int>> out;
    for (const Stroke &s : drawing.strokes())
        out.append({ s.a, s.b });
    std::sort(out.begin(), out.end());
    return out;
}

const Exercise *createExercise(const QString &stage, int points)
{
    return test::geometryExercise(QStringLiteral("create-drawing"),
                                  QStringLiteral("%1/star/n%2k1/").arg(stage).arg(points));
}

} // namespace

class TestGeometryCreate : public QObject
{
    Q_OBJECT

private slots:
    void theMirrorRepeatsEveryStroke()
    {
        test::GeometryFixture f;
        auto *screen = f.open<CreateDrawingScreen>(createExercise(QStringLiteral("geo9-mirror"), 8));
        QVERIFY(screen);
        QVERIFY(QTest::qWaitForWindowExposed(&f.page));
        // The exercise sets the mirror: the pupil cannot switch it off.
        for (QAbstractButton *button : screen->symmetryButtons())
            QVERIFY(!button->isEnabled());
        drawLine(screen->canvas(), 1, 2);
        // Point i mirrors to point n - i: 1-2 brings 7-6 with it.
        QCOMPARE(lines(screen->drawing()), (QList<QList<int>> { { 1, 2 }, { 6, 7 } }));
        QCOMPARE(screen->canvas()->marks().size(), 2);
        QTest::mouseClick(screen->undoButton(), Qt::LeftButton);
        QVERIFY(screen->drawing().isEmpty());
        QTest::mouseClick(screen->redoButton(), Qt::LeftButton);
        QCOMPARE(screen->drawing().strokes().size(), 2);
    }

    void turningRepeatsEveryStrokeRoundTheCentre()
    {
        test::GeometryFixture f;
        auto *screen = f.open<CreateDrawingScreen>(createExercise(QStringLiteral("geo9-turn"), 8));
        QVERIFY(screen);
        QCOMPARE(screen->drawing().turns(), 4);
        drawLine(screen->canvas(), 0, 3);
        QCOMPARE(lines(screen->drawing()), (QList<QList<int>> { { 0, 3 }, { 1, 6 }, { 2, 5 }, { 4, 7 } }));
    }

    void wherePicturesAreFreeThePupilChoosesTheSymmetry()
    {
        test::GeometryFixture f;
        auto *screen = f.open<CreateDrawingScreen>(createExercise(QStringLiteral("geo9"), 12));
        QVERIFY(screen);
        drawLine(screen->canvas(), 0, 5);
        QCOMPARE(screen->drawing().strokes().size(), 1);
        QAbstractButton *mirror = screen->findChild<QAbstractButton *>(QStringLiteral("symmetry1"));
        QVERIFY(mirror && mirror->isEnabled());
        QTest::mouseClick(mirror, Qt::LeftButton);
        QCOMPARE(screen->drawing().symmetry(), Drawing::Symmetry::Mirror);
        drawLine(screen->canvas(), 1, 3);
        QCOMPARE(lines(screen->drawing()), (QList<QList<int>> { { 0, 5 }, { 1, 3 }, { 9, 11 } }));
        QTest::mouseClick(screen->findChild<QAbstractButton *>(QStringLiteral("symmetry2")), Qt::LeftButton);
        QCOMPARE(screen->drawing().symmetry(), Drawing::Symmetry::Rotation);
        QCOMPARE(screen->drawing().turns(), 3);
        // Undo keeps the symmetry chosen since.
        QTest::mouseClick(screen->undoButton(), Qt::LeftButton);
        QCOMPARE(screen->drawing().strokes().size(), 1);
        QCOMPARE(screen->drawing().symmetry(), Drawing::Symmetry::Rotation);
    }

    void stampFillAndRubber()
    {
        test::GeometryFixture f;
        auto *screen = f.open<CreateDrawingScreen>(createExercise(QStringLiteral("geo9"), 12));
        QVERIFY(screen);
        PointsCanvas *canvas = screen->canvas();
        QTest::mouseClick(screen->toolButton(CreateDrawingScreen::Tool::Triangle), Qt::LeftButton);
        clickPoint(canvas, 0);
        QCOMPARE(screen->drawing().shapes().size(), 1);
        QCOMPARE(screen->drawing().shapes().first().corners, (QList<int> { 0, 4, 8 }));
        // Fill it red: tap inside.
        QTest::mouseClick(screen->toolButton(CreateDrawingScreen::Tool::Fill), Qt::LeftButton);
        QTest::mouseClick(screen->colourButtons().at(1), Qt::LeftButton);
        QCOMPARE(screen->colour(), CreateDrawingScreen::palette().at(1));
        QTest::mouseClick(canvas, Qt::LeftButton, {}, QRectF(canvas->rect()).center().toPoint());
        QCOMPARE(screen->drawing().shapes().first().fill, CreateDrawingScreen::palette().at(1));
        QTest::keyClick(canvas, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(screen->drawing().shapes().first().fill.isEmpty());
        // A line, rubbed out by a tap on its middle.
        QTest::mouseClick(screen->toolButton(CreateDrawingScreen::Tool::Line), Qt::LeftButton);
        drawLine(canvas, 1, 2);
        QCOMPARE(screen->drawing().strokes().size(), 1);
        QTest::mouseClick(screen->toolButton(CreateDrawingScreen::Tool::Eraser), Qt::LeftButton);
        QTest::mouseClick(canvas, Qt::LeftButton, {},
                          ((canvas->pointCentre(1) + canvas->pointCentre(2)) / 2).toPoint());
        QCOMPARE(screen->drawing().strokes().size(), 0);
        QTest::mouseClick(screen->undoButton(), Qt::LeftButton);
        QCOMPARE(screen->drawing().strokes().size(), 1);
        // A star stamp through every point.
        QTest::mouseClick(screen->toolButton(CreateDrawingScreen::Tool::Star), Qt::LeftButton);
        clickPoint(canvas, 3);
        QCOMPARE(screen->drawing().shapes().size(), 2);
    }

    void theFinishedPictureIsStoredForTheTeacher()
    {
        test::GeometryFixture f;
        const Exercise *exercise = createExercise(QStringLiteral("geo9-mirror"), 8);
        auto *screen = f.open<CreateDrawingScreen>(exercise);
        QVERIFY(screen);
        PointsCanvas *canvas = screen->canvas();
        QVERIFY(!screen->doneButton()->isEnabled());
        // Four lines and their mirror images: eight, as the exercise asks.
        drawLine(canvas, 1, 2);
        drawLine(canvas, 2, 3);
        drawLine(canvas, 0, 3);
        drawLine(canvas, 1, 4);
        QCOMPARE(screen->drawing().segments().size(), 8);
        QCOMPARE(screen->counterLabel()->text(), QStringLiteral("Lines: 8 / 8"));
        // A stamp filled, and the next line on its way (its mirror image shows faintly).
        QTest::mouseClick(screen->toolButton(CreateDrawingScreen::Tool::Triangle), Qt::LeftButton);
        clickPoint(canvas, 0);
        QTest::mouseClick(screen->toolButton(CreateDrawingScreen::Tool::Fill), Qt::LeftButton);
        QTest::mouseClick(screen->colourButtons().at(3), Qt::LeftButton);
        QTest::mouseClick(canvas, Qt::LeftButton, {}, QRectF(canvas->rect()).center().toPoint());
        QTest::mouseClick(screen->toolButton(CreateDrawingScreen::Tool::Line), Qt::LeftButton);
        QTest::mouseClick(screen->colourButtons().at(1), Qt::LeftButton);
        clickPoint(canvas, 2);
        QTest::mouseMove(canvas, canvas->pointCentre(4).toPoint());
        f.shot(QStringLiteral("create-drawing"));
        clickPoint(canvas, 2);
        QTest::mouseClick(screen->doneButton(), Qt::LeftButton);
        QVERIFY(screen->showsResult());
        QCOMPARE(screen->resultTitle()->text(), QStringLiteral("Well done!"));
        f.shot(QStringLiteral("create-drawing-result"));

        const auto rows = f.attempts();
        QCOMPARE(rows.size(), 1);
        QVERIFY(rows.first().success);
        const QList<QByteArray> stored = f.artifacts(QStringLiteral("drawing"));
        QCOMPARE(stored.size(), 1);
        const QJsonObject content = QJsonDocument::fromJson(stored.first()).object();
        const auto drawing = DrawingArtifact::drawing(content);
        QVERIFY(drawing);
        QCOMPARE(lines(*drawing), lines(screen->drawing()));
        QCOMPARE(drawing->shapes().size(), 1);
        QCOMPARE(drawing->shapes().first().fill, CreateDrawingScreen::palette().at(3));
        QVERIFY(content.value(QStringLiteral("svg")).toString().contains(QStringLiteral("<svg")));
        // The thumbnail is a real picture with the lines in it.
        const QImage thumbnail = QImage::fromData(
            QByteArray::fromBase64(content.value(QStringLiteral("thumbnail")).toString().toLatin1()), "PNG");
        QCOMPARE(thumbnail.size(), QSize(160, 160));
        int blue = 0;
        for (int y = 0; y < thumbnail.height(); ++y)
            for (int x = 0; x < thumbnail.width(); ++x) {
                const QColor c = thumbnail.pixelColor(x, y);
                blue += (c.blue() > 150 && c.red() < 80) ? 1 : 0;
            }
        QVERIFY2(blue > 100, qPrintable(QString::number(blue)));

        // The teacher's view: the same picture, and its SVG saved to a file and read back.
        std::unique_ptr<QWidget> view(
            findDomainView(QStringLiteral("geometry"))
                ->createArtifactView(DrawingArtifact::artifactKind(), content, *test::geometryContent(), nullptr));
        auto *drawingView = qobject_cast<DrawingArtifactView *>(view.get());
        QVERIFY(drawingView);
        QCOMPARE(drawingView->canvas()->marks().size(), 8);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("drawing.svg"));
        QVERIFY(drawingView->saveSvg(file));
        QFile svg(file);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&svg);
        int lineElements = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("line"))
                ++lineElements;
        }
        QVERIFY(!xml.hasError());
        QCOMPARE(lineElements, 8);
    }

    void tooFewLinesIsNotYetEnough()
    {
        test::GeometryFixture f;
        auto *screen = f.open<CreateDrawingScreen>(createExercise(QStringLiteral("geo9"), 8));
        QVERIFY(screen);
        drawLine(screen->canvas(), 0, 4);
        QTest::mouseClick(screen->doneButton(), Qt::LeftButton);
        QVERIFY(screen->showsResult());
        QVERIFY(!f.attempts().first().success);
        QVERIFY(screen->resultCaptionLabel()->text().contains(QStringLiteral("8")));
        // Even an unfinished picture is kept: it is the child's.
        QCOMPARE(f.artifacts(QStringLiteral("drawing")).size(), 1);
    }
};

QTEST_MAIN(TestGeometryCreate)
#include "tst_geometrycreate.moc"
