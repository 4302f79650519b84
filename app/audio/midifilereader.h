#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace stages::audio {

/// What a Standard MIDI File holds, as far as Stages cares: notes, programs and the first tempo.
struct MidiFileContent
{
    struct Note
    {
        int channel = 0;
        int key = 0;
        int velocity = 0;
        qint64 startTick = 0;
        qint64 endTick = 0;
        bool operator==(const Note &) const = default;
    };
    struct Program
    {
        int channel = 0;
        int program = 0;
        qint64 tick = 0;
    };

    int format = 0;
    int ticksPerBeat = 480;
    double tempoBpm = 120;
    QList<Note> notes; ///< ordered by start tick, then key
    QList<Program> programs;
};

/// A small reader for Standard MIDI Files (formats 0 and 1, metrical time division, running
/// status). Used to read exported melodies back and to import simple files.
class MidiFileReader
{
    Q_DECLARE_TR_FUNCTIONS(stages::audio::MidiFileReader)

public:
    static Result<MidiFileContent> parse(const QByteArray &bytes);
    static Result<MidiFileContent> read(const QString &path);
};

} // namespace stages::audio
