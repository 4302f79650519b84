#include "audio/audiooutput.h"
#include "audio/synth.h"

#include <QElapsedTimer>
#include <QMediaDevices>
#include <QTest>

using namespace stages;
using namespace stages::audio;

/// Without any sound server the live output must fail fast with a clear message, and everything
/// else (notes, sequences, offline rendering) keeps working without a crash or a hang. The sound
/// server is made unreachable before Qt Multimedia looks for one.
class TestAudioOutputNoDevice : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("PULSE_SERVER", "unix:/nonexistent/stages-no-pulse");
        qputenv("ALSA_CONFIG_PATH", "/nonexistent/stages-no-alsa.conf");
    }

    void noDeviceIsAClearFailure()
    {
        auto synth = Synth::create();
        if (!synth)
            QSKIP(qPrintable(synth.error()));
        QVERIFY2(QMediaDevices::audioOutputs().isEmpty(),
                 "a sound device is visible although no server can be reached");
        QVERIFY(!AudioOutput::hasOutputDevice());
        AudioOutput output(**synth);
        QElapsedTimer timer;
        timer.start();
        const Status started = output.start(10);
        QVERIFY(!started.ok());
        QVERIFY(started.error().contains(QLatin1String("device")));
        QVERIFY(!output.isRunning());
        QCOMPARE(output.actualLatencyMs(), 0.0);
        QVERIFY(output.deviceDescription().isEmpty());
        // Playing into a stopped output is harmless.
        output.noteOn(0, 60, 100);
        output.noteOff(0, 60);
        Sequence seq((*synth)->sampleRate());
        seq.addNote(0, 1000, 0, 60, 100);
        output.play(seq);
        output.stopSequence();
        output.stop();
        qInfo("start() failed after %lld ms: %s", timer.elapsed(), qPrintable(started.error()));
    }

    void nullDeviceIsAClearFailure()
    {
        auto synth = Synth::create();
        if (!synth)
            QSKIP(qPrintable(synth.error()));
        AudioOutput output(**synth);
        const Status started = output.start(10, QAudioDevice());
        QVERIFY(!started.ok());
        QVERIFY(!started.error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAudioOutputNoDevice)
#include "tst_audiooutput_nodevice.moc"
