#include "audio/playbackclock.h"

#include <algorithm>

namespace stages::audio {

void PlaybackClock::reset(int sampleRate, qint64 bufferFrames, qint64 firstFrame)
{
    QMutexLocker lock(&m_mutex);
    m_sampleRate = std::max(1, sampleRate);
    m_bufferFrames = std::max<qint64>(0, bufferFrames);
    m_handedOver = firstFrame;
    m_atNs = -1;
}

void PlaybackClock::handedOver(qint64 totalFrames, qint64 atNs)
{
    QMutexLocker lock(&m_mutex);
    m_handedOver = totalFrames;
    m_atNs = atNs;
}

double PlaybackClock::heardFrame(qint64 nowNs) const
{
    QMutexLocker lock(&m_mutex);
    if (m_atNs < 0)
        return double(m_handedOver - m_bufferFrames);
    const double since = double(std::max<qint64>(0, nowNs - m_atNs)) * m_sampleRate / 1e9;
    return std::min(double(m_handedOver), double(m_handedOver - m_bufferFrames) + since);
}

int PlaybackClock::sampleRate() const
{
    QMutexLocker lock(&m_mutex);
    return m_sampleRate;
}

qint64 PlaybackClock::bufferFrames() const
{
    QMutexLocker lock(&m_mutex);
    return m_bufferFrames;
}

} // namespace stages::audio
