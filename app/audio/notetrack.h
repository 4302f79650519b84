#pragma once

#include "audio/instrument.h"

#include <QList>

#include <algorithm>

namespace stages::audio {

/// One note timed in beats: a MIDI key (a GM percussion key on the drums), its start, its length
/// and its velocity (1..127).
struct NoteEvent
{
    int key = 60;
    double startBeat = 0;
    double beats = 1;
    int velocity = 100;

    bool operator==(const NoteEvent &) const = default;
};

/// What the sound engine plays and writes as a MIDI file: notes in beats on one instrument at one
/// tempo. The engine's own type, so it needs nothing from the domains; the music domain turns its
/// melodies into tracks (music::MelodySound).
struct NoteTrack
{
    QList<NoteEvent> notes;
    double tempoBpm = 120;
    Instrument instrument = Instrument::Xylophone;

    /// Length in beats (the end of the last note).
    double lengthBeats() const
    {
        double end = 0;
        for (const NoteEvent &n : notes)
            end = std::max(end, n.startBeat + n.beats);
        return end;
    }

    bool operator==(const NoteTrack &) const = default;
};

} // namespace stages::audio
