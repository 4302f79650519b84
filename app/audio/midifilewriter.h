#pragma once

#include "audio/notetrack.h"
#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace stages::audio {

/// Writes a note track as a Standard MIDI File (format 0, one track, 480 ticks a quarter note) with
/// its tempo, the instrument's General MIDI program (or channel 10 for drums) and every note.
class MidiFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(stages::audio::MidiFileWriter)

public:
    static constexpr int kTicksPerBeat = 480;

    static QByteArray toBytes(const NoteTrack &track);
    static Status write(const NoteTrack &track, const QString &path);
};

} // namespace stages::audio
