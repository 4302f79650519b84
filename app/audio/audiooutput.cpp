#include "audio/audiooutput.h"

#include "audio/sequenceplayer.h"
#include "audio/synth.h"

#include <QAudioSink>
#include <QIODevice>
#include <QMediaDevices>
#include <QMutex>

#include <vector>

namespace stages::audio {

namespace {

/// The sink pulls from here: every read renders exactly the bytes asked for, so the only latency
/// is the sink's own buffer.
class SynthIODevice final : public QIODevice
{
public:
    SynthIODevice(SequencePlayer &player, QAudioFormat format, QObject *parent)
        : QIODevice(parent), m_player(player), m_format(format)
    {
    }

    void setObserver(AudioOutput::BlockObserver observer)
    {
        QMutexLocker lock(&m_observerMutex);
        m_observer = std::move(observer);
    }
    quint64 blocks() const { return m_blocks.load(); }

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return 1 << 20; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const int bytesPerFrame = m_format.bytesPerFrame();
        const int frames = int(maxSize / bytesPerFrame);
        if (frames <= 0)
            return 0;
        const bool isFloat = m_format.sampleFormat() == QAudioFormat::Float;
        if (isFloat)
            m_player.render(reinterpret_cast<float *>(data), frames);
        else
            m_player.render(reinterpret_cast<qint16 *>(data), frames);
        ++m_blocks;
        QMutexLocker lock(&m_observerMutex);
        if (m_observer) {
            if (isFloat) {
                m_observer(reinterpret_cast<const float *>(data), frames);
            } else {
                m_scratch.resize(size_t(frames) * 2);
                const auto *pcm = reinterpret_cast<const qint16 *>(data);
                for (size_t i = 0; i < m_scratch.size(); ++i)
                    m_scratch[i] = pcm[i] / 32768.0f;
                m_observer(m_scratch.data(), frames);
            }
        }
        return qint64(frames) * bytesPerFrame;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    SequencePlayer &m_player;
    QAudioFormat m_format;
    QMutex m_observerMutex;
    AudioOutput::BlockObserver m_observer;
    std::vector<float> m_scratch;
    std::atomic<quint64> m_blocks{0};
};

} // namespace

/// Owns the sink and the device on the audio thread.
class SinkHost : public QObject
{
public:
    SinkHost(SequencePlayer &player, AudioOutput &owner) : m_player(player), m_owner(owner) {}

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
                                       .arg(device.description()).arg(sampleRate));
        m_sink = new QAudioSink(device, format, this);
        m_sink->setBufferSize(qsizetype(format.bytesForDuration(qint64(bufferMs) * 1000)));
        m_device = new SynthIODevice(m_player, format, this);
        m_device->open(QIODevice::ReadOnly);
        {
            QMutexLocker lock(&m_observerMutex);
            m_device->setObserver(m_observer);
        }
        QObject::connect(m_sink, &QAudioSink::stateChanged, this, [this](QAudio::State state) {
            if (state == QAudio::StoppedState && m_sink && m_sink->error() != QAudio::NoError && !m_closing)
                emit m_owner.failed(AudioOutput::tr("The sound device stopped working (%1). Music exercises go on "
                                                    "with pictures.").arg(errorText(m_sink->error())));
            if (state == QAudio::IdleState && m_sink && m_sink->error() == QAudio::UnderrunError)
                ++m_underruns;
        });
        m_sink->start(m_device);
        if (m_sink->error() != QAudio::NoError || m_sink->state() == QAudio::StoppedState) {
            const QString reason = errorText(m_sink->error());
            close();
            return Status::failure(AudioOutput::tr("The sound device \"%1\" could not be opened (%2). Music exercises "
                                                   "go on with pictures.").arg(device.description(), reason));
        }
        m_description = device.description();
        return {};
    }

    void close()
    {
        m_closing = true;
        if (m_sink) {
            m_sink->stop();
            delete m_sink;
            m_sink = nullptr;
        }
        delete m_device;
        m_device = nullptr;
        m_description.clear();
        m_closing = false;
    }

    void setObserver(AudioOutput::BlockObserver observer)
    {
        QMutexLocker lock(&m_observerMutex);
        m_observer = observer;
        if (m_device)
            m_device->setObserver(std::move(observer));
    }

    static QString errorText(QAudio::Error error)
    {
        switch (error) {
        case QAudio::NoError: return AudioOutput::tr("no error");
        case QAudio::OpenError: return AudioOutput::tr("it could not be opened");
        case QAudio::IOError: return AudioOutput::tr("reading or writing failed");
        case QAudio::UnderrunError: return AudioOutput::tr("sound data came too late");
        case QAudio::FatalError: return AudioOutput::tr("a fatal error");
        }
        return {};
    }

    // Read from other threads: guarded by the atomic flags or done with a blocking call.
    QAudioSink *m_sink = nullptr;
    SynthIODevice *m_device = nullptr;
    QString m_description;
    std::atomic<int> m_underruns{0};

private:
    SequencePlayer &m_player;
    AudioOutput &m_owner;
    QMutex m_observerMutex;
    AudioOutput::BlockObserver m_observer;
    bool m_closing = false;
};

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
    QMetaObject::invokeMethod(
        m_host, [&] { result = m_host->open(chosen, rate, bufferMs); }, Qt::BlockingQueuedConnection);
    return result;
}

void AudioOutput::stop()
{
    if (m_thread.isRunning())
        QMetaObject::invokeMethod(m_host, [this] { m_host->close(); }, Qt::BlockingQueuedConnection);
}

bool AudioOutput::isRunning() const
{
    bool running = false;
    QMetaObject::invokeMethod(
        m_host, [&] { running = m_host->m_sink && m_host->m_sink->state() != QAudio::StoppedState; },
        Qt::BlockingQueuedConnection);
    return running;
}

double AudioOutput::actualLatencyMs() const
{
    double ms = 0;
    QMetaObject::invokeMethod(
        m_host,
        [&] {
            if (m_host->m_sink) {
                const QAudioFormat f = m_host->m_sink->format();
                ms = f.durationForBytes(qint32(m_host->m_sink->bufferSize())) / 1000.0;
            }
        },
        Qt::BlockingQueuedConnection);
    return ms;
}

QString AudioOutput::deviceDescription() const
{
    QString text;
    QMetaObject::invokeMethod(m_host, [&] { text = m_host->m_description; }, Qt::BlockingQueuedConnection);
    return text;
}

QAudioFormat AudioOutput::format() const
{
    QAudioFormat f;
    QMetaObject::invokeMethod(
        m_host, [&] { f = m_host->m_sink ? m_host->m_sink->format() : QAudioFormat(); }, Qt::BlockingQueuedConnection);
    return f;
}

quint64 AudioOutput::renderedBlocks() const
{
    quint64 n = 0;
    QMetaObject::invokeMethod(
        m_host, [&] { n = m_host->m_device ? m_host->m_device->blocks() : 0; }, Qt::BlockingQueuedConnection);
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

void AudioOutput::play(const Sequence &sequence)
{
    m_player->play(sequence);
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
    QMetaObject::invokeMethod(m_host, [&] { m_host->setObserver(std::move(observer)); }, Qt::BlockingQueuedConnection);
}

} // namespace stages::audio
