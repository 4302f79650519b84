#pragma once

#include <QMutex>

namespace stages::audio {

/// Which frame of a live stream is being heard now. The audio thread reports each hand-over to
/// the device (handedOver(): all frames handed over so far, and when); every hand-over fills the
/// device's buffer, so at that moment the frame heard is the last one handed over less the
/// buffer. Between hand-overs the device plays on in real time, but never past what it was
/// given. So the clock stops when the device stops taking sound (a stream that starts late, a
/// stalled sound server, an underrun) exactly as the sound does, instead of running ahead of it
/// as a wall clock would. Thread-safe: one thread reports, any thread asks.
class PlaybackClock
{
public:
    /// Starts over for a stream at @p sampleRate whose device buffers @p bufferFrames; the
    /// stream's first frame will be frame @p firstFrame.
    void reset(int sampleRate, qint64 bufferFrames, qint64 firstFrame = 0);
    /// @p totalFrames have been handed to the device, the last of them at @p atNs (any steady
    /// clock in ns, the same one heardFrame() is asked with).
    void handedOver(qint64 totalFrames, qint64 atNs);
    /// The frame heard at @p nowNs (fractional; negative before the first frame is heard).
    double heardFrame(qint64 nowNs) const;

    int sampleRate() const;
    qint64 bufferFrames() const;

private:
    mutable QMutex m_mutex;
    int m_sampleRate = 48000;
    qint64 m_bufferFrames = 0;
    qint64 m_handedOver = 0;
    qint64 m_atNs = -1; ///< -1: nothing handed over yet
};

} // namespace stages::audio
