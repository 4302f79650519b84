#pragma once

#include "audio/instrument.h"
#include "audio/notetrack.h"

#include <QList>

namespace stages::audio {

/// One MIDI-like event at an exact sample frame of a Sequence.
struct ScheduledEvent
{
    enum Type { NoteOff = 0, ProgramChange = 1, NoteOn = 2 }; ///< also the order within one frame

    qint64 frame = 0;
    Type type = NoteOn;
    int channel = 0;
    int key = 0; ///< key, or program for ProgramChange
    int velocity = 0;

    bool operator==(const ScheduledEvent &) const = default;
};

/// Events in sample frames at one sample rate, sorted by frame (note-offs before note-ons in the
/// same frame so a repeated key restarts cleanly). Frames are computed from beats and tempo once,
/// so playback and offline rendering are sample-accurate: the player splits its render blocks at
/// event frames.
class Sequence
{
public:
    explicit Sequence(int sampleRate = 48000)
        : m_sampleRate(sampleRate)
    { }

    /// A tune or drum part: program change at frame 0 (melodic instruments) and one note-on and
    /// note-off per note, with @p tailSeconds of silence at the end for the release.
    static Sequence fromTrack(const NoteTrack &track, int sampleRate, double tailSeconds = 0.8);

    int sampleRate() const { return m_sampleRate; }
    const QList<ScheduledEvent> &events() const { return m_events; }
    bool isEmpty() const { return m_events.isEmpty(); }
    /// Total length in frames including the tail; at least the last event's frame.
    qint64 lengthFrames() const { return m_lengthFrames; }
    void setLengthFrames(qint64 frames) { m_lengthFrames = std::max(frames, lastEventFrame()); }
    qint64 lastEventFrame() const { return m_events.isEmpty() ? 0 : m_events.constLast().frame; }

    qint64 secondsToFrame(double seconds) const;
    qint64 beatToFrame(double beat, double bpm) const { return secondsToFrame(beat * 60.0 / bpm); }

    void add(const ScheduledEvent &event);
    void addNote(qint64 startFrame, qint64 endFrame, int channel, int key, int velocity);
    void addProgramChange(qint64 frame, Instrument instrument);
    /// Metronome clicks (GM woodblocks on the drum channel), accented on each bar's first beat.
    void addMetronome(int beats, double bpm, int beatsPerBar = 4, double startBeat = 0);
    /// Merges another sequence of the same sample rate, shifted by @p offsetFrames.
    void merge(const Sequence &other, qint64 offsetFrames = 0);

    /// Frames of every note-on, in order (what a test hears as onsets).
    QList<qint64> noteOnFrames() const;

private:
    int m_sampleRate;
    QList<ScheduledEvent> m_events;
    qint64 m_lengthFrames = 0;
};

} // namespace stages::audio
