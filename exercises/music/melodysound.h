#pragma once

#include "audio/notetrack.h"
#include "audio/sequence.h"
#include "core/result.h"

#include <QByteArray>

namespace stages::music {

struct Melody;

/// The music domain's adapter to the sound engine: a Melody (the domain's tune, saved in
/// artifacts) as the engine's NoteTrack, as a Sequence to play or render, or as a MIDI file. The
/// engine (app/audio) knows notes and events only, never melodies.
class MelodySound
{
public:
    /// The melody's notes on its instrument (an unknown instrument id plays the xylophone).
    static audio::NoteTrack track(const Melody &melody);
    /// Sequence::fromTrack() of track().
    static audio::Sequence sequence(const Melody &melody, int sampleRate, double tailSeconds = 0.8);
    /// A Standard MIDI File of the melody (MidiFileWriter).
    static QByteArray midi(const Melody &melody);
    static Status writeMidi(const Melody &melody, const QString &path);
};

} // namespace stages::music
