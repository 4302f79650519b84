#include "audio/audiooutput.h"

#include "audio/sequenceplayer.h"
#include "audio/synth.h"

#include <QAudioSink>
#include <QElapsedTimer>
#include <QIODevice>
#include <QMediaDevices>
#include <QTimer>

#include <algorithm>

#include <vector>

namespace stages::audio {

/// Owns the sink on the audio thread and feeds it. Push mode with our own precise timer rather
/// than Qt's pull mode: Qt 6.4's PulseAudio sink pulls only in 20 ms periods and never pulls at all
/// when the buffer is shorter than that, while pushing lets a 10 ms buffer work. Each tick renders
/// exactly what the device has room for, so the sound waits at most one buffer.
class SinkHost : public QObject
{
public:
    SinkHost(SequencePlayer &player, AudioOutput &owner)
        : m_player(player)
        , m_owner(owner)
        , m_feedTimer(new QTimer(this)) // a child, so it moves threads with us
    {
        m_steady.start();
    }

    Status open(const QAudioDevice &device, int sampleRate, int bufferMs)
    {
        close();
        QAudioFormat format;
        format.setSampleRate(sampleRate);
        format.setChannelCount(2);
        format.setSampleFormat(QAudioFormat::Float);
        if (!device.isFormatSupported(format))
            format.setSampleFormat(QAudioFormat::Int16);
        if (!device.isFormatSupported(format))
            return Status::failure(AudioOutput::tr("The sound device \"%1\" cannot play %2 Hz stereo sound.")
                                       .arg(device.description())
                                       .arg(sampleRate));
        m_format = format;
        m_sink = new QAudioSink(device, format, this);
        m_sink->setBufferSize(qsizetype(format.bytesForDuration(qint64(bufferMs) * 1000)));
        QObject::connect(m_sink, &QAudioSink::stateChanged, this, [this](QAudio::State state) {
            if (state == QAudio::StoppedState && m_sink && m_sink->error() != QAudio::NoError && !m_closing) {
                m_feedTimer->stop();
                emit m_owner.failed(AudioOutput::tr("The sound device stopped working (%1). Music exercises go on "
                                                    "with pictures.")
                                        .arg(errorText(m_sink->error())));
            }
        });
        m_io = m_sink->start();
        if (!m_io || m_sink->error() != QAudio::NoError || m_sink->state() == QAudio::StoppedState) {
            const QString reason = errorText(m_sink->error());
            close();
            return Status::failure(AudioOutput::tr("The sound device \"%1\" could not be opened (%2). Music exercises "
                                                   "go on with pictures.")
                                       .arg(device.description(), reason));
        }
        m_description = device.description();
        m_bufferBytes = m_sink->bufferSize();
        m_clock.reset(format.sampleRate(), m_bufferBytes / format.bytesPerFrame(), m_player.renderedFrames());
        m_feedTimer->setTimerType(Qt::PreciseTimer);
        m_feedTimer->setInterval(std::clamp(bufferMs / 4, 1, 5));
        QObject::connect(m_feedTimer, &QTimer::timeout, this, &SinkHost::feed, Qt::UniqueConnection);
        m_feedTimer->start();
        feed();
        return {};
    }

    void close()
    {
        m_closing = true;
        m_feedTimer->stop();
        if (m_sink) {
            m_sink->stop();
            // Later, not now: close() may run inside the sink's own stateChanged signal.
            m_sink->disconnect(this);
            m_sink->deleteLater(); // also deletes m_io
            m_sink = nullptr;
        }
        m_io = nullptr;
        m_description.clear();
        m_closing = false;
    }

    void setObserver(AudioOutput::BlockObserver observer) { m_observer = std::move(observer); }

    static QString errorText(QAudio::Error error)
    {
        switch (error) {
        case QAudio::NoError:
            return AudioOutput::tr("no error");
        case QAudio::OpenError:
            return AudioOutput::tr("it could not be opened");
        case QAudio::IOError:
            return AudioOutput::tr("reading or writing failed");
        case QAudio::UnderrunError:
            return AudioOutput::tr("sound data came too late");
        case QAudio::FatalError:
            return AudioOutput::tr("a fatal error");
        }
        return {};
    }

    // Touched only on the audio thread (other threads reach them through blocking calls), except
    // the atomics.
    QAudioSink *m_sink = nullptr;
    QString m_description;
    std::atomic<quint64> m_blocks { 0 };
    std::atomic<int> m_underruns { 0 };
    // What is heard when: written here, read from any thread.
    PlaybackClock m_clock;
    QElapsedTimer m_steady;

private:
    void feed()
    {
        if (!m_sink || !m_io)
            return;
        const int bytesPerFrame = m_format.bytesPerFrame();
        const qsizetype free = m_sink->bytesFree();
        const int frames = int(free / bytesPerFrame);
        if (frames <= 0)
            return;
        // Room for the whole buffer after the first block means the device ran dry meanwhile.
        if (m_blocks > 0 && free >= m_bufferBytes)
            ++m_underruns;
        const bool isFloat = m_format.sampleFormat() == QAudioFormat::Float;
        m_buffer.resize(size_t(frames) * size_t(bytesPerFrame));
        if (isFloat)
            m_player.render(reinterpret_cast<float *>(m_buffer.data()), frames);
        else
            m_player.render(reinterpret_cast<qint16 *>(m_buffer.data()), frames);
        ++m_blocks;
        if (m_observer) {
            if (isFloat) {
                m_observer(reinterpret_cast<const float *>(m_buffer.data()), frames);
            } else {
                m_scratch.resize(size_t(frames) * 2);
                const auto *pcm = reinterpret_cast<const qint16 *>(m_buffer.data());
                for (size_t i = 0; i < m_scratch.size(); ++i)
                    m_scratch[i] = pcm[i] / 32768.0f;
                m_observer(m_scratch.data(), frames);
            }
        }
        m_io->write(m_buffer.data(), qint64(m_buffer.size()));
        // The device's buffer is full again: its last frame is heard one buffer from now.
        m_clock.handedOver(m_player.renderedFrames(), m_steady.nsecsElapsed());
    }

