#pragma once

#include "audio/sequence.h"

#include <QList>

namespace stages::music {

/// The notes of a Sequence as cues for the screen: one per note-on, with the frame it sounds at
/// and how long it lasts (to its note-off). due() hands out, in order and once each, the cues
/// whose frame the playback position has reached, so the instrument lights each note when the
/// player's position says it sounds, not by a separate guess. Logic only (no timers, no sound).
class SequenceCues
{
public:
    struct Cue
    {
        int index = 0; ///< 0-based number of the note in the sequence
        qint64 frame = 0; ///< when it sounds, in sequence frames
        qint64 durationFrames = 0;
        int channel = 0;
        int key = 0;
        int velocity = 0;
    };

    SequenceCues() = default;
    explicit SequenceCues(const audio::Sequence &sequence);

    const QList<Cue> &cues() const { return m_cues; }
    int sampleRate() const { return m_sampleRate; }
    /// Cues with frame <= @p position not handed out yet, in order.
    QList<Cue> due(qint64 position);
    /// Every cue has been handed out.
    bool isDone() const { return m_next >= m_cues.size(); }
    qint64 lastFrame() const { return m_cues.isEmpty() ? 0 : m_cues.constLast().frame + m_cues.constLast().durationFrames; }
    void rewind() { m_next = 0; }

    qint64 msToFrames(double ms) const { return qint64(ms * m_sampleRate / 1000.0 + 0.5); }
    int framesToMs(qint64 frames) const { return int(frames * 1000 / std::max(1, m_sampleRate)); }

private:
    QList<Cue> m_cues;
    qsizetype m_next = 0;
    int m_sampleRate = 48000;
};

} // namespace stages::music
