#include "exercises/music/melodysound.h"

#include "audio/midifilewriter.h"
#include "exercises/music/melody.h"

namespace stages::music {

audio::NoteTrack MelodySound::track(const Melody &melody)
{
    audio::NoteTrack track;
    track.tempoBpm = melody.tempoBpm;
    if (!audio::Instruments::fromId(melody.instrument, &track.instrument))
        track.instrument = audio::Instrument::Xylophone;
    track.notes.reserve(melody.notes.size());
    for (const MelodyNote &n : melody.notes)
        track.notes.append({ n.key, n.startBeat, n.beats, n.velocity });
    return track;
}

audio::Sequence MelodySound::sequence(const Melody &melody, int sampleRate, double tailSeconds)
{
    return audio::Sequence::fromTrack(track(melody), sampleRate, tailSeconds);
}

QByteArray MelodySound::midi(const Melody &melody)
{
    return audio::MidiFileWriter::toBytes(track(melody));
}

Status MelodySound::writeMidi(const Melody &melody, const QString &path)
{
    return audio::MidiFileWriter::write(track(melody), path);
}

} // namespace stages::music
