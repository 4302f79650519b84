#include "audio/midifilereader.h"

#include <QFile>
#include <QHash>

#include <algorithm>

namespace stages::audio {

namespace {

/// Bounds-checked big-endian cursor over the file's bytes.
class Cursor
{
public:
    Cursor(const QByteArray &bytes, qsizetype begin, qsizetype end)
        : m_bytes(bytes)
        , m_pos(begin)
        , m_end(end)
    { }

    bool atEnd() const { return m_pos >= m_end; }
    bool ok() const { return m_ok; }
    qsizetype pos() const { return m_pos; }
    quint8 byte()
    {
        if (m_pos >= m_end) {
            m_ok = false;
            return 0;
        }
        return quint8(m_bytes.at(m_pos++));
    }
    quint8 peek() const { return m_pos < m_end ? quint8(m_bytes.at(m_pos)) : 0; }
    quint32 be(int count)
    {
        quint32 v = 0;
        for (int i = 0; i < count; ++i)
            v = (v << 8) | byte();
        return v;
    }
    quint32 varLen()
    {
        quint32 v = 0;
        for (int i = 0; i < 4; ++i) {
            const quint8 b = byte();
            v = (v << 7) | (b & 0x7F);
            if (!(b & 0x80))
                return v;
        }
        m_ok = false;
        return v;
    }
    void skip(qint64 count)
    {
        if (count < 0 || m_pos + count > m_end)
            m_ok = false;
        m_pos = std::min<qsizetype>(m_end, m_pos + count);
    }

private:
    const QByteArray &m_bytes;
    qsizetype m_pos;
    qsizetype m_end;
    bool m_ok = true;
};

} // namespace

Result<MidiFileContent> MidiFileReader::parse(const QByteArray &bytes)
{
    using R = Result<MidiFileContent>;
    const QString damaged = tr("This is not a MIDI file, or it is damaged.");
    Cursor head(bytes, 0, bytes.size());
    if (!bytes.startsWith("MThd"))
        return R::failure(damaged);
    head.skip(4);
    const quint32 headerLength = head.be(4);
    MidiFileContent content;
    content.format = int(head.be(2));
    const int trackCount = int(head.be(2));
    const quint16 division = quint16(head.be(2));
    if (!head.ok() || headerLength < 6 || content.format > 1)
        return R::failure(content.format > 1 ? tr("MIDI files of format %1 are not supported.").arg(content.format)
                                             : damaged);
    if (division & 0x8000)
        return R::failure(tr("MIDI files timed in SMPTE frames are not supported."));
    content.ticksPerBeat = division;
    head.skip(qint64(headerLength) - 6);

    bool tempoSeen = false;
    for (int t = 0; t < trackCount; ++t) {
        if (head.pos() + 8 > bytes.size() || bytes.mid(head.pos(), 4) != "MTrk")
            return R::failure(damaged);
        head.skip(4);
        const quint32 length = head.be(4);
        const qsizetype begin = head.pos();
        if (!head.ok() || begin + qsizetype(length) > bytes.size())
            return R::failure(damaged);
        head.skip(length);

        Cursor c(bytes, begin, begin + length);
        qint64 tick = 0;
        quint8 status = 0;
        QHash<int, QList<int>> sounding; // (channel << 8 | key) -> indices of open notes
        while (!c.atEnd() && c.ok()) {
            tick += c.varLen();
            if (c.peek() & 0x80)
                status = c.byte();
            else if (status == 0 || status >= 0xF0)
                return R::failure(damaged); // running status without a status byte
            const int type = status & 0xF0;
            const int channel = status & 0x0F;
            if (status == 0xFF) {
                const quint8 meta = c.byte();
                const quint32 len = c.varLen();
                if (meta == 0x51 && len == 3 && !tempoSeen) {
                    const quint32 micros = c.be(3);
                    if (micros > 0)
                        content.tempoBpm = 60'000'000.0 / micros;
                    tempoSeen = true;
                } else {
                    c.skip(len);
                }
                if (meta == 0x2F)
                    break;
                status = 0;
            } else if (status == 0xF0 || status == 0xF7) {
                c.skip(c.varLen());
                status = 0;
            } else if (type == 0x90 || type == 0x80) {
                const int key = c.byte() & 0x7F;
                const int velocity = c.byte() & 0x7F;
                const int id = (channel << 8) | key;
                if (type == 0x90 && velocity > 0) {
                    sounding[id].append(int(content.notes.size()));
                    content.notes.append({ channel, key, velocity, tick, tick });
                } else if (auto it = sounding.find(id); it != sounding.end() && !it->isEmpty()) {
                    content.notes[it->takeFirst()].endTick = tick;
                }
            } else if (type == 0xC0) {
                content.programs.append({ channel, c.byte() & 0x7F, tick });
            } else if (type == 0xD0) {
                c.skip(1);
            } else {
                c.skip(2); // 0xA0 aftertouch, 0xB0 controller, 0xE0 pitch bend
            }
        }
        if (!c.ok())
            return R::failure(damaged);
    }
    std::stable_sort(content.notes.begin(), content.notes.end(), [](const auto &a, const auto &b) {
        return a.startTick != b.startTick ? a.startTick < b.startTick : a.key < b.key;
    });
    return content;
}

Result<MidiFileContent> MidiFileReader::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<MidiFileContent>::failure(tr("Could not open %1: %2").arg(path, file.errorString()));
    return parse(file.readAll());
}

} // namespace stages::audio
