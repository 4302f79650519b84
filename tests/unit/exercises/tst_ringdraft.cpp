// RingDraft: turning and flipping the ring the pupil is building changes the row being built
// into the turned (rotated) or flipped (mirrored) row, with one change signal; necklaces may not
// be flipped, rows that are not rings are left alone.

#include "core/clock.h"
#include "exercises/domains/domains.h"
#include "exercises/framework/session/exerciserun.h"
#include "exercises/framework/session/ringdraft.h"

#include <QSignalSpy>
#include <QTest>

using namespace stages;

class TestRingDraft : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const ExerciseContent> m_content;
    ManualClock m_clock;

    Exercise exercise(const QString &id) const
    {
        const Exercise *e = m_content->catalogue().find(id);
        if (!e)
            qFatal("no exercise %s", qPrintable(id));
        return *e;
    }

    /// Places @p values (-1: leave empty) as the screen does for clicks.
    static void place(ExerciseRun &run, const Item &values)
    {
        const auto palette = run.palette();
        for (int i = 0; i < values.size(); ++i) {
            for (const ExerciseRun::PaletteToken &t : palette) {
                if (values.at(i) >= 0 && t.value == values.at(i))
                    QVERIFY(run.placeAt(i, t));
            }
        }
    }

private slots:
    void initTestCase() { m_content = makeExerciseContent(); }

    void turn_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<Item>("start");
        QTest::addColumn<int>("k");
        QTest::newRow("necklace, one round") << "comb/neck/n4k2/colors/build-all/s1" << Item { 1, 0, 0, -1 } << 1;
        QTest::newRow("necklace, back") << "comb/neck/n4k2/colors/build-all/s1" << Item { 1, 0, -1, -1 } << -1;
        QTest::newRow("bracelet, two") << "comb/brac/n5k2/colors/build-all/s1" << Item { 1, 1, 0, -1, -1 } << 2;
        QTest::newRow("three colours") << "comb/neck/n3k3/colors/build-all/s1" << Item { 2, 0, -1 } << 1;
    }

    void turn()
    {
        QFETCH(QString, id);
        QFETCH(Item, start);
        QFETCH(int, k);
        ExerciseRun run(m_content->engine(), exercise(id), m_clock);
        place(run, start);
        QCOMPARE(run.draft(), start);
        RingDraft ring(run);
        QVERIFY(ring.isRing());
        QSignalSpy changed(&run, &ExerciseRun::draftChanged);
        QVERIFY(ring.turn(k));
        QCOMPARE(changed.count(), 1);
        // Turning by k is the rotated row: every bead k places further round.
        const int n = int(start.size());
        Item rotated(n, -1);
        for (int i = 0; i < n; ++i)
            rotated[((i + k) % n + n) % n] = start.at(i);
        QCOMPARE(run.draft(), rotated);
        QVERIFY(ring.turn(-k));
        QCOMPARE(run.draft(), start);
    }

    void flipBracelet()
    {
        ExerciseRun run(m_content->engine(), exercise(QStringLiteral("comb/brac/n5k2/colors/build-all/s1")), m_clock);
        place(run, { 1, 1, 0, 1, -1 });
        RingDraft ring(run);
        QVERIFY(ring.mayFlip());
        QVERIFY(ring.flip());
        // The reflection: the top bead stays, the others are read the other way round.
        QCOMPARE(run.draft(), (Item { 1, -1, 1, 0, 1 }));
        QVERIFY(ring.flip());
        QCOMPARE(run.draft(), (Item { 1, 1, 0, 1, -1 }));
    }

    void necklaceMayNotFlip()
    {
        ExerciseRun run(m_content->engine(), exercise(QStringLiteral("comb/neck/n4k2/colors/build-all/s1")), m_clock);
        place(run, { 1, 0, 0, -1 });
        RingDraft ring(run);
        QVERIFY(ring.isRing());
        QVERIFY(!ring.mayFlip());
        QSignalSpy changed(&run, &ExerciseRun::draftChanged);
        QVERIFY(!ring.flip());
        QCOMPARE(run.draft(), (Item { 1, 0, 0, -1 }));
        QCOMPARE(changed.count(), 0);
    }

    void emptyRingHasNothingToTurn()
    {
        ExerciseRun run(m_content->engine(), exercise(QStringLiteral("comb/neck/n4k2/colors/build-all/s1")), m_clock);
        RingDraft ring(run);
        QVERIFY(!ring.turn(1));
        QCOMPARE(run.draft(), (Item { -1, -1, -1, -1 }));
    }

    void rowsAreNotRings()
    {
        ExerciseRun run(m_content->engine(), exercise(QStringLiteral("comb/perm/n3/colors/build-all/s1")), m_clock);
        place(run, { 0, 1, -1 });
        RingDraft ring(run);
        QVERIFY(!ring.isRing());
        QVERIFY(!ring.turn(1));
        QCOMPARE(run.draft(), (Item { 0, 1, -1 }));
    }

    void turnedRowIsJudgedAsTheSame()
    {
        // A turned ring the pupil has found already is refused as a duplicate of it.
        ExerciseRun run(m_content->engine(), exercise(QStringLiteral("comb/neck/n4k2/colors/build-all/s1")), m_clock);
        place(run, { 1, 0, 0, 0 });
        QCOMPARE(run.submitDraft().verdict, ExerciseRun::RowVerdict::Accepted);
        place(run, { 1, 0, 0, 0 });
        RingDraft ring(run);
        QVERIFY(ring.turn(1));
        QCOMPARE(run.draft(), (Item { 0, 1, 0, 0 }));
        const ExerciseRun::RowResult result = run.submitDraft();
        QCOMPARE(result.verdict, ExerciseRun::RowVerdict::Duplicate);
        QCOMPARE(result.twinRow, 0);
    }
};

QTEST_GUILESS_MAIN(TestRingDraft)
#include "tst_ringdraft.moc"
