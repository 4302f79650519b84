#include "audio/midifilewriter.h"

#include "audio/instrument.h"

#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace stages::audio {

namespace {

struct TrackEvent
{
    qint64 tick;
    int order; // note-offs before note-ons at the same tick
    QByteArray bytes;
};

void appendVarLen(QByteArray &out, quint32 value)
{
    quint8 buffer[5];
    int n = 0;
    buffer[n++] = value & 0x7F;
    while ((value >>= 7) != 0)
        buffer[n++] = quint8(0x80 | (value & 0x7F));
    while (n > 0)
        out.append(char(buffer[--n]));
}

void append32(QByteArray &out, quint32 v)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        out.append(char((v >> shift) & 0xFF));
}

void append16(QByteArray &out, quint16 v)
{
    out.append(char(v >> 8));
    out.append(char(v & 0xFF));
}

} // namespace

QByteArray MidiFileWriter::toBytes(const NoteTrack &track)
{
    const Instrument instrument = track.instrument;
    const int channel = Instruments::channel(instrument);

    QList<TrackEvent> events;
    const quint32 microsPerBeat = quint32(std::lround(60'000'000.0 / track.tempoBpm));
    events.append({ 0, 0,
                    QByteArray("\xFF\x51\x03", 3) + QByteArray(1, char(microsPerBeat >> 16))
                        + QByteArray(1, char((microsPerBeat >> 8) & 0xFF))
                        + QByteArray(1, char(microsPerBeat & 0xFF)) });
    if (const int program = Instruments::gmProgram(instrument); program >= 0) {
        QByteArray pc;
        pc.append(char(0xC0 | channel));
        pc.append(char(program));
        events.append({ 0, 1, pc });
    }
    for (const NoteEvent &n : track.notes) {
        const qint64 on = std::llround(n.startBeat * kTicksPerBeat);
        const qint64 off = std::max(on + 1, qint64(std::llround((n.startBeat + n.beats) * kTicksPerBeat)));
        QByteArray noteOn;
        noteOn.append(char(0x90 | channel)).append(char(n.key & 0x7F)).append(char(std::clamp(n.velocity, 1, 127)));
        QByteArray noteOff;
        noteOff.append(char(0x80 | channel)).append(char(n.key & 0x7F)).append(char(64));
        events.append({ on, 3, noteOn });
        events.append({ off, 2, noteOff });
    }
    std::stable_sort(events.begin(), events.end(), [](const TrackEvent &a, const TrackEvent &b) {
        return a.tick != b.tick ? a.tick < b.tick : a.order < b.order;
    });

    QByteArray chunk;
    qint64 lastTick = 0;
    for (const TrackEvent &e : std::as_const(events)) {
        appendVarLen(chunk, quint32(e.tick - lastTick));
        chunk.append(e.bytes);
        lastTick = e.tick;
    }
    appendVarLen(chunk, 0);
    chunk.append("\xFF\x2F\x00", 3); // end of track

    QByteArray file("MThd");
    append32(file, 6);
    append16(file, 0); // format 0
    append16(file, 1); // one track
    append16(file, kTicksPerBeat);
    file.append("MTrk");
    append32(file, quint32(chunk.size()));
    file.append(chunk);
    return file;
}

Status MidiFileWriter::write(const NoteTrack &track, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Could not write the MIDI file %1: %2").arg(path, file.errorString()));
    file.write(toBytes(track));
    if (!file.commit())
        return Status::failure(tr("Could not write the MIDI file %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace stages::audio
