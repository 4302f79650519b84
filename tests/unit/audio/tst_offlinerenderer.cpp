#include "audio/offlinerenderer.h"
#include "audio/synth.h"
#include "audioanalysis.h"
#include "exercises/music/euclideanrhythm.h"
#include "exercises/music/melody.h"
#include "exercises/music/melodysound.h"

#include <QTemporaryDir>
#include <QTest>

using namespace stages;
using namespace stages::audio;
using namespace stages::music;

/// Renders melodies through the real engine and SoundFont to a WAV file, then listens to the file:
/// every note's onset must be within 10 ms of its schedule and its fundamental within 1 % of equal
/// temperament (A4 = 440 Hz). The analysis does not know the notes; it finds them.
class TestOfflineRenderer : public QObject
{
    Q_OBJECT

    std::unique_ptr<Synth> m_synth;
    QString m_synthError;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto synth = Synth::create();
        if (synth)
            m_synth = std::move(synth.value());
        else
            m_synthError = synth.error();
    }

    void init()
    {
        // The analysis check runs without a SoundFont; everything that renders needs one.
        if (!m_synth && QByteArray(QTest::currentTestFunction()) != "analysisIsAccurate")
            QSKIP(qPrintable(QStringLiteral("No SoundFont on this machine (scripts/packages.txt installs "
                                            "timgm6mb-soundfont): %1")
                                 .arg(m_synthError)));
    }

    /// The analysis itself, on synthetic notes with known onsets and pitches (a decaying harmonic
    /// tone with legato overlap): if this fails, the engine tests below mean nothing.
    void analysisIsAccurate()
    {
        const int rate = 48000;
        const QList<double> freqs { 261.6256, 329.6276, 391.9954, 110.0, 1046.5 };
        const QList<size_t> starts { 4800, 28800, 52800, 76800, 100800 };
        std::vector<float> x(130000, 0.0f);
        for (qsizetype n = 0; n < freqs.size(); ++n) {
            for (size_t i = starts[n]; i < x.size(); ++i) {
                const double t = double(i - starts[n]) / rate;
                double v = 0;
                for (int h = 1; h <= 4; ++h)
                    v += std::sin(2 * std::numbers::pi * freqs[n] * h * t) / h;
                x[i] += float(0.2 * v * std::exp(-t * 6));
            }
        }
        const std::vector<size_t> onsets = test::detectOnsets(x, rate);
        QCOMPARE(int(onsets.size()), int(freqs.size()));
        for (qsizetype n = 0; n < freqs.size(); ++n) {
            QVERIFY(std::abs(double(onsets[size_t(n)]) - double(starts[n])) <= rate / 1000.0);
            const double hz = test::estimatePitch(x, rate, starts[n] + 960, 14000);
            QVERIFY2(std::abs(hz - freqs[n]) < 0.001 * freqs[n], qPrintable(QString::number(hz)));
        }
    }

    void notesInTuneAndOnTime_data()
    {
        QTest::addColumn<QString>("instrument");
        QTest::addColumn<QString>("notes");
        QTest::addColumn<double>("tempo");
        QTest::newRow("piano C E G") << "piano"
                                     << "C4 E4 G4" << 120.0;
        QTest::newRow("piano scale") << "piano"
                                     << "C4 D4 E4 F4 G4 A4 B4 C5" << 150.0;
        QTest::newRow("piano low and high") << "piano"
                                            << "A2 E3 A3 C#5 A5" << 100.0;
        QTest::newRow("xylophone C E G") << "xylophone"
                                         << "C4 E4 G4" << 120.0;
        QTest::newRow("xylophone scale") << "xylophone"
                                         << "C5 D5 E5 F5 G5 A5 B5 C6" << 140.0;
        QTest::newRow("marimba") << "marimba"
                                 << "C4 G4 E4 C5" << 120.0;
        QTest::newRow("glockenspiel") << "glockenspiel"
                                      << "C5 E5 G5 C6" << 120.0;
    }

    void notesInTuneAndOnTime()
    {
        QFETCH(QString, instrument);
        QFETCH(QString, notes);
        QFETCH(double, tempo);
        const QList<Pitch> pitches = *Pitch::parseList(notes);
        Melody melody = Melody::fromPitches(pitches);
        melody.tempoBpm = tempo;
        melody.instrument = instrument;
        // Start half a beat in, so the first onset is found against silence like the others, and
        // play detached (0.6 beat) as the exercises do, so one note does not mask the next.
        for (MelodyNote &n : melody.notes) {
            n.startBeat += 0.5;
            n.beats = 0.6;
        }
        const Sequence sequence = MelodySound::sequence(melody, m_synth->sampleRate());
        const QString path = m_dir.filePath(QStringLiteral("%1.wav").arg(QString::fromLatin1(QTest::currentDataTag())));
        const Status written = OfflineRenderer::renderToWav(*m_synth, sequence, path);
        QVERIFY2(written.ok(), qPrintable(written.error()));

        const test::WavData wav = test::readWav(path);
        QVERIFY(wav.ok);
        QCOMPARE(wav.sampleRate, m_synth->sampleRate());
        QCOMPARE(qint64(wav.mono.size()), sequence.lengthFrames());
        const std::vector<size_t> onsets = test::detectOnsets(wav.mono, wav.sampleRate);
        QCOMPARE(int(onsets.size()), int(pitches.size()));

        const double beatSamples = 60.0 / tempo * wav.sampleRate;
        for (qsizetype i = 0; i < pitches.size(); ++i) {
            const double scheduled = (0.5 + double(i)) * beatSamples;
            const double errorMs = (double(onsets[size_t(i)]) - scheduled) * 1000.0 / wav.sampleRate;
            // Skip the attack (20 ms), analyse up to 300 ms or the next onset.
            const size_t begin = onsets[size_t(i)] + size_t(0.02 * wav.sampleRate);
            const size_t end = i + 1 < pitches.size() ? onsets[size_t(i + 1)] : begin + size_t(0.3 * wav.sampleRate);
            const size_t length = std::min<size_t>(end - begin, size_t(0.3 * wav.sampleRate));
            // Glockenspiel bars are inharmonic: their fundamental is the lowest strong peak.
            const double hz = instrument == QLatin1String("glockenspiel")
                ? test::lowestStrongPeak(wav.mono, wav.sampleRate, begin, length,
                                         onsets[size_t(i)] - size_t(0.042 * wav.sampleRate),
                                         size_t(0.04 * wav.sampleRate))
                : test::estimatePitch(wav.mono, wav.sampleRate, begin, length);
            const double expected = pitches.at(i).frequency();
            const double cents = 1200.0 * std::log2(hz / expected);
            qInfo("%s: onset error %+.2f ms, %.2f Hz (expected %.2f Hz, %+.1f cents)", qPrintable(pitches.at(i).name()),
                  errorMs, hz, expected, cents);
            QVERIFY2(std::abs(errorMs) <= 10.0, qPrintable(QStringLiteral("onset off by %1 ms").arg(errorMs)));
            QVERIFY2(std::abs(hz - expected) <= 0.01 * expected,
                     qPrintable(
                         QStringLiteral("%1: %2 Hz, expected %3 Hz").arg(pitches.at(i).name()).arg(hz).arg(expected)));
        }
    }

    /// A drum pattern: every hit is heard at its time (drums have no single pitch).
    void drumOnsetsOnTime()
    {
        Melody melody = Melody::fromRhythm(*EuclideanRhythm::euclid(3, 8), 38, 2, 0.5);
        melody.tempoBpm = 120;
        for (MelodyNote &n : melody.notes)
            n.startBeat += 0.5;
        const Sequence sequence = MelodySound::sequence(melody, m_synth->sampleRate());
        auto rendered = OfflineRenderer::render(*m_synth, sequence);
        QVERIFY(rendered.ok());
        const std::vector<float> mono = test::mixToMono(*rendered);
        const std::vector<size_t> onsets = test::detectOnsets(mono, m_synth->sampleRate());
        QCOMPARE(int(onsets.size()), int(melody.notes.size()));
        for (qsizetype i = 0; i < melody.notes.size(); ++i) {
            const double scheduled = melody.beatToSeconds(melody.notes.at(i).startBeat) * m_synth->sampleRate();
            const double errorMs = (double(onsets[size_t(i)]) - scheduled) * 1000.0 / m_synth->sampleRate();
            QVERIFY2(std::abs(errorMs) <= 10.0, qPrintable(QStringLiteral("hit %1 off by %2 ms").arg(i).arg(errorMs)));
        }
    }

    /// Rendering is repeatable sample for sample. FluidSynth prepares a sample the first time it is
    /// played (its first rendering differs slightly), so the comparison starts from the second.
    void sameSequenceSameSound()
    {
        const Sequence sequence = MelodySound::sequence(
            Melody::fromPitches(*Pitch::parseList(QStringLiteral("E4 D4 C4"))), m_synth->sampleRate());
        QVERIFY(OfflineRenderer::render(*m_synth, sequence).ok());
        auto a = OfflineRenderer::render(*m_synth, sequence);
        // Something else in between must not leak into the next rendering.
        QVERIFY(
            OfflineRenderer::render(*m_synth, MelodySound::sequence(Melody::fromPitches({ Pitch(50) }), 48000)).ok());
        auto b = OfflineRenderer::render(*m_synth, sequence);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a->size(), b->size());
        QVERIFY(*a == *b);
        QVERIFY(test::rms(test::mixToMono(*a)) > 0.01);
    }

    void refusesWrongSampleRate()
    {
        Sequence other(22050);
        other.addNote(0, 100, 0, 60, 100);
        QVERIFY(!OfflineRenderer::render(*m_synth, other).ok());
        QVERIFY(!OfflineRenderer::renderToWav(*m_synth, other, m_dir.filePath(QStringLiteral("x.wav"))).ok());
    }

    void unwritableWavFails()
    {
        const Sequence sequence = MelodySound::sequence(Melody::fromPitches({ Pitch(60) }), m_synth->sampleRate());
        const Status s
            = OfflineRenderer::renderToWav(*m_synth, sequence, m_dir.filePath(QStringLiteral("no/such/dir/x.wav")));
        QVERIFY(!s.ok());
        QVERIFY(!s.error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOfflineRenderer)
#include "tst_offlinerenderer.moc"
