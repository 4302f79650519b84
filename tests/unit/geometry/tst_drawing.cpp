// The pupil's free drawing (create-drawing): strokes and stamps repeated under the mirror line
// and turning, undoable edits, JSON that the task accepts as its answer, the SVG read back with
// QXmlStreamReader, and the stored artifact.

#include "exercises/domains/domains.h"
#include "exercises/framework/evaluator.h"
#include "exercises/geometry/circlesvgwriter.h"
#include "exercises/geometry/drawing.h"
#include "exercises/geometry/drawingartifact.h"
#include "exercises/geometry/drawingsvg.h"
#include "exercises/geometry/geometryprovider.h"
#include "exercises/geometry/tasks/createdrawingtask.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLineF>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

#include <numeric>

using namespace stages;
using namespace stages::geometry;

namespace {

using Symmetry = Drawing::Symmetry;

QSet<Item> lines(const QList<Stroke> &strokes)
{
    QSet<Item> out;
    for (const Stroke &s : strokes)
        out.insert({ s.a, s.b });
    return out;
}

/// The picture's own map of a point: the mirror, or one turn.
int mapPoint(const Drawing &d, int p)
{
    if (d.symmetry() == Symmetry::Mirror)
        return (d.points() - p) % d.points();
    return (p + d.points() / d.turns()) % d.points();
}

struct SvgContent
{
    QString title;
    QList<QLineF> lines;
    QList<QList<QPointF>> polygons;
    QStringList fills;
    QStringList lineCaps;
    int dots = 0;
    QString error;
};

SvgContent readSvg(const QByteArray &svg)
{
    SvgContent c;
    QXmlStreamReader xml(svg);
    auto attr = [&xml](const char *name) { return xml.attributes().value(QLatin1String(name)).toString(); };
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("title")) {
            c.title = xml.readElementText();
        } else if (xml.name() == QLatin1String("line")) {
            c.lines.append(
                QLineF(attr("x1").toDouble(), attr("y1").toDouble(), attr("x2").toDouble(), attr("y2").toDouble()));
            c.lineCaps.append(attr("stroke-linecap"));
        } else if (xml.name() == QLatin1String("polygon")) {
            QList<QPointF> corners;
            for (const QString &point : attr("points").split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                const QStringList xy = point.split(QLatin1Char(','));
                corners.append({ xy.value(0).toDouble(), xy.value(1).toDouble() });
            }
            c.polygons.append(corners);
            c.fills.append(attr("fill"));
        } else if (xml.name() == QLatin1String("circle") && attr("r") == QLatin1String("4")) {
            ++c.dots;
        }
    }
    if (xml.hasError())
        c.error = xml.errorString();
    return c;
}

bool near(QPointF a, QPointF b)
{
    return QLineF(a, b).length() < 0.02;
}

} // namespace

class TestDrawing : public QObject
{
    Q_OBJECT

    std::shared_ptr<const ExerciseContent> m_content;

private slots:
    void initTestCase() { m_content = makeExerciseContent(ExerciseContent::Scope::Everything); }

