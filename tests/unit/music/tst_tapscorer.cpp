#include "exercises/music/tapscorer.h"

#include <QTest>

#include <cmath>

using namespace stages::music;

class TestTapScorer : public QObject
{
    Q_OBJECT

private slots:
    void onsetTimes()
    {
        const auto tresillo = *EuclideanRhythm::parse(QStringLiteral("x..x..x."));
        // 120 BPM, 2 steps a beat: a step is 250 ms.
        const QList<double> t = TapScorer::onsetTimesMs(tresillo, 120, 2, 2, 100);
        QCOMPARE(t, (QList<double> { 100, 850, 1600, 2100, 2850, 3600 }));
    }

    void score_data()
    {
        QTest::addColumn<QList<double>>("taps");
        QTest::addColumn<double>("tolerance");
        QTest::addColumn<int>("hits");
        QTest::addColumn<int>("late");
        QTest::addColumn<int>("misses");
        QTest::addColumn<int>("extras");
        QTest::addColumn<double>("meanAbs");
        QTest::addColumn<bool>("success");
        // Expected onsets: 0, 750, 1500, 2000 ms (tresillo at 120 BPM, then the next downbeat).
        QTest::newRow("perfect") << QList<double> { 0, 750, 1500, 2000 } << 50.0 << 4 << 0 << 0 << 0 << 0.0 << true;
        QTest::newRow("small errors") << QList<double> { 10, 740, 1530, 1980 } << 50.0 << 4 << 0 << 0 << 0 << 17.5
                                      << true;
        QTest::newRow("one too late") << QList<double> { 10, 740, 1600, 1980 } << 50.0 << 3 << 1 << 0 << 0 << 35.0
                                      << false;
        QTest::newRow("same taps, looser")
            << QList<double> { 10, 740, 1600, 1980 } << 150.0 << 4 << 0 << 0 << 0 << 35.0 << true;
        QTest::newRow("missed one") << QList<double> { 0, 1500, 2000 } << 50.0 << 3 << 0 << 1 << 0 << 0.0 << false;
        QTest::newRow("double tap") << QList<double> { 0, 5, 750, 1500, 2000 } << 50.0 << 4 << 0 << 0 << 1 << 0.0
                                    << false;
        QTest::newRow("no taps") << QList<double> {} << 50.0 << 0 << 0 << 4 << 0 << 0.0 << false;
        QTest::newRow("unsorted input") << QList<double> { 2000, 0, 1500, 750 } << 50.0 << 4 << 0 << 0 << 0 << 0.0
                                        << true;
        QTest::newRow("tap between onsets")
            << QList<double> { 0, 750, 1100, 2000 } << 50.0 << 3 << 0 << 1 << 1 << 0.0 << false;
        QTest::newRow("far early tap counts as late")
            << QList<double> { 0, 750, 1250, 2000 } << 50.0 << 3 << 1 << 0 << 0 << 62.5 << false;
    }

    void score()
    {
        QFETCH(QList<double>, taps);
        QFETCH(double, tolerance);
        QFETCH(int, hits);
        QFETCH(int, late);
        QFETCH(int, misses);
        QFETCH(int, extras);
        QFETCH(double, meanAbs);
        QFETCH(bool, success);
        const QList<double> expected { 0, 750, 1500, 2000 };
        const TapEvaluation ev = TapScorer(tolerance).score(expected, taps);
        QCOMPARE(ev.expected, 4);
        QCOMPARE(ev.hits, hits);
        QCOMPARE(ev.late, late);
        QCOMPARE(ev.misses, misses);
        QCOMPARE(ev.extras, extras);
        QCOMPARE(ev.meanAbsErrorMs, meanAbs);
        QCOMPARE(ev.success, success);
        QCOMPARE(ev.errorsMs.size(), 4);
        QCOMPARE(ev.score, double(hits) / (4 + extras));
    }

    void signedErrors()
    {
        const TapEvaluation ev = TapScorer(100).score({ 0, 500, 1000 }, { -20, 530 });
        QCOMPARE(ev.errorsMs.at(0), -20.0);
        QCOMPARE(ev.errorsMs.at(1), 30.0);
        QVERIFY(std::isnan(ev.errorsMs.at(2)));
        QCOMPARE(ev.maxAbsErrorMs, 30.0);
    }

    void toleranceTightensByStage()
    {
        double previous = 1e9;
        for (int stage = 1; stage <= 8; ++stage) {
            const double t = TapScorer::toleranceForStage(stage);
            QVERIFY(t < previous);
            previous = t;
        }
        QCOMPARE(TapScorer::toleranceForStage(1), 150.0);
        QCOMPARE(TapScorer::toleranceForStage(8), 40.0);
        QCOMPARE(TapScorer::toleranceForStage(99), 40.0);
        QCOMPARE(TapScorer::toleranceForStage(0), 150.0);
    }
};

QTEST_GUILESS_MAIN(TestTapScorer)
#include "tst_tapscorer.moc"
