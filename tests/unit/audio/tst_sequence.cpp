#include "audio/sequence.h"

#include <QTest>

using namespace stages::audio;

class TestSequence : public QObject
{
    Q_OBJECT

private slots:
    void framesFromBeats_data()
    {
        QTest::addColumn<double>("beat");
        QTest::addColumn<double>("bpm");
        QTest::addColumn<int>("rate");
        QTest::addColumn<qint64>("frame");
        QTest::newRow("one beat at 120") << 1.0 << 120.0 << 48000 << qint64(24000);
        QTest::newRow("half beat at 90") << 0.5 << 90.0 << 48000 << qint64(16000);
        QTest::newRow("44.1 kHz") << 3.0 << 100.0 << 44100 << qint64(79380);
        QTest::newRow("rounding") << 1.0 << 7.0 << 48000 << qint64(411429);
    }

    void framesFromBeats()
    {
        QFETCH(double, beat);
        QFETCH(double, bpm);
        QFETCH(int, rate);
        QFETCH(qint64, frame);
        QCOMPARE(Sequence(rate).beatToFrame(beat, bpm), frame);
    }

    void fromTrack()
    {
        NoteTrack t;
        t.instrument = Instrument::Piano;
        t.notes = { { 60, 0, 1, 100 }, { 60, 1, 1, 100 }, { 67, 2, 1, 100 } }; // C4 C4 G4
        const Sequence s = Sequence::fromTrack(t, 48000, 0.5);
        QCOMPARE(s.noteOnFrames(), (QList<qint64> { 0, 24000, 48000 }));
        QCOMPARE(s.events().constFirst(), (ScheduledEvent { 0, ScheduledEvent::ProgramChange, 0, 0, 0 }));
        // At frame 24000 the first C4 stops before the second one starts.
        const ScheduledEvent &off = s.events().at(2);
        const ScheduledEvent &on = s.events().at(3);
        QCOMPARE(off.frame, 24000);
        QCOMPARE(off.type, ScheduledEvent::NoteOff);
        QCOMPARE(on.type, ScheduledEvent::NoteOn);
        QCOMPARE(s.lengthFrames(), 72000 + 24000);
    }

    void drumsUseChannelTenWithoutProgram()
    {
        NoteTrack t;
        t.instrument = Instrument::Drums;
        t.notes = { { 36, 0, 1, 100 }, { 38, 1, 1, 100 } };
        const Sequence s = Sequence::fromTrack(t, 48000);
        for (const ScheduledEvent &e : s.events()) {
            QCOMPARE(e.channel, 9);
            QVERIFY(e.type != ScheduledEvent::ProgramChange);
        }
    }

    void sortedInsertAndMerge()
    {
        Sequence s(48000);
        s.addNote(500, 900, 0, 64, 90);
        s.addNote(100, 300, 0, 60, 90);
        Sequence other(48000);
        other.addMetronome(2, 120);
        s.merge(other, 50);
        qint64 last = -1;
        for (const ScheduledEvent &e : s.events()) {
            QVERIFY(e.frame >= last);
            last = e.frame;
        }
        QCOMPARE(s.noteOnFrames(), (QList<qint64> { 50, 100, 500, 24050 }));
        QVERIFY(s.lengthFrames() >= 24050);
    }
};

QTEST_GUILESS_MAIN(TestSequence)
#include "tst_sequence.moc"
