// PlaybackClock: which frame of a live stream is heard, from the hand-overs to the device. It
// must follow the sound, not the wall clock: when the device takes nothing for a while (a stream
// that starts late, a stalled sound server, an underrun) the heard frame waits with the sound.

#include "audio/playbackclock.h"

#include <QTest>

using namespace stages::audio;

namespace {
constexpr qint64 kMs = 1'000'000; // ns
constexpr int kRate = 48000;
constexpr qint64 kBuffer = 360; // 7.5 ms, what the PulseAudio null sink grants for 10 ms
} // namespace

class TestPlaybackClock : public QObject
{
    Q_OBJECT

private slots:
    void beforeAnythingIsHanded()
    {
        PlaybackClock clock;
        clock.reset(kRate, kBuffer, 1000);
        QCOMPARE(clock.heardFrame(0), double(1000 - kBuffer));
        QCOMPARE(clock.heardFrame(500 * kMs), double(1000 - kBuffer)); // nothing taken: no time passes
        QCOMPARE(clock.sampleRate(), kRate);
        QCOMPARE(clock.bufferFrames(), kBuffer);
    }

    void heardFrame_data()
    {
        QTest::addColumn<qint64>("handed"); // frames handed over in all
        QTest::addColumn<qint64>("atMs"); // when
        QTest::addColumn<qint64>("askedMs"); // when asked
        QTest::addColumn<double>("expected"); // frame heard
        // Right after a hand-over the buffer is full: its first frame is being heard.
        QTest::newRow("at the hand-over") << qint64(4800) << qint64(100) << qint64(100) << double(4800 - kBuffer);
        // Then the device plays on in real time...
        QTest::newRow("2 ms later") << qint64(4800) << qint64(100) << qint64(102) << double(4800 - kBuffer + 96);
        QTest::newRow("7 ms later") << qint64(4800) << qint64(100) << qint64(107) << double(4800 - kBuffer + 336);
        // ...but never past what it was given (the device ran dry or the server stalled).
        QTest::newRow("7.5 ms later") << qint64(4800) << qint64(100) << qint64(108) << 4800.0;
        QTest::newRow("a stall of 150 ms") << qint64(4800) << qint64(100) << qint64(250) << 4800.0;
    }

    void heardFrame()
    {
        QFETCH(qint64, handed);
        QFETCH(qint64, atMs);
        QFETCH(qint64, askedMs);
        QFETCH(double, expected);
        PlaybackClock clock;
        clock.reset(kRate, kBuffer);
        clock.handedOver(handed, atMs * kMs);
        QCOMPARE(clock.heardFrame(askedMs * kMs), expected);
    }

    /// A device that takes 2 ms every 2 ms, stalls for 150 ms, then goes on: the heard frame
    /// is as far behind the wall clock afterwards as the sound is (150 ms less the buffer).
    void followsTheSoundThroughAStall()
    {
        PlaybackClock clock;
        clock.reset(kRate, kBuffer);
        qint64 handed = kBuffer; // the first hand-over fills the buffer
        clock.handedOver(handed, 0);
        qint64 t = 0;
        for (; t < 1000; t += 2) {
            handed += 96;
            clock.handedOver(handed, (t + 2) * kMs);
        }
        const double beforeStall = clock.heardFrame(t * kMs);
        QCOMPARE(beforeStall, double(t * 48)); // on the wall clock while the device takes it
        const double duringStall = clock.heardFrame((t + 150) * kMs);
        QCOMPARE(duringStall, double(handed)); // only the buffer plays out
        t += 150;
        handed += kBuffer; // the device's buffer ran dry: the next hand-over fills it again
        clock.handedOver(handed, t * kMs);
        for (qint64 until = t + 500; t < until; t += 2) {
            handed += 96;
            clock.handedOver(handed, (t + 2) * kMs);
        }
        const double wallFrame = double(t * 48);
        QCOMPARE(clock.heardFrame(t * kMs), wallFrame - (150 * 48 - kBuffer));
    }

    void resetStartsOver()
    {
        PlaybackClock clock;
        clock.reset(kRate, kBuffer);
        clock.handedOver(96000, 2000 * kMs);
        clock.reset(44100, 441, 96000);
        QCOMPARE(clock.heardFrame(3000 * kMs), double(96000 - 441));
        clock.handedOver(96000 + 441, 3000 * kMs);
        QCOMPARE(clock.heardFrame(3005 * kMs), double(96000) + 220.5);
    }
};

QTEST_GUILESS_MAIN(TestPlaybackClock)
#include "tst_playbackclock.moc"
