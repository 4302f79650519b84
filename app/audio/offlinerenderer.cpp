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
    // A request far beyond any pupil's melody (a pasted book of notes, a typo in the tempo) would
    // keep the machine busy for minutes and fill the disk: refuse it before any work.
    const qint64 limit = qint64(OfflineRenderer::kMaxSeconds) * sequence.sampleRate();
    if (sequence.lengthFrames() > limit)
        return Status::failure(OfflineRenderer::tr("That is %1 minutes of sound; Stages renders at most %2 minutes at a "
                                                   "time. Use fewer notes or a faster tempo.")
                                   .arg(double(sequence.lengthFrames()) / sequence.sampleRate() / 60.0, 0, 'f', 1)
                                   .arg(OfflineRenderer::kMaxSeconds / 60));
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
