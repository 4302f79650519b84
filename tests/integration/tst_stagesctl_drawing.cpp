// "stagesctl geometry export --artifact ID --svg FILE" on a real database: a pupil's drawing is
// stored by AttemptService as the app stores it (DrawingArtifact), then exported by the real
// stagesctl and read back with QXmlStreamReader; other work, unknown ids and broken drawings are
// refused with a clear message and no file.

#include "core/progress/attemptservice.h"
#include "exercises/geometry/circlesvgwriter.h"
#include "exercises/geometry/drawing.h"
#include "exercises/geometry/drawingartifact.h"
#include "support/stagesctlrun.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QLineF>
#include <QTest>
#include <QXmlStreamReader>

using namespace stages;
using namespace stages::geometry;
using namespace stages::test;

namespace {

struct Picture
{
    QString title;
    QList<QLineF> lines;
    QList<int> polygonCorners;
    QString error;
};

Picture readSvg(const QByteArray &svg)
{
    Picture p;
    QXmlStreamReader xml(svg);
    auto attr = [&xml](const char *name) { return xml.attributes().value(QLatin1String(name)).toDouble(); };
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("title"))
            p.title = xml.readElementText();
        else if (xml.name() == QLatin1String("line"))
            p.lines.append(QLineF(attr("x1"), attr("y1"), attr("x2"), attr("y2")));
        else if (xml.name() == QLatin1String("polygon"))
            p.polygonCorners.append(int(xml.attributes()
                                            .value(QLatin1String("points"))
                                            .toString()
                                            .split(QLatin1Char(' '), Qt::SkipEmptyParts)
                                            .size()));
    }
    if (xml.hasError())
        p.error = xml.errorString();
    return p;
}

} // namespace

class TestStagesctlDrawing : public QObject
{
    Q_OBJECT

    TestDatabase m_t;
    ManualClock m_clock;
    QString m_drawing; ///< stored as the app stores it, with its SVG
    QString m_plain; ///< the JSON alone (no stored SVG): drawn again
    QString m_broken; ///< kind "drawing", but 40 points
    QString m_melody;
    Drawing m_picture { 8, Drawing::Symmetry::Rotation, 4 };

    QString save(const Session &pupil, const QString &kind, const QJsonObject &content)
    {
        AttemptRecord a;
        a.exerciseId = QStringLiteral("geo9-turn/star/n8k1/points/create-drawing/s1");
        a.domain = QStringLiteral("geometry");
        a.stage = 9;
        a.score = 1.0;
        a.success = true;
        a.answer = content.value(QStringLiteral("segments"));
        a.artifact = AttemptRecord::Artifact { kind, QStringLiteral("My stars"), content };
        auto r = AttemptService(*m_t.db, m_clock).record(pupil, a);
        if (!r)
            qFatal("record failed: %s", qPrintable(r.error()));
        return r->artifactId;
    }