    void images_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("symmetry");
        QTest::addColumn<int>("turns");
        for (int n = Drawing::kMinPoints; n <= Drawing::kMaxPoints; ++n) {
            QTest::addRow("n%d none", n) << n << int(Symmetry::None) << 1;
            QTest::addRow("n%d mirror", n) << n << int(Symmetry::Mirror) << 1;
            for (int t = 2; t <= n; ++t) {
                if (n % t == 0)
                    QTest::addRow("n%d turns%d", n, t) << n << int(Symmetry::Rotation) << t;
            }
        }
    }

    /// For every line: itself among its images, each image a line a < b of the circle, none
    /// twice, the set closed under the symmetry (and as small as that allows: one orbit).
    void images()
    {
        QFETCH(int, n);
        QFETCH(int, symmetry);
        QFETCH(int, turns);
        const Drawing d(n, Symmetry(symmetry), turns);
        QCOMPARE(d.points(), n);
        QCOMPARE(d.turns(), turns);
        for (int a = 0; a < n; ++a) {
            for (int b = 0; b < n; ++b) {
                const QList<Stroke> images = d.imagesOf(a, b, QStringLiteral("#aa0000"));
                if (a == b) {
                    QVERIFY(images.isEmpty());
                    continue;
                }
                QCOMPARE(images.first(), (Stroke { std::min(a, b), std::max(a, b), QStringLiteral("#AA0000") }));
                const QSet<Item> set = lines(images);
                QCOMPARE(set.size(), images.size());
                for (const Stroke &s : images) {
                    QVERIFY(s.a < s.b && s.a >= 0 && s.b < n);
                    if (d.symmetry() == Symmetry::None)
                        continue;
                    const int x = mapPoint(d, s.a);
                    const int y = mapPoint(d, s.b);
                    QVERIFY2(set.contains({ std::min(x, y), std::max(x, y) }), qPrintable(QString::number(s.a)));
                }
                // One orbit: 1 line without symmetry, 1 or 2 under the mirror, a divisor of turns.
                if (d.symmetry() == Symmetry::None)
                    QCOMPARE(images.size(), 1);
                else if (d.symmetry() == Symmetry::Mirror)
                    QVERIFY(images.size() == 1 || images.size() == 2);
                else
                    QCOMPARE(turns % images.size(), 0);
            }
        }
        QVERIFY(d.imagesOf(-1, 2).isEmpty());
        QVERIFY(d.imagesOf(0, n).isEmpty());
    }

    void imagesByHand()
    {
        const Drawing mirror(6, Symmetry::Mirror);
        QCOMPARE(lines(mirror.imagesOf(1, 2)), (QSet<Item> { { 1, 2 }, { 4, 5 } }));
        QCOMPARE(lines(mirror.imagesOf(0, 3)), (QSet<Item> { { 0, 3 } }));
        QCOMPARE(lines(mirror.imagesOf(5, 1)), (QSet<Item> { { 1, 5 } }));
        QCOMPARE(lines(mirror.imagesOf(0, 2)), (QSet<Item> { { 0, 2 }, { 0, 4 } }));
        const Drawing quarter(8, Symmetry::Rotation, 4);
        QCOMPARE(lines(quarter.imagesOf(0, 1)), (QSet<Item> { { 0, 1 }, { 2, 3 }, { 4, 5 }, { 6, 7 } }));
        QCOMPARE(lines(quarter.imagesOf(0, 4)), (QSet<Item> { { 0, 4 }, { 2, 6 } }));
        const Drawing half(6, Symmetry::Rotation, 2);
        QCOMPARE(lines(half.imagesOf(0, 3)), (QSet<Item> { { 0, 3 } }));
        // Turns that do not divide the points: a full turn point by point, as the task does.
        QCOMPARE(Drawing(6, Symmetry::Rotation, 4).turns(), 6);
        QCOMPARE(Drawing(6, Symmetry::Mirror, 3).turns(), 1);
        QCOMPARE(Drawing(40).points(), Drawing::kMaxPoints);
    }

    /// The same images as the task's check, for every create-drawing exercise and every line.
    void imagesAgreeWithTheTask()
    {
        const Evaluator evaluator(m_content->engine());
        int exercises = 0;
        for (const Exercise *e : m_content->catalogue().select(GeometryProvider::domainKey())) {
            if (e->task != QLatin1String("create-drawing"))
                continue;
            ++exercises;
            const Drawing d = Drawing::forPrompt(evaluator.prompt(*e));
            QCOMPARE(Drawing::symmetryKey(d.symmetry()), CreateDrawingTask::symmetry(*e));
            for (int a = 0; a < d.points(); ++a) {
                for (int b = a + 1; b < d.points(); ++b) {
                    const ItemList task = CreateDrawingTask::images(*e, { a, b });
                    QCOMPARE(lines(d.imagesOf(a, b)), QSet<Item>(task.cbegin(), task.cend()));
                }
            }
        }
        QVERIFY(exercises >= 10);
    }

    void addingTwiceAddsNothing()
    {
        Drawing d(8, Symmetry::Rotation, 4);
        const QList<Stroke> added = d.addStroke(0, 1, QStringLiteral("#D55E00"));
        QCOMPARE(added.size(), 4);
        QCOMPARE(d.strokes(), added);
        QVERIFY(d.addStroke(1, 0, QStringLiteral("#009E73")).isEmpty());
        QVERIFY(d.addStroke(2, 3, QStringLiteral("#009E73")).isEmpty()); // an image is the same line
        QVERIFY(d.addStroke(3, 3, {}).isEmpty());
        QCOMPARE(d.strokes().size(), 4);
        // A line crossing two already drawn adds only the missing images.
        Drawing m(6, Symmetry::Mirror);
        m.addStrokes({ { 4, 5, Drawing::defaultColour() } });
        QCOMPARE(m.addStroke(1, 2, QStringLiteral("#000000")), (QList<Stroke> { { 1, 2, QStringLiteral("#000000") } }));
        QCOMPARE(m.segments(), (ItemList { { 1, 2 }, { 4, 5 } }));
        // No colour, or not #RRGGBB: the default.
        QCOMPARE(m.addStroke(0, 3, QStringLiteral("red")).first().colour, Drawing::defaultColour());
    }

    void addThenRemoveRestores()
    {
        Drawing d(12, Symmetry::Mirror);
        d.addStroke(0, 5, QStringLiteral("#1565C0"));
        d.addShape({ { 0, 4, 8 }, QStringLiteral("#2E7D32"), {} });
        const Drawing before = d;

        const QList<Stroke> strokes = d.addStroke(1, 3, QStringLiteral("#D55E00"));
        QCOMPARE(strokes.size(), 2);
        QCOMPARE(d.removeStrokes(strokes), strokes);
        QCOMPARE(d, before);
        QCOMPARE(d.addStrokes(strokes), strokes); // redo
        QCOMPARE(lines(d.eraseStroke(11, 9)), lines(strokes)); // the eraser takes the mirror image too
        QCOMPARE(d, before);

        // Stamps: a triangle and its mirror image; a square that is its own.
        const QList<Shape> triangle = d.addShape({ { 1, 2, 5 }, QStringLiteral("#0072B2"), QStringLiteral("#FFEB3B") });
        QCOMPARE(triangle.size(), 2);
        QCOMPARE(triangle.at(1).corners, (QList<int> { 11, 10, 7 }));
        QCOMPARE(d.addShape({ { 0, 3, 6, 9 }, {}, {} }).size(), 1);
        QVERIFY(d.addShape({ { 9, 6, 3, 0 }, {}, {} }).isEmpty()); // the same square the other way round
        QVERIFY(d.addShape({ { 1, 1, 2 }, {}, {} }).isEmpty());
        QVERIFY(d.addShape({ { 1, 12 }, {}, {} }).isEmpty());
        const Drawing stamped = d;
        const int index = d.indexOfShape({ { 7, 11, 10 }, {}, {} });
        QCOMPARE(index, 2);
        // The mirror image of a stamp has its fill; setFill gives the one before, for undo.
        const std::optional<QString> previous = d.setFill(index, QStringLiteral("#e69f00"));
        QCOMPARE(previous, std::optional<QString>(QStringLiteral("#FFEB3B")));
        QCOMPARE(d.shapes().at(index).fill, QStringLiteral("#E69F00"));
        QCOMPARE(d.setFill(index, QString()), std::optional<QString>(QStringLiteral("#E69F00")));
        QCOMPARE(d.shapes().at(index).fill, QString());
        QCOMPARE(d.setFill(index, *previous), std::optional<QString>(QString()));
        QCOMPARE(d, stamped);
        QCOMPARE(d.setFill(index, QStringLiteral("blue")), std::nullopt);
        QCOMPARE(d.setFill(99, QStringLiteral("#000000")), std::nullopt);
        const std::optional<Shape> taken = d.takeShape(1);
        QVERIFY(taken);
        d.insertShape(1, *taken);
        QCOMPARE(d, stamped);
        QCOMPARE(d.takeShape(42), std::nullopt);

        d.removeShapes(d.shapes().mid(1));
        QCOMPARE(d, before);
    }

    void starPolygon_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("k");
        for (int n = 3; n <= Drawing::kMaxPoints; n += 3) {
            for (int k = 1; k < n; ++k)
                QTest::addRow("{%d/%d}", n, k) << n << k;
        }
    }

    void starPolygon()
    {
        QFETCH(int, n);
        QFETCH(int, k);
        const QList<QList<int>> figures = Drawing::starPolygon(n, k);
        const int g = std::gcd(n, k);
        QCOMPARE(figures.size(), g);
        QSet<int> corners;
        for (int j = 0; j < g; ++j) {
            QCOMPARE(figures.at(j).size(), n / g);
            QCOMPARE(figures.at(j).first(), j);
            for (int c = 0; c < figures.at(j).size(); ++c)
                QCOMPARE(figures.at(j).at((c + 1) % (n / g)), (figures.at(j).at(c) + k) % n);
            corners.unite(QSet<int>(figures.at(j).cbegin(), figures.at(j).cend()));
        }
        QCOMPARE(corners.size(), n);
        // Stamped whole, it keeps every turning of the circle: n lines (n/2 when k = n/2).
        Drawing d(n, Symmetry::Rotation, n);
        for (const QList<int> &figure : figures)
            d.addShape({ figure, {}, {} });
        QCOMPARE(d.shapes().size(), g);
        QCOMPARE(d.segments().size(), 2 * k == n ? n / 2 : n);
        QVERIFY(Drawing::starPolygon(n, n).isEmpty());
        QVERIFY(Drawing::starPolygon(2, 1).isEmpty());
    }

    void jsonRoundTrip()
    {
        Drawing d(9, Symmetry::Rotation, 3);
        d.addStroke(0, 4, QStringLiteral("#D55E00"));
        d.addShape({ { 1, 2, 8 }, QStringLiteral("#009E73"), QStringLiteral("#FFF59D") });
        d.addShapes({ { { 0, 3, 6 }, QStringLiteral("#000000"), {} } });
        const QJsonObject json = d.toJson();
        QCOMPARE(json.value(QStringLiteral("points")).toInt(), 9);
        QCOMPARE(json.value(QStringLiteral("symmetry")).toString(), QStringLiteral("rotation"));
        QCOMPARE(json.value(QStringLiteral("turns")).toInt(), 3);
        QCOMPARE(json.value(QStringLiteral("strokes")).toArray().size(), 3);
        QCOMPARE(json.value(QStringLiteral("shapes")).toArray().size(), 4);
        QCOMPARE(json.value(QStringLiteral("segments")).toArray(), itemsToJson(d.segments()));
        QCOMPARE(d.segments().size(), 3 + 9 + 3);
        QString error;
        const std::optional<Drawing> back = Drawing::fromJson(json, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, d);
        QCOMPARE(Drawing::fromJson(Drawing(5, Symmetry::Mirror).toJson()), Drawing(5, Symmetry::Mirror));

        // A bare answer: its lines become strokes in the default colour.
        const auto bare = Drawing::fromJson(
            QJsonObject { { QStringLiteral("points"), 6 },
                          { QStringLiteral("segments"), QJsonArray { QJsonArray { 2, 0 }, QJsonArray { 1, 4 } } } });
        QVERIFY(bare);
        QCOMPARE(bare->strokes(),
                 (QList<Stroke> { { 0, 2, Drawing::defaultColour() }, { 1, 4, Drawing::defaultColour() } }));
        QCOMPARE(bare->symmetry(), Symmetry::None);
    }

    void fromJsonRefuses_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("no points") << QByteArray("{'strokes': []}") << "3 to 24";
        QTest::newRow("2 points") << QByteArray("{'points': 2}") << "3 to 24";
        QTest::newRow("25 points") << QByteArray("{'points': 25}") << "3 to 24";
        QTest::newRow("points as text") << QByteArray("{'points': '6'}") << "3 to 24";
        QTest::newRow("half a point") << QByteArray("{'points': 6.5}") << "3 to 24";
        QTest::newRow("unknown symmetry") << QByteArray("{'points': 6, 'symmetry': 'spiral'}") << "spiral";
        QTest::newRow("turns not dividing")
            << QByteArray("{'points': 6, 'symmetry': 'rotation', 'turns': 4}") << "divides 6";
        QTest::newRow("a == b") << QByteArray("{'points': 6, 'strokes': [{'a': 2, 'b': 2}]}") << "Stroke 1";
        QTest::newRow("point off the circle")
            << QByteArray("{'points': 6, 'strokes': [{'a': 0, 'b': 1}, {'a': 0, 'b': 6}]}") << "Stroke 2";
        QTest::newRow("negative point") << QByteArray("{'points': 6, 'strokes': [{'a': -1, 'b': 1}]}") << "from 0 to 5";
        QTest::newRow("bad colour") << QByteArray("{'points': 6, 'strokes': [{'a': 0, 'b': 1, 'colour': 'red'}]}")
                                    << "red";
        QTest::newRow("shape corner twice")
            << QByteArray("{'points': 6, 'shapes': [{'corners': [0, 2, 0], 'stroke': '#000000'}]}") << "Shape 1";
        QTest::newRow("shape one corner") << QByteArray("{'points': 6, 'shapes': [{'corners': [3]}]}") << "Shape 1";
        QTest::newRow("shape bad fill") << QByteArray(
            "{'points': 6, 'shapes': [{'corners': [0, 2, 4], 'fill': '#12345'}]}")
                                        << "#12345";
        QTest::newRow("segments not a list") << QByteArray("{'points': 6, 'segments': 3}") << "segments";
        QTest::newRow("segment of three") << QByteArray("{'points': 6, 'segments': [[0, 1, 2]]}") << "Line 1";
        QTest::newRow("segment to itself") << QByteArray("{'points': 6, 'segments': [[0, 1], [4, 4]]}") << "Line 2";
    }

    void fromJsonRefuses()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        // Written with ' for " (moc does not read raw string literals).
        const QJsonObject object = QJsonDocument::fromJson(json.replace('\'', '"')).object();
        QVERIFY(!object.isEmpty());
        QString error;
        QCOMPARE(Drawing::fromJson(object, &error), std::nullopt);
        QVERIFY2(error.contains(message), qPrintable(error));
        QCOMPARE(Drawing::fromJson(object), std::nullopt); // no message wanted: no crash
    }

    /// A picture made on the canvas, stroke by stroke under the exercise's symmetry, is a right
    /// answer to every create-drawing exercise, given as toJson() (extra keys and all), as the
    /// artifact content, or as the bare segments; one stroke without its images breaks the rule.
    void taskAcceptsTheDrawing()
    {
        const Evaluator evaluator(m_content->engine());
        int exercises = 0;
        for (const Exercise *e : m_content->catalogue().select(GeometryProvider::domainKey())) {
            if (e->task != QLatin1String("create-drawing"))
                continue;
            ++exercises;
            const QJsonObject prompt = evaluator.prompt(*e);
            Drawing d = Drawing::forPrompt(prompt);
            QCOMPARE(d.points(), prompt.value(QStringLiteral("points")).toInt());
            const int required = prompt.value(QStringLiteral("required")).toInt();
            for (int a = 0; a < d.points() && d.segments().size() < required; ++a) {
                for (int b = a + 1; b < d.points() && d.segments().size() < required; ++b)
                    d.addStroke(a, b, QStringLiteral("#D55E00"));
            }
            QVERIFY(d.segments().size() >= required);
            for (const QJsonValue &answer : { QJsonValue(d.toJson()), QJsonValue(DrawingArtifact::content(d)),
                                              QJsonValue(itemsToJson(d.segments())) }) {
                const Evaluation r = evaluator.evaluate(*e, answer);
                QVERIFY2(r.success, qPrintable(e->id));
                QCOMPARE(r.score, 1.0);
            }
            if (d.symmetry() == Symmetry::None)
                continue;
            // The same lines drawn without the canvas's repetition: one orbit left half drawn.
            Drawing loose(d.points());
            loose.addStrokes(d.strokes());
            const QList<Stroke> orbit = d.imagesOf(0, 1);
            QVERIFY(orbit.size() > 1);
            loose.removeStrokes(orbit);
            loose.addStrokes({ orbit.first() });
            const Evaluation broken = evaluator.evaluate(*e, loose.toJson());
            QVERIFY2(!broken.success, qPrintable(e->id));
            QCOMPARE(broken.hint.kind, Hint::Kind::BreaksRule);
        }
        QVERIFY(exercises >= 10);
    }

    void svg_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("symmetry");
        QTest::addColumn<int>("turns");
        QTest::newRow("5 free") << 5 << int(Symmetry::None) << 1;
        QTest::newRow("8 mirror") << 8 << int(Symmetry::Mirror) << 1;
        QTest::newRow("12 turns 4") << 12 << int(Symmetry::Rotation) << 4;
        QTest::newRow("24 turns 6") << 24 << int(Symmetry::Rotation) << 6;
        QTest::newRow("7 turns 7") << 7 << int(Symmetry::Rotation) << 7;
    }

    void svg()
    {
        QFETCH(int, n);
        QFETCH(int, symmetry);
        QFETCH(int, turns);
        Drawing d(n, Symmetry(symmetry), turns);
        d.addStroke(0, 2, QStringLiteral("#D55E00"));
        d.addStroke(1, n / 2, QStringLiteral("#009E73"));
        d.addShape({ { 0, 1, n - 2 }, QStringLiteral("#0072B2"), QStringLiteral("#FFEB3B") });
        for (const QList<int> &figure : Drawing::starPolygon(n, 2))
            d.addShape({ figure, QStringLiteral("#CC79A7"), {} });

        const SvgContent svg = readSvg(DrawingSvg::write(d, QStringLiteral("Pia's stars")));
        QVERIFY2(svg.error.isEmpty(), qPrintable(svg.error));
        QCOMPARE(svg.title, QStringLiteral("Pia's stars"));
        QCOMPARE(svg.dots, n);
        QCOMPARE(svg.lines.size(), d.strokes().size());
        QCOMPARE(svg.polygons.size(), d.shapes().size());
        QVERIFY(svg.lineCaps.size() == svg.lines.size()
                && std::all_of(svg.lineCaps.cbegin(), svg.lineCaps.cend(),
                               [](const QString &c) { return c == QLatin1String("round"); }));
        // The same place for point i as the star polygon and the canvas: 240 square, radius 108.
        const QPointF centre(120, 120);
        auto at = [&](int i) { return CircleSvgWriter::point(i, n, centre, 108); };
        QVERIFY(near(at(0), QPointF(120, 12)));
        for (qsizetype i = 0; i < svg.lines.size(); ++i) {
            QVERIFY(near(svg.lines.at(i).p1(), at(d.strokes().at(i).a)));
            QVERIFY(near(svg.lines.at(i).p2(), at(d.strokes().at(i).b)));
        }
        for (qsizetype i = 0; i < svg.polygons.size(); ++i) {
            const Shape &shape = d.shapes().at(i);
            QCOMPARE(svg.polygons.at(i).size(), shape.corners.size());
            for (qsizetype c = 0; c < shape.corners.size(); ++c) {
                QVERIFY(qAbs(QLineF(centre, svg.polygons.at(i).at(c)).length() - 108) < 0.02);
                QVERIFY(near(svg.polygons.at(i).at(c), at(shape.corners.at(c))));
            }
            QCOMPARE(svg.fills.at(i), shape.fill.isEmpty() ? QStringLiteral("none") : shape.fill);
        }
        QVERIFY(svg.fills.contains(QStringLiteral("#FFEB3B")) && svg.fills.contains(QStringLiteral("none")));
    }

    void artifact()
    {
        Drawing d(6, Symmetry::Mirror);
        d.addStroke(1, 2, QStringLiteral("#D55E00"));
        d.addShape({ { 0, 2, 4 }, {}, QStringLiteral("#FFEB3B") });
        QCOMPARE(DrawingArtifact::artifactKind(), QStringLiteral("drawing"));
        QJsonObject content = DrawingArtifact::content(d, QStringLiteral("Mine"));
        QCOMPARE(DrawingArtifact::drawing(content), d);
        QCOMPARE(readSvg(DrawingArtifact::svg(content)).title, QStringLiteral("Mine")); // the stored picture
        QCOMPARE(DrawingArtifact::svg(content), content.value(QStringLiteral("svg")).toString().toUtf8());

        // Without a usable stored SVG the drawing is drawn again.
        for (const QJsonValue &stored : { QJsonValue(), QJsonValue(QStringLiteral("<p>not a picture</p>")),
                                          QJsonValue(QStringLiteral("<svg><unclosed></svg>")), QJsonValue(42) }) {
            if (stored.isUndefined())
                content.remove(QStringLiteral("svg"));
            else
                content.insert(QStringLiteral("svg"), stored);
            const SvgContent again = readSvg(DrawingArtifact::svg(content));
            QVERIFY(again.error.isEmpty());
            QCOMPARE(again.lines.size(), 2);
            QCOMPARE(again.polygons.size(), 1);
        }

        QString error;
        QVERIFY(
            DrawingArtifact::svg(QJsonObject { { QStringLiteral("format"), QStringLiteral("stages-melody") } }, &error)
                .isEmpty());
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDrawing)
#include "tst_drawing.moc"
