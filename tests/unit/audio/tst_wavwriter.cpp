#include "audio/wavwriter.h"
#include "audioanalysis.h"

#include <QTemporaryDir>
#include <QTest>

using namespace stages;
using namespace stages::audio;

class TestWavWriter : public QObject
{
    Q_OBJECT

private slots:
    void writesReadableFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.wav"));
        WavWriter w(44100);
        QVERIFY(w.open(path).ok());
        std::vector<float> block(2 * 100);
        for (int i = 0; i < 100; ++i) {
            block[size_t(2 * i)] = 0.5f;
            block[size_t(2 * i + 1)] = -0.25f;
        }
        QVERIFY(w.write(block.data(), 100).ok());
        const float loud[4] = { 2.0f, -2.0f, 0.0f, 0.0f }; // clipped, not wrapped
        QVERIFY(w.write(loud, 2).ok());
        QVERIFY(w.finish().ok());

        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.size(), 44 + 102 * 4);
        const test::WavData wav = test::readWav(path);
        QVERIFY(wav.ok);
        QCOMPARE(wav.sampleRate, 44100);
        QCOMPARE(wav.channels, 2);
        QCOMPARE(int(wav.mono.size()), 102);
        QVERIFY(std::abs(wav.mono[0] - 0.125f) < 1e-3f);
        QVERIFY(std::abs(wav.mono[100]) < 1e-3f); // +1 and -1 average out
    }

    void unwritablePath()
    {
        WavWriter w(48000);
        const Status s = w.open(QStringLiteral("/proc/no/such/dir/x.wav"));
        QVERIFY(!s.ok());
        QVERIFY(s.error().contains(QLatin1String("x.wav")));
    }
};

QTEST_GUILESS_MAIN(TestWavWriter)
#include "tst_wavwriter.moc"