    StagesctlRun exportSvg(const QString &id, const QString &file)
    {
        return stagesctl({ QStringLiteral("--db"), m_t.path(), QStringLiteral("geometry"), QStringLiteral("export"),
                           QStringLiteral("--artifact"), id, QStringLiteral("--svg"), file });
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(qEnvironmentVariable("STAGES_BIN_DIR") + QStringLiteral("/stagesctl")));
        SmallSchool school(*m_t.db, m_clock);
        m_picture.addStroke(0, 3, QStringLiteral("#D55E00"));
        m_picture.addShape({ { 0, 1, 4 }, QStringLiteral("#0072B2"), QStringLiteral("#FFEB3B") });
        m_drawing = save(school.pupil, DrawingArtifact::artifactKind(),
                         DrawingArtifact::content(m_picture, QStringLiteral("Pia's stars")));
        m_plain = save(school.pupil, DrawingArtifact::artifactKind(), m_picture.toJson());
        QJsonObject broken = m_picture.toJson();
        broken.insert(QStringLiteral("points"), 40);
        m_broken = save(school.pupil, DrawingArtifact::artifactKind(), broken);
        m_melody = save(school.pupil, QStringLiteral("melody"),
                        { { QStringLiteral("format"), QStringLiteral("stages-melody") } });
        m_t.db.reset(); // stagesctl opens the file on its own
    }

    void exportsTheStoredPicture()
    {
        const QString file = m_t.dir.filePath(QStringLiteral("stars.svg"));
        const StagesctlRun run = exportSvg(m_drawing, file);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("Pia Pupil")) && run.out.contains(QLatin1String("14 line")),
                 qPrintable(run.out));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const Picture p = readSvg(f.readAll());
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.title, QStringLiteral("Pia's stars"));
        // 0-3 turned by two points four times; the triangle 0-1-4 likewise (14 lines in all).
        QCOMPARE(p.lines.size(), 4);
        QCOMPARE(p.polygonCorners, QList<int>({ 3, 3, 3, 3 }));
        // Point i where the canvas puts it: 240 square, radius 108, clockwise from the top.
        for (const QLineF &l : p.lines) {
            QVERIFY(qAbs(QLineF(QPointF(120, 120), l.p1()).length() - 108) < 0.02);
            QVERIFY(qAbs(QLineF(QPointF(120, 120), l.p2()).length() - 108) < 0.02);
        }
        QVERIFY(QLineF(p.lines.first().p1(), CircleSvgWriter::point(0, 8, QPointF(120, 120), 108)).length() < 0.02);
    }

    void exportsToStandardOutput()
    {
        const StagesctlRun run = exportSvg(m_plain, QStringLiteral("-"));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const Picture p = readSvg(run.out.toUtf8());
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.lines.size(), m_picture.strokes().size()); // drawn again from the JSON
        QCOMPARE(p.polygonCorners.size(), m_picture.shapes().size());
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown id") << QStringLiteral("nope") << QStringLiteral("no longer there");
        QTest::newRow("a melody") << QStringLiteral("melody") << QStringLiteral("not a drawing");
        QTest::newRow("broken drawing") << QStringLiteral("broken") << QStringLiteral("3 to 24");
    }

    void refuses()
    {
        QFETCH(QString, which);
        QFETCH(QString, message);
        const QString id = which == QLatin1String("melody") ? m_melody
            : which == QLatin1String("broken")              ? m_broken
                                                            : which;
        const QString file = m_t.dir.filePath(QStringLiteral("refused.svg"));
        const StagesctlRun run = exportSvg(id, file);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(message) && run.err.contains(id), qPrintable(run.err));
        QVERIFY(!QFile::exists(file));
    }

    void usage()
    {
        const QString file = m_t.dir.filePath(QStringLiteral("usage.svg"));
        StagesctlRun run = stagesctl({ QStringLiteral("--db"), m_t.path(), QStringLiteral("geometry"),
                                       QStringLiteral("export"), QStringLiteral("--svg"), file });
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QLatin1String("--artifact")));
        run = stagesctl({ QStringLiteral("--db"), m_t.path(), QStringLiteral("geometry"), QStringLiteral("export"),
                          QStringLiteral("--artifact"), m_drawing });
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QLatin1String("--svg")));
        // A database that is not there is not made.
        const QString missing = m_t.dir.filePath(QStringLiteral("missing/stages.sqlite"));
        run = stagesctl({ QStringLiteral("--db"), missing, QStringLiteral("geometry"), QStringLiteral("export"),
                          QStringLiteral("--artifact"), m_drawing, QStringLiteral("--svg"), file });
        QVERIFY(run.exitCode != 0);
        QVERIFY(!QFile::exists(missing) && !QFile::exists(file));
        run = stagesctl({ QStringLiteral("geometry"), QStringLiteral("--help") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("export --artifact ID --svg FILE")), qPrintable(run.out));
    }
};

QTEST_GUILESS_MAIN(TestStagesctlDrawing)
#include "tst_stagesctl_drawing.moc"
