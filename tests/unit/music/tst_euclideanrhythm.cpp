#include "exercises/music/euclideanrhythm.h"
#include "exercises/music/traditionalrhythm.h"

#include <QSet>
#include <QTest>

using namespace stages::music;

class TestEuclideanRhythm : public QObject
{
    Q_OBJECT

private slots:
    void bjorklund_data()
    {
        QTest::addColumn<int>("k");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("pattern");
        // Bjorklund's own output (starting on an onset), as listed by Toussaint (2005).
        QTest::newRow("E(3,8)") << 3 << 8 << "x..x..x.";
        QTest::newRow("E(5,8)") << 5 << 8 << "x.xx.xx.";
        QTest::newRow("E(2,5)") << 2 << 5 << "x.x..";
        QTest::newRow("E(4,12)") << 4 << 12 << "x..x..x..x..";
        QTest::newRow("E(1,4)") << 1 << 4 << "x...";
        QTest::newRow("E(0,5)") << 0 << 5 << ".....";
        QTest::newRow("E(4,4)") << 4 << 4 << "xxxx";
        QTest::newRow("E(1,1)") << 1 << 1 << "x";
    }

    void bjorklund()
    {
        QFETCH(int, k);
        QFETCH(int, n);
        QFETCH(QString, pattern);
        auto r = EuclideanRhythm::euclid(k, n);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->toString(), pattern);
    }

    void traditionalTable_data()
    {
        QTest::addColumn<QString>("id");
        for (const auto &r : TraditionalRhythm::all())
            QTest::newRow(qPrintable(r.id)) << r.id;
    }

    /// The heart of Toussaint's paper: each named rhythm is E(k,n) up to rotation.
    void traditionalTable()
    {
        QFETCH(QString, id);
        const TraditionalRhythm t = TraditionalRhythm::find(id);
        QCOMPARE(t.id, id);
        auto written = EuclideanRhythm::parse(t.pattern);
        QVERIFY(written.ok());
        QCOMPARE(written->length(), t.steps);
        QCOMPARE(written->onsetCount(), t.onsets);
        auto generated = EuclideanRhythm::euclid(t.onsets, t.steps);
        QVERIFY(generated.ok());
        QVERIFY2(generated->sameUpToRotation(*written),
                 qPrintable(QStringLiteral("%1 vs %2").arg(generated->toString(), t.pattern)));
        QCOMPARE(generated->canonical(), written->canonical());
        QVERIFY(!t.origin.isEmpty());
    }

    void tableHasTheClassics()
    {
        QCOMPARE(TraditionalRhythm::find(QStringLiteral("tresillo")).pattern, QStringLiteral("x..x..x."));
        QCOMPARE(TraditionalRhythm::find(QStringLiteral("cinquillo")).onsets, 5);
        QVERIFY(TraditionalRhythm::all().size() >= 15);
        QSet<QString> ids;
        for (const auto &r : TraditionalRhythm::all())
            ids.insert(r.id);
        QCOMPARE(ids.size(), TraditionalRhythm::all().size());
        QVERIFY(TraditionalRhythm::find(QStringLiteral("nope")).id.isEmpty());
    }

    /// Properties that define a Euclidean rhythm, over every k, n up to 24: k onsets, the first
    /// step an onset, and the gaps between onsets take at most two neighbouring values.
    void maximallyEven()
    {
        for (int n = 1; n <= 24; ++n) {
            for (int k = 1; k <= n; ++k) {
                auto r = EuclideanRhythm::euclid(k, n);
                QVERIFY(r.ok());
                QCOMPARE(r->length(), n);
                QCOMPARE(r->onsetCount(), k);
                QVERIFY(r->steps().constFirst());
                const QList<int> gaps = r->intervals();
                const auto [lo, hi] = std::minmax_element(gaps.cbegin(), gaps.cend());
                QVERIFY2(*hi - *lo <= 1, qPrintable(QStringLiteral("E(%1,%2) = %3").arg(k).arg(n).arg(r->toString())));
                QCOMPARE(*lo, n / k);
            }
        }
    }

    void rejectsImpossible()
    {
        QVERIFY(!EuclideanRhythm::euclid(5, 3).ok());
        QVERIFY(!EuclideanRhythm::euclid(-1, 3).ok());
        QVERIFY(!EuclideanRhythm::euclid(1, 0).ok());
        QVERIFY(!EuclideanRhythm::euclid(3, 65).ok());
        QVERIFY(!EuclideanRhythm::parse(QStringLiteral("x.y")).ok());
        QVERIFY(!EuclideanRhythm::parse(QString()).ok());
    }

    void rotation()
    {
        const auto r = *EuclideanRhythm::parse(QStringLiteral("x..x..x."));
        QCOMPARE(r.rotated(1).toString(), QStringLiteral("..x..x.x"));
        QCOMPARE(r.rotated(-1).toString(), QStringLiteral(".x..x..x"));
        QVERIFY(r.sameUpToRotation(r.rotated(5)));
        QVERIFY(!r.sameUpToRotation(*EuclideanRhythm::parse(QStringLiteral("xx.x...."))));
        QVERIFY(!r.sameUpToRotation(*EuclideanRhythm::parse(QStringLiteral("x..x..x"))));
        QCOMPARE(r.intervals(), (QList<int> { 3, 3, 2 }));
        QCOMPARE(r.canonical().toString(), QStringLiteral("x.x..x.."));
    }
};

QTEST_GUILESS_MAIN(TestEuclideanRhythm)
#include "tst_euclideanrhythm.moc"