    SequencePlayer &m_player;
    AudioOutput &m_owner;
    QAudioFormat m_format;
    QIODevice *m_io = nullptr; // owned by m_sink
    QTimer *m_feedTimer;
    qsizetype m_bufferBytes = 0;
    std::vector<char> m_buffer;
    std::vector<float> m_scratch;
    AudioOutput::BlockObserver m_observer;
    bool m_closing = false;
};

/// Runs @p f on the audio thread and waits for it; directly when already there (a slot connected
/// to failed() with a direct connection must not deadlock).
template<typename F> void AudioOutput::onAudioThread(F &&f) const
{
    if (QThread::currentThread() == &m_thread)
        f();
    else
        QMetaObject::invokeMethod(m_host, std::forward<F>(f), Qt::BlockingQueuedConnection);
}

AudioOutput::AudioOutput(Synth &synth, QObject *parent)
    : QObject(parent)
    , m_synth(synth)
    , m_player(std::make_unique<SequencePlayer>(synth))
{
    m_thread.setObjectName(QStringLiteral("stages-audio"));
    m_host = new SinkHost(*m_player, *this);
    m_host->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_host, &QObject::deleteLater);
    m_thread.start(QThread::TimeCriticalPriority);
}

AudioOutput::~AudioOutput()
{
    stop();
    m_thread.quit();
    m_thread.wait();
}

bool AudioOutput::hasOutputDevice()
{
    return !QMediaDevices::audioOutputs().isEmpty();
}

Status AudioOutput::start(int bufferMs, const QAudioDevice &device)
{
    m_requestedMs = bufferMs;
    QAudioDevice chosen = device;
    if (chosen.isNull()) {
        if (QMediaDevices::audioOutputs().isEmpty())
            return Status::failure(tr("No sound output device was found, so music plays silently. Connect "
                                      "speakers or headphones; the exercises still show every note."));
        chosen = QMediaDevices::defaultAudioOutput();
    }
    if (chosen.isNull())
        return Status::failure(tr("No sound output device was found, so music plays silently. Connect "
                                  "speakers or headphones; the exercises still show every note."));
    Status result;
    const int rate = m_synth.sampleRate();
    onAudioThread([&] { result = m_host->open(chosen, rate, bufferMs); });
    return result;
}

void AudioOutput::stop()
{
    if (m_thread.isRunning())
        onAudioThread([this] { m_host->close(); });
}

bool AudioOutput::isRunning() const
{
    bool running = false;
    onAudioThread([&] { running = m_host->m_sink && m_host->m_sink->state() != QAudio::StoppedState; });
    return running;
}

double AudioOutput::actualLatencyMs() const
{
    double ms = 0;
    onAudioThread([&] {
        if (m_host->m_sink) {
            const QAudioFormat f = m_host->m_sink->format();
            ms = f.durationForBytes(qint32(m_host->m_sink->bufferSize())) / 1000.0;
        }
    });
    return ms;
}

QString AudioOutput::deviceDescription() const
{
    QString text;
    onAudioThread([&] { text = m_host->m_description; });
    return text;
}

QAudioFormat AudioOutput::format() const
{
    QAudioFormat f;
    onAudioThread([&] { f = m_host->m_sink ? m_host->m_sink->format() : QAudioFormat(); });
    return f;
}

quint64 AudioOutput::renderedBlocks() const
{
    quint64 n = 0;
    onAudioThread([&] { n = m_host->m_blocks.load(); });
    return n;
}

int AudioOutput::underruns() const
{
    return m_host->m_underruns.load();
}

void AudioOutput::noteOn(int channel, int key, int velocity)
{
    m_synth.noteOn(channel, key, velocity);
}

void AudioOutput::noteOff(int channel, int key)
{
    m_synth.noteOff(channel, key);
}

qint64 AudioOutput::play(const Sequence &sequence)
{
    return m_player->play(sequence);
}

double AudioOutput::heardFrame() const
{
    return m_host->m_clock.heardFrame(m_host->m_steady.nsecsElapsed());
}

void AudioOutput::stopSequence()
{
    m_player->stop();
}

bool AudioOutput::isPlayingSequence() const
{
    return m_player->isPlaying();
}

void AudioOutput::setBlockObserver(BlockObserver observer)
{
    onAudioThread([&] { m_host->setObserver(std::move(observer)); });
}

} // namespace stages::audio
