#include "audio/audiooutput.h"
#include "audio/synth.h"
#include "exercises/music/melody.h"
#include "exercises/music/melodysound.h"

#include <QElapsedTimer>
#include <QMediaDevices>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <cstdio>
#include <cstdlib>
#include <QtEndian>

#include <cmath>
#include <functional>

using namespace stages;
using namespace stages::audio;
using namespace stages::music;

/// Plays through a real PulseAudio server into a null sink (scripts/pulse-null-sink starts a
/// private one) and records the sink's monitor with parec: the sink must receive sound while a
/// melody plays and silence before. Skips, saying why, when no PulseAudio can be started.
class TestAudioPulse : public QObject
{
    Q_OBJECT

    std::unique_ptr<Synth> m_synth;

    /// Records the null sink's monitor for as long as @p during runs; returns mono samples.
    static std::vector<float> record(const std::function<void()> &during)
    {
        QProcess parec;
        parec.start(QStringLiteral("parec"),
                    { QStringLiteral("-d"), QStringLiteral("stages_null.monitor"), QStringLiteral("--format=s16le"),
                      QStringLiteral("--rate=48000"), QStringLiteral("--channels=1"),
                      QStringLiteral("--latency-msec=20") });
        if (!parec.waitForStarted(5000))
            return {};
        QTest::qWait(500); // let the recording stream settle
        parec.readAllStandardOutput();
        QByteArray bytes;
        during();
        QTest::qWait(500); // the monitor delivers in chunks: let the last one arrive
        bytes += parec.readAllStandardOutput();
        parec.terminate();
        parec.waitForFinished(5000);
        bytes += parec.readAllStandardOutput();
        std::vector<float> samples(size_t(bytes.size() / 2));
        for (size_t i = 0; i < samples.size(); ++i)
            samples[i] = qFromLittleEndian<qint16>(bytes.constData() + 2 * i) / 32768.0f;
        return samples;
    }

    static double rms(const std::vector<float> &x)
    {
        double sum = 0;
        for (float v : x)
            sum += double(v) * v;
        return x.empty() ? 0 : std::sqrt(sum / double(x.size()));
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("parec")).isEmpty())
            QSKIP("parec (pulseaudio-utils) is not installed; cannot record the null sink.");
        QProcess script;
        script.start(qEnvironmentVariable("STAGES_SOURCE_DIR") + QStringLiteral("/scripts/pulse-null-sink"),
                     { QStringLiteral("start") });
        if (!script.waitForFinished(20000) || script.exitCode() != 0)
            QSKIP(qPrintable(QStringLiteral("No PulseAudio null sink could be started: %1")
                                 .arg(QString::fromLocal8Bit(script.readAllStandardError()).trimmed())));
        const QByteArray server = script.readAllStandardOutput().trimmed();
        // Before Qt Multimedia first looks for a server.
        qputenv("PULSE_SERVER", server);
        auto synth = Synth::create();
        if (!synth)
            QSKIP(qPrintable(synth.error()));
        m_synth = std::move(synth.value());
    }

    void sinkReceivesTheMelody()
    {
        const QList<QAudioDevice> outputs = QMediaDevices::audioOutputs();
        QVERIFY2(!outputs.isEmpty(), "the PulseAudio null sink is not listed as an output");
        AudioOutput output(*m_synth);
        const Status started = output.start(10);
        QVERIFY2(started.ok(), qPrintable(started.error()));
        QVERIFY(output.isRunning());
        QVERIFY(output.deviceDescription().contains(QLatin1String("Stages")));
        const double latency = output.actualLatencyMs();
        qInfo("device %s granted %.1f ms (asked 10 ms), format %d Hz", qPrintable(output.deviceDescription()), latency,
              output.format().sampleRate());
        QVERIFY(latency > 0);
        QVERIFY(latency <= 20.0);

        // Negative control: nothing playing, the sink hears silence.
        // A freshly idle null sink takes up to a second or two to start consuming a new stream.
        QElapsedTimer flowing;
        flowing.start();
        while (output.renderedBlocks() < 50 && flowing.elapsed() < 10000)
            QTest::qWait(20);
        QVERIFY2(output.renderedBlocks() >= 50, "the sink does not take sound from the output");
        qInfo("sound flowing after %lld ms", flowing.elapsed());

        const std::vector<float> quiet = record([] { QTest::qWait(500); });
        QVERIFY(!quiet.empty());
        qInfo("silence: %zu samples, RMS %.5f", quiet.size(), rms(quiet));
        QVERIFY(rms(quiet) < 0.001);

        const Melody melody = Melody::fromPitches(*Pitch::parseList(QStringLiteral("C5 E5 G5 C6")), 0.5);
        const Sequence sequence = MelodySound::sequence(melody, m_synth->sampleRate());
        const std::vector<float> heard = record([&] {
            output.play(sequence);
            QElapsedTimer t;
            t.start();
            while (output.isPlayingSequence() && t.elapsed() < 10000)
                QTest::qWait(20);
        });
        QVERIFY(!output.isPlayingSequence());
        qInfo("melody: %zu samples, RMS %.5f, %llu blocks rendered, %d underruns", heard.size(), rms(heard),
              output.renderedBlocks(), output.underruns());
        QVERIFY(rms(heard) > 0.002); // silence above is exactly 0

        // A key press from this (GUI) thread while the audio thread renders.
        const std::vector<float> key = record([&] {
            output.noteOn(0, 72, 120);
            QTest::qWait(400);
            output.noteOff(0, 72);
        });
        qInfo("key press: RMS %.5f", rms(key));
        QVERIFY(rms(key) > 0.002);
        output.stop();
        QVERIFY(!output.isRunning());
    }
};

// libpulse's own threads can trip an assertion (pstream.c, srb_callback) while the process tears
// down after every test has run and reported; end the process without that tear-down so ctest
// sees the tests' verdict, not the library's exit race.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    TestAudioPulse test;
    const int result = QTest::qExec(&test, argc, argv);
    std::fflush(nullptr);
    std::_Exit(result);
}
#include "tst_audio_pulse.moc"
