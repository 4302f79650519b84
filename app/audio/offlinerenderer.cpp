#include "audio/offlinerenderer.h"

#include "audio/sequenceplayer.h"
#include "audio/synth.h"
#include "audio/wavwriter.h"

#include <vector>

namespace stages::audio {

namespace {

Status checkRate(const Synth &synth, const Sequence &sequence)
{
    if (synth.sampleRate() != sequence.sampleRate())
        return Status::failure(OfflineRenderer::tr("The sequence is timed for %1 Hz but the synthesizer runs at %2 Hz.")
                                   .arg(sequence.sampleRate())
                                   .arg(synth.sampleRate()));
    return {};
}

} // namespace

Result<QList<float>> OfflineRenderer::render(Synth &synth, const Sequence &sequence)
{
    if (auto s = checkRate(synth, sequence); !s)
        return Result<QList<float>>::failure(s.error());
    synth.reset();
    synth.alignToBlock();
    SequencePlayer player(synth);
    player.play(sequence);
    QList<float> out(sequence.lengthFrames() * 2, 0.0f);
    for (qint64 done = 0; done < sequence.lengthFrames(); done += kBlockFrames) {
        const int frames = int(std::min<qint64>(kBlockFrames, sequence.lengthFrames() - done));
        player.render(out.data() + 2 * done, frames);
    }
    return out;
}

Status OfflineRenderer::renderToWav(Synth &synth, const Sequence &sequence, const QString &path)
{
    if (auto s = checkRate(synth, sequence); !s)
        return s;
    WavWriter writer(synth.sampleRate());
    if (auto s = writer.open(path); !s)
        return s;
    synth.reset();
    synth.alignToBlock();
    SequencePlayer player(synth);
    player.play(sequence);
    std::vector<float> block(2 * kBlockFrames);
    for (qint64 done = 0; done < sequence.lengthFrames(); done += kBlockFrames) {
        const int frames = int(std::min<qint64>(kBlockFrames, sequence.lengthFrames() - done));
        player.render(block.data(), frames);
        if (auto s = writer.write(block.data(), frames); !s)
            return s;
    }
    return writer.finish();
}

} // namespace stages::audio
