#pragma once

#include "audio/playbackclock.h"
#include "audio/sequence.h"
#include "core/result.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace stages::audio {

class SequencePlayer;
class Synth;
class SinkHost;

/// Live sound: a QAudioSink on its own thread, fed by a precise timer with exactly as many frames
/// as the device has room for, rendered on demand from the synth through a SequencePlayer. The
/// buffer is asked to be bufferMs long (10 ms by default, ≤ 20 ms where the device allows);
/// actualLatencyMs() reports what the device granted.
/// Notes may be played from any thread (FluidSynth's API is thread-safe); sequences start on the
/// next rendered block. Without a device start() fails with a clear message and nothing else
/// changes: the caller shows a notice and keeps visual feedback. The Synth is not owned and must
/// outlive this object.
class AudioOutput : public QObject
{
    Q_OBJECT

public:
    /// Called on the audio thread after each block is rendered, with the block's interleaved
    /// stereo samples converted to float (for diagnostics and benchmarks; keep it cheap).
    using BlockObserver = std::function<void(const float *interleaved, int frames)>;

    explicit AudioOutput(Synth &synth, QObject *parent = nullptr);
    ~AudioOutput() override;

    /// True when the platform lists at least one audio output.
    static bool hasOutputDevice();

    /// Opens @p device (the default output when null) and starts pulling sound. Fails, without
    /// blocking for long and without throwing, when there is no device or it refuses to open.
    Status start(int bufferMs = 10, const QAudioDevice &device = {});
    void stop();
    bool isRunning() const;

    /// What the device granted: its buffer length in ms (0 when not running).
    double actualLatencyMs() const;
    /// Buffer length that was asked for.
    int requestedBufferMs() const { return m_requestedMs; }
    QString deviceDescription() const;
    QAudioFormat format() const;
    /// Blocks rendered so far and how many of them came too late for the device.
    quint64 renderedBlocks() const;
    int underruns() const;

    void noteOn(int channel, int key, int velocity);
    void noteOff(int channel, int key);
    /// Starts @p sequence on the next rendered block (replacing the one playing). Returns the
    /// frame its frame 0 falls on, in heardFrame()'s count.
    qint64 play(const Sequence &sequence);
    void stopSequence();
    bool isPlayingSequence() const;

    void setBlockObserver(BlockObserver observer);

    /// The frame the listener hears now, counted as play() counts (PlaybackClock: what was handed
    /// to the device less its buffer, going on in real time but never past what it was given).
    /// Any thread; without a device it stays where the sound stopped.
    double heardFrame() const;

signals:
    /// The device went away or failed while running (already translated).
    void failed(const QString &message);

private:
    template<typename F> void onAudioThread(F &&f) const;

    Synth &m_synth;
    std::unique_ptr<SequencePlayer> m_player;
    QThread m_thread;
    SinkHost *m_host = nullptr; // lives on m_thread, deleted when it finishes
    int m_requestedMs = 10;
};

} // namespace stages::audio
