#pragma once

#include "audio/sequence.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>

namespace stages::audio {

class Synth;

/// Renders a whole Sequence with the same engine as live playback, without any audio device:
/// to memory (for analysis) or to a 16-bit stereo WAV file. The synth is reset and aligned to its
/// block grid first, so earlier notes do not leak in and the same sequence gives the same samples.
class OfflineRenderer
{
    Q_DECLARE_TR_FUNCTIONS(stages::audio::OfflineRenderer)

public:
    static constexpr int kBlockFrames = 512;
    /// The longest sequence rendered at once (ten minutes); longer requests fail at once.
    static constexpr int kMaxSeconds = 600;

    /// Interleaved stereo samples, sequence.lengthFrames() frames.
    static Result<QList<float>> render(Synth &synth, const Sequence &sequence);
    static Status renderToWav(Synth &synth, const Sequence &sequence, const QString &path);
};

} // namespace stages::audio
