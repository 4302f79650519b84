// The real stagesctl: "geometry star N K --svg FILE" writes one closed polygon per separate
// figure of {N/K} (read back with QXmlStreamReader), and the geometry exercises are listed,
// solved and checked with the same JSON contract as every domain.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineF>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <numeric>

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run stagesctl(const QStringList &args)
{
    QProcess p;
    p.start(qEnvironmentVariable("STAGES_BIN_DIR") + QStringLiteral("/stagesctl"), args);
    p.waitForFinished(-1);
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
             p.readAllStandardError() };
}

// The command group's name is the domain's id.
const QString kGroup = QStringLiteral("geometry");

struct Polygon
{
    QList<QPointF> corners;
};

QList<Polygon> readPolygons(const QByteArray &svg, QString *error)
{
    QList<Polygon> polygons;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement() || xml.name() != QLatin1String("polygon"))
            continue;
        Polygon p;
        const QStringList points
            = xml.attributes().value(QLatin1String("points")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &point : points) {
            const QStringList xy = point.split(QLatin1Char(','));
            p.corners.append({ xy.value(0).toDouble(), xy.value(1).toDouble() });
        }
        polygons.append(p);
    }
    if (xml.hasError())
        *error = xml.errorString();
    return polygons;
}

} // namespace

class TestGeometryCli : public QObject
{
    Q_OBJECT

private slots:
    void starAsSvg_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("k");
        for (const auto &[n, k] : QList<QPair<int, int>> { { 5, 2 }, { 6, 2 }, { 7, 3 }, { 8, 2 }, { 8, 4 }, { 9, 3 },
                                                           { 10, 4 }, { 12, 3 }, { 12, 5 }, { 6, 1 }, { 12, 8 } })
            QTest::addRow("{%d/%d}", n, k) << n << k;
    }

    void starAsSvg()
    {
        QFETCH(int, n);
        QFETCH(int, k);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("star.svg"));
        const Run run = stagesctl({ kGroup, QStringLiteral("star"), QString::number(n), QString::number(k),
                                    QStringLiteral("--svg"), file });
        QVERIFY2(run.code == 0, run.err.constData());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString error;
        const QList<Polygon> polygons = readPolygons(f.readAll(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const int g = std::gcd(n, k);
        QCOMPARE(polygons.size(), g);
        QList<QPointF> all;
        for (const Polygon &p : polygons) {
            QCOMPARE(p.corners.size(), n / g);
            all += p.corners;
        }
        // Every point of the circle once, all at the same distance from the centre.
        QCOMPARE(all.size(), n);
        const QPointF centre(120, 120);
        for (int i = 0; i < all.size(); ++i) {
            QVERIFY(qAbs(QLineF(centre, all.at(i)).length() - 108) < 0.05);
            for (int j = i + 1; j < all.size(); ++j)
                QVERIFY(QLineF(all.at(i), all.at(j)).length() > 1);
        }
    }

    void refusesNonsense()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("x.svg"));
        QCOMPARE(stagesctl({ kGroup, QStringLiteral("star"), QStringLiteral("7"), QStringLiteral("7"),
                             QStringLiteral("--svg"), file })
                     .code,
                 1);
        QCOMPARE(stagesctl({ kGroup, QStringLiteral("star"), QStringLiteral("x"), QStringLiteral("2"),
                             QStringLiteral("--svg"), file })
                     .code,
                 1);
        QCOMPARE(stagesctl({ kGroup, QStringLiteral("star"), QStringLiteral("7"), QStringLiteral("2") }).code, 1);
        QVERIFY(!QFile::exists(file));
        QCOMPARE(stagesctl({ kGroup }).code, 2);
    }

    void exercisesListSolveCheck()
    {
        const Run list = stagesctl({ QStringLiteral("exercises"), QStringLiteral("list"), QStringLiteral("--domain"),
                                     kGroup, QStringLiteral("--json") });
        QCOMPARE(list.code, 0);
        const QJsonArray all = QJsonDocument::fromJson(list.out).array();
        QVERIFY2(all.size() >= 500, qPrintable(QString::number(all.size())));

        const QString id = QStringLiteral("geo2/star/n6k2/points/draw/s1");
        const Run solved = stagesctl({ QStringLiteral("exercises"), QStringLiteral("solve"), id });
        QCOMPARE(solved.code, 0);
        const QJsonObject solution = QJsonDocument::fromJson(solved.out).object();
        QCOMPARE(solution.value(QStringLiteral("count")).toInt(), 6);
        const QJsonArray answer = solution.value(QStringLiteral("answer")).toArray();
        QCOMPARE(answer.first().toArray(), QJsonArray({ 0, 2 })); // systematic order
        QCOMPARE(answer.last().toArray(), QJsonArray({ 3, 5 }));

        const Run right = stagesctl({ QStringLiteral("exercises"), QStringLiteral("check"), id, QStringLiteral("--answer"),
                                      QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact)) });
        QCOMPARE(right.code, 0);
        const QJsonObject verdict = QJsonDocument::fromJson(right.out).object();
        QCOMPARE(verdict.value(QStringLiteral("success")).toBool(), true);
        QCOMPARE(verdict.value(QStringLiteral("score")).toDouble(), 1.0);

        const Run wrong = stagesctl({ QStringLiteral("exercises"), QStringLiteral("check"), id, QStringLiteral("--answer"),
                                      QStringLiteral("[[0,2],[2,0],[0,1],[2,4]]") });
        const QJsonObject w = QJsonDocument::fromJson(wrong.out).object();
        QCOMPARE(w.value(QStringLiteral("success")).toBool(), false);
        QCOMPARE(w.value(QStringLiteral("duplicates")).toInt(), 1);
        QCOMPARE(w.value(QStringLiteral("invalid")).toInt(), 1);
        QCOMPARE(w.value(QStringLiteral("missing")).toInt(), 4);

        const Run stages = stagesctl({ QStringLiteral("exercises"), QStringLiteral("stages"), QStringLiteral("--domain"),
                                       kGroup });
        const QJsonArray ladders = QJsonDocument::fromJson(stages.out).array();
        QCOMPARE(ladders.size(), 1);
        QVERIFY(ladders.first().toObject().value(QStringLiteral("stages")).toArray().size() >= 8);
    }
};

QTEST_GUILESS_MAIN(TestGeometryCli)
#include "tst_geometrycli.moc"
