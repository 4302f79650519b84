#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QFile>

namespace stages::audio {

/// Writes a 16-bit PCM stereo WAV file block by block; finish() fills in the sizes.
class WavWriter
{
    Q_DECLARE_TR_FUNCTIONS(stages::audio::WavWriter)

public:
    explicit WavWriter(int sampleRate, int channels = 2)
        : m_sampleRate(sampleRate)
        , m_channels(channels)
    { }
    ~WavWriter();

    Status open(const QString &path);
    /// Interleaved float samples in [-1, 1] (clipped), @p frames frames.
    Status write(const float *interleaved, qint64 frames);
    Status write(const qint16 *interleaved, qint64 frames);
    Status finish();

private:
    Status writeHeader(quint32 dataBytes);
    Status ioError() const;

    int m_sampleRate;
    int m_channels;
    QFile m_file;
    quint64 m_dataBytes = 0;
};

} // namespace stages::audio
