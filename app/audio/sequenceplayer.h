#pragma once

#include "audio/sequence.h"

#include <QMutex>

namespace stages::audio {

class Synth;

/// Plays a Sequence into a Synth while rendering: each render call is split at the frames of the
/// events that fall inside it, so every event sounds on its exact sample. Used by the offline
/// renderer and, behind its mutex, by the live output's audio thread while the GUI thread starts
/// and stops sequences. The Synth is not owned.
class SequencePlayer
{
public:
    explicit SequencePlayer(Synth &synth)
        : m_synth(synth)
    { }

    /// Starts @p sequence so that its frame 0 is the next frame rendered plus @p delayFrames.
    /// Returns that frame (in renderedFrames()' count).
    qint64 play(Sequence sequence, qint64 delayFrames = 0);
    /// Stops the sequence and releases its notes.
    void stop();
    bool isPlaying() const;
    /// Frames rendered since the player was made.
    qint64 renderedFrames() const;

    /// Renders @p frames interleaved stereo frames, applying due events at their frames.
    void render(float *interleaved, int frames);
    void render(qint16 *interleaved, int frames);

private:
    template<typename Sample> void renderImpl(Sample *interleaved, int frames);
    void apply(const ScheduledEvent &event);

    Synth &m_synth;
    mutable QMutex m_mutex;
    Sequence m_sequence;
    qsizetype m_nextEvent = 0;
    qint64 m_sequenceStart = 0; ///< rendered-frame count at which the sequence's frame 0 falls
    qint64 m_rendered = 0;
    bool m_playing = false;
};

} // namespace stages::audio
