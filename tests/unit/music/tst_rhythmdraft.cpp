// RhythmDraft: a Euclidean rhythm row as the rhythm circle shows it while it is built: the beats
// (value 1) filled, the steps not chosen yet open, and the first open step where the pointer waits.

#include "exercises/music/euclideanrhythm.h"
#include "exercises/music/euclideanstructure.h"
#include "exercises/music/rhythmdraft.h"

#include <QTest>

using namespace stages;
using namespace stages::music;

using Flags = QList<bool>;

class TestRhythmDraft : public QObject
{
    Q_OBJECT

private slots:
    void from_data()
    {
        QTest::addColumn<Item>("values");
        QTest::addColumn<Flags>("beats");
        QTest::addColumn<Flags>("chosen");
        QTest::addColumn<int>("next");
        QTest::newRow("nothing yet") << Item { -1, -1, -1, -1 } << Flags { false, false, false, false }
                                     << Flags { false, false, false, false } << 0;
        QTest::newRow("half built") << Item { 1, 0, -1, -1 } << Flags { true, false, false, false }
                                    << Flags { true, true, false, false } << 2;
        QTest::newRow("a gap in the middle")
            << Item { 1, -1, 1, 0 } << Flags { true, false, true, false } << Flags { true, false, true, true } << 1;
        QTest::newRow("whole tresillo") << Item { 1, 0, 0, 1, 0, 0, 1, 0 }
                                        << Flags { true, false, false, true, false, false, true, false }
                                        << Flags(8, true) << -1;
    }

    void from()
    {
        QFETCH(Item, values);
        QFETCH(Flags, beats);
        QFETCH(Flags, chosen);
        QFETCH(int, next);
        const RhythmDraft draft = RhythmDraft::from(values);
        QCOMPARE(draft.beats, beats);
        QCOMPARE(draft.chosen, chosen);
        QCOMPARE(draft.next, next);
        QCOMPARE(draft.beatCount(), int(beats.count(true)));
    }

    // Every row of a Euclidean structure shows its rhythm's onsets on the circle.
    void structureRowsShowTheirOnsets()
    {
        const EuclideanStructure structure(3, 8);
        QVERIFY(!structure.enumerate().isEmpty());
        for (const Item &row : structure.enumerate()) {
            const RhythmDraft draft = RhythmDraft::from(row);
            QCOMPARE(draft.beatCount(), 3);
            QCOMPARE(draft.next, -1);
            QVERIFY(EuclideanRhythm(draft.beats).sameUpToRotation(structure.rhythm()));
        }
    }
};

QTEST_APPLESS_MAIN(TestRhythmDraft)
#include "tst_rhythmdraft.moc"
