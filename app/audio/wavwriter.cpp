#include "audio/wavwriter.h"

#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <vector>

namespace stages::audio {

namespace {

void put32(char *p, quint32 v)
{
    qToLittleEndian(v, p);
}
void put16(char *p, quint16 v)
{
    qToLittleEndian(v, p);
}

} // namespace

WavWriter::~WavWriter()
{
    if (m_file.isOpen())
        (void)finish();
}

Status WavWriter::ioError() const
{
    return Status::failure(tr("Could not write the sound file %1: %2").arg(m_file.fileName(), m_file.errorString()));
}

Status WavWriter::open(const QString &path)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return ioError();
    m_dataBytes = 0;
    return writeHeader(0);
}

Status WavWriter::writeHeader(quint32 dataBytes)
{
    char h[44];
    const quint16 blockAlign = quint16(m_channels * 2);
    memcpy(h, "RIFF", 4);
    put32(h + 4, 36 + dataBytes);
    memcpy(h + 8, "WAVEfmt ", 8);
    put32(h + 16, 16);
    put16(h + 20, 1); // PCM
    put16(h + 22, quint16(m_channels));
    put32(h + 24, quint32(m_sampleRate));
    put32(h + 28, quint32(m_sampleRate) * blockAlign);
    put16(h + 32, blockAlign);
    put16(h + 34, 16);
    memcpy(h + 36, "data", 4);
    put32(h + 40, dataBytes);
    if (!m_file.seek(0) || m_file.write(h, sizeof h) != qint64(sizeof h))
        return ioError();
    return {};
}

Status WavWriter::write(const qint16 *interleaved, qint64 frames)
{
    const qint64 samples = frames * m_channels;
    std::vector<char> bytes(static_cast<size_t>(samples) * 2);
    for (qint64 i = 0; i < samples; ++i)
        qToLittleEndian(interleaved[i], bytes.data() + 2 * i);
    if (m_file.write(bytes.data(), qint64(bytes.size())) != qint64(bytes.size()))
        return ioError();
    m_dataBytes += bytes.size();
    return {};
}

Status WavWriter::write(const float *interleaved, qint64 frames)
{
    const qint64 samples = frames * m_channels;
    std::vector<qint16> pcm(static_cast<size_t>(samples));
    for (qint64 i = 0; i < samples; ++i)
        pcm[size_t(i)] = qint16(std::lround(std::clamp(interleaved[i], -1.0f, 1.0f) * 32767.0f));
    return write(pcm.data(), frames);
}

Status WavWriter::finish()
{
    if (!m_file.isOpen())
        return {};
    if (m_dataBytes > 0xFFFFFFFFull - 36) {
        m_file.close();
        return Status::failure(tr("The sound is too long for a WAV file."));
    }
    Status s = writeHeader(quint32(m_dataBytes));
    if (s && !m_file.flush())
        s = ioError();
    m_file.close();
    return s;
}

} // namespace stages::audio
