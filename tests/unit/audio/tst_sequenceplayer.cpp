#include "audio/sequenceplayer.h"
#include "audio/synth.h"

#include <QTest>

#include <cmath>
#include <vector>

using namespace stages;
using namespace stages::audio;

namespace {

/// Renders @p total frames through a player in blocks of @p block frames (as a device would).
std::vector<float> renderInBlocks(Synth &synth, const Sequence &sequence, int total, int block)
{
    synth.reset();
    synth.alignToBlock();
    SequencePlayer player(synth);
    player.play(sequence);
    std::vector<float> out(size_t(total) * 2);
    for (int done = 0; done < total; done += block)
        player.render(out.data() + 2 * done, std::min(block, total - done));
    return out;
}

qint64 firstSound(const std::vector<float> &interleaved)
{
    for (size_t i = 0; i < interleaved.size(); ++i) {
        if (std::abs(interleaved[i]) > 1e-6f)
            return qint64(i / 2);
    }
    return -1;
}

} // namespace

/// The player applies each event at FluidSynth's block grid point nearest its frame, whatever the
/// size of the render requests, so timing does not depend on the device's buffer.
class TestSequencePlayer : public QObject
{
    Q_OBJECT

    std::unique_ptr<Synth> m_synth;
    qint64 m_attackOffset = -1; ///< frames from note-on to the first sound of the test note

private slots:
    void initTestCase()
    {
        auto synth = Synth::create();
        if (!synth)
            QSKIP(qPrintable(synth.error()));
        m_synth = std::move(synth.value());
        Sequence atZero(m_synth->sampleRate());
        atZero.addNote(0, 4800, 0, 72, 110);
        atZero.setLengthFrames(9600);
        // FluidSynth prepares a sample the first time it plays it; measure on the second playing.
        renderInBlocks(*m_synth, atZero, 9600, 512);
        m_attackOffset = firstSound(renderInBlocks(*m_synth, atZero, 9600, 512));
        QVERIFY(m_attackOffset >= 0);
        qInfo("first sound %lld frames after a note-on at frame 0", m_attackOffset);
    }

    void eventsLandOnTheGrid_data()
    {
        QTest::addColumn<int>("frame");
        QTest::addColumn<int>("block");
        QTest::addColumn<int>("expectedGridFrame");
        QTest::newRow("on grid, 512 blocks") << 640 << 512 << 640;
        QTest::newRow("on grid, odd blocks") << 640 << 441 << 640;
        QTest::newRow("rounds up") << 1000 << 512 << 1024;
        QTest::newRow("rounds down") << 1050 << 512 << 1024;
        QTest::newRow("tiny device blocks") << 1000 << 7 << 1024;
        QTest::newRow("one big block") << 3001 << 9600 << 3008;
    }

    void eventsLandOnTheGrid()
    {
        QFETCH(int, frame);
        QFETCH(int, block);
        QFETCH(int, expectedGridFrame);
        Sequence later(m_synth->sampleRate());
        later.addNote(frame, frame + 4800, 0, 72, 110);
        later.setLengthFrames(9600);
        const std::vector<float> out = renderInBlocks(*m_synth, later, 9600, block);
        QCOMPARE(firstSound(out), expectedGridFrame + m_attackOffset);
        QVERIFY(std::abs(expectedGridFrame - frame) <= Synth::kBlockFrames / 2);
    }

    /// A note on the grid sounds sample for sample like the same note at frame 0, shifted.
    void shiftedNoteIsIdentical()
    {
        Sequence atZero(m_synth->sampleRate());
        atZero.addNote(0, 2400, 0, 64, 100);
        atZero.setLengthFrames(4800);
        Sequence shifted(m_synth->sampleRate());
        shifted.addNote(1280, 1280 + 2400, 0, 64, 100);
        shifted.setLengthFrames(1280 + 4800);
        const std::vector<float> a = renderInBlocks(*m_synth, atZero, 4800, 256);
        const std::vector<float> b = renderInBlocks(*m_synth, shifted, 1280 + 4800, 333);
        for (size_t i = 0; i < 2 * 1280; ++i)
            QCOMPARE(b[i], 0.0f);
        for (size_t i = 0; i < a.size(); ++i)
            QCOMPARE(b[2 * 1280 + i], a[i]);
    }

    void delayedStartAndStop()
    {
        m_synth->reset();
        SequencePlayer player(*m_synth);
        Sequence seq(m_synth->sampleRate());
        seq.addNote(0, 2000, 0, 60, 100);
        seq.setLengthFrames(3000);
        player.play(seq, 1024);
        QVERIFY(player.isPlaying());
        std::vector<float> out(2 * 1024);
        player.render(out.data(), 1024);
        QCOMPARE(firstSound(out), -1);
        player.render(out.data(), 1024);
        QVERIFY(firstSound(out) >= 0);
        player.stop();
        QVERIFY(!player.isPlaying());
        // Rendering past the end of a sequence ends it by itself.
        player.play(seq);
        for (int i = 0; i < 4; ++i)
            player.render(out.data(), 1024);
        QVERIFY(!player.isPlaying());
        QCOMPARE(player.renderedFrames(), 6 * 1024);
    }
};

QTEST_GUILESS_MAIN(TestSequencePlayer)
#include "tst_sequenceplayer.moc"
