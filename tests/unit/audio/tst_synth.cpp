#include "audio/soundfontlocator.h"
#include "audio/synth.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <vector>

using namespace stages;
using namespace stages::audio;

namespace {

double rmsOf(const std::vector<float> &v)
{
    double sum = 0;
    for (float s : v)
        sum += double(s) * s;
    return v.empty() ? 0 : std::sqrt(sum / double(v.size()));
}

} // namespace

class TestSynth : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        // Only the tests that play need a SoundFont; the failure and locator tests run without one.
        const QByteArray test = QTest::currentTestFunction();
        if (test != "missingSoundFontIsAClearFailure" && test != "locatorOrder" && SoundFontLocator::find().isEmpty())
            QSKIP("No SoundFont on this machine; scripts/packages.txt installs timgm6mb-soundfont.");
    }

    void playsAndStops()
    {
        auto synth = Synth::create();
        QVERIFY2(synth.ok(), qPrintable(synth.error()));
        Synth &s = **synth;
        QCOMPARE(s.sampleRate(), 48000);
        QVERIFY(s.soundFontPath().endsWith(QLatin1String(".sf2")));
        std::vector<float> buffer(2 * 4800);
        s.render(buffer.data(), 4800);
        QCOMPARE(rmsOf(buffer), 0.0);
        s.noteOn(0, 69, 110);
        s.render(buffer.data(), 4800);
        QVERIFY(rmsOf(buffer) > 0.01);
        QVERIFY(s.activeVoices() > 0);
        s.reset();
        s.render(buffer.data(), 4800);
        QCOMPARE(rmsOf(buffer), 0.0);
        QCOMPARE(s.framesRendered() % Synth::kBlockFrames, 0);
    }

    void int16Rendering()
    {
        auto synth = Synth::create();
        QVERIFY(synth.ok());
        (*synth)->setInstrument(Instrument::Piano);
        (*synth)->noteOn(0, 60, 120);
        std::vector<qint16> pcm(2 * 4800);
        (*synth)->render(pcm.data(), 4800);
        int peak = 0;
        for (qint16 v : pcm)
            peak = std::max(peak, std::abs(int(v)));
        QVERIFY(peak > 300);
        QCOMPARE((*synth)->framesRendered(), 4800);
    }

    void drumsOnChannelTen()
    {
        auto synth = Synth::create();
        QVERIFY(synth.ok());
        std::vector<float> buffer(2 * 4800);
        (*synth)->noteOn(Instruments::kDrumChannel, 38, 120);
        (*synth)->render(buffer.data(), 4800);
        QVERIFY(rmsOf(buffer) > 0.01);
    }

    void otherSampleRate()
    {
        Synth::Options o;
        o.sampleRate = 44100;
        auto synth = Synth::create(o);
        QVERIFY(synth.ok());
        QCOMPARE((*synth)->sampleRate(), 44100);
    }

    void missingSoundFontIsAClearFailure_data()
    {
        QTest::addColumn<QString>("content"); // empty: no file at all
        QTest::newRow("missing file") << QString();
        QTest::newRow("not a soundfont") << "hello, I am a text file";
        QTest::newRow("damaged RIFF") << "RIFF\x10\x00\x00\x00sfbkLIST";
    }

    void missingSoundFontIsAClearFailure()
    {
        QFETCH(QString, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bogus.sf2"));
        if (!content.isNull()) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content.toLatin1());
        }
        Synth::Options o;
        o.soundFontPath = path;
        auto synth = Synth::create(o);
        QVERIFY(!synth.ok());
        QVERIFY(synth.error().contains(path));
    }

    void locatorOrder()
    {
        QCOMPARE(SoundFontLocator::candidates(QStringLiteral("/x/y.sf2")), QStringList { QStringLiteral("/x/y.sf2") });
        QVERIFY(SoundFontLocator::find(QStringLiteral("/no/such.sf2")).isEmpty());
        qputenv("STAGES_SOUNDFONT", "/no/such/env.sf2");
        QVERIFY(SoundFontLocator::find().isEmpty());
        auto synth = Synth::create();
        QVERIFY(!synth.ok());
        QVERIFY(!synth.error().isEmpty());
        qunsetenv("STAGES_SOUNDFONT");
        QVERIFY(SoundFontLocator::candidates().contains(QStringLiteral("/usr/share/sounds/sf2/default-GM.sf2")));
    }
};

QTEST_GUILESS_MAIN(TestSynth)
#include "tst_synth.moc"
