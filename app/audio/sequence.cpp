#include "audio/sequence.h"

#include <algorithm>
#include <cmath>

namespace stages::audio {

namespace {

constexpr int kHighWoodBlock = 76;
constexpr int kLowWoodBlock = 77;

bool before(const ScheduledEvent &a, const ScheduledEvent &b)
{
    return a.frame != b.frame ? a.frame < b.frame : a.type < b.type;
}

} // namespace

Sequence Sequence::fromTrack(const NoteTrack &track, int sampleRate, double tailSeconds)
{
    Sequence seq(sampleRate);
    seq.addProgramChange(0, track.instrument);
    const int channel = Instruments::channel(track.instrument);
    for (const NoteEvent &n : track.notes) {
        const qint64 start = seq.beatToFrame(n.startBeat, track.tempoBpm);
        const qint64 end = seq.beatToFrame(n.startBeat + n.beats, track.tempoBpm);
        seq.addNote(start, end, channel, n.key, n.velocity);
    }
    seq.setLengthFrames(seq.beatToFrame(track.lengthBeats(), track.tempoBpm) + seq.secondsToFrame(tailSeconds));
    return seq;
}

qint64 Sequence::secondsToFrame(double seconds) const
{
    return qint64(std::llround(seconds * m_sampleRate));
}

void Sequence::add(const ScheduledEvent &event)
{
    // Keep the list sorted; events usually arrive in order, so search from the back.
    auto it = std::upper_bound(m_events.begin(), m_events.end(), event, before);
    m_events.insert(it, event);
    m_lengthFrames = std::max(m_lengthFrames, event.frame);
}

void Sequence::addNote(qint64 startFrame, qint64 endFrame, int channel, int key, int velocity)
{
    add({ startFrame, ScheduledEvent::NoteOn, channel, key, velocity });
    // A note-off one frame before the next note-on of the same key would be cut anyway: keep at
    // least one frame of sound.
    add({ std::max(endFrame, startFrame + 1), ScheduledEvent::NoteOff, channel, key, 0 });
}

void Sequence::addProgramChange(qint64 frame, Instrument instrument)
{
    const int program = Instruments::gmProgram(instrument);
    if (program >= 0)
        add({ frame, ScheduledEvent::ProgramChange, Instruments::channel(instrument), program, 0 });
}

void Sequence::addMetronome(int beats, double bpm, int beatsPerBar, double startBeat)
{
    for (int b = 0; b < beats; ++b) {
        const qint64 start = beatToFrame(startBeat + b, bpm);
        const bool downbeat = beatsPerBar > 0 && b % beatsPerBar == 0;
        addNote(start, start + secondsToFrame(0.1), Instruments::kDrumChannel,
                downbeat ? kHighWoodBlock : kLowWoodBlock, downbeat ? 110 : 80);
    }
}

void Sequence::merge(const Sequence &other, qint64 offsetFrames)
{
    for (ScheduledEvent e : other.m_events) {
        e.frame += offsetFrames;
        add(e);
    }
    m_lengthFrames = std::max(m_lengthFrames, other.m_lengthFrames + offsetFrames);
}

QList<qint64> Sequence::noteOnFrames() const
{
    QList<qint64> frames;
    for (const ScheduledEvent &e : m_events) {
        if (e.type == ScheduledEvent::NoteOn)
            frames.append(e.frame);
    }
    return frames;
}

} // namespace stages::audio
