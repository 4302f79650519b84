#include "exercises/music/view/soundservice.h"

#include "audio/audiooutput.h"
#include "audio/synth.h"
#include "exercises/music/melody.h"
#include "exercises/music/melodysound.h"

#include <QFileInfo>

#include <cmath>

namespace stages::music {

SoundService::SoundService(QObject *parent)
    : SoundService(Options(), parent)
{ }

SoundService::SoundService(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    // Cues are checked every few ms: at 120 BPM a half-beat note lasts 250 ms, so a note is lit
    // at most one tick (≤ 4 ms) after the player's position reaches it.
    m_tick.setTimerType(Qt::PreciseTimer);
    m_tick.setInterval(4);
    connect(&m_tick, &QTimer::timeout, this, &SoundService::tick);
}

SoundService::~SoundService()
{
    dropEngine();
}

void SoundService::dropEngine()
{
    m_tick.stop();
    m_playing = false;
    if (m_output)
        m_output->stop();
    m_output.reset();
    m_synth.reset();
    m_started = false;
    m_deviceOk = false;
}

Status SoundService::start()
{
    if (m_started)
        return m_notice.isEmpty() ? Status() : Status::failure(m_notice);
    m_started = true;
    audio::Synth::Options synthOptions;
    synthOptions.soundFontPath = m_options.soundFontPath;
    auto synth = audio::Synth::create(synthOptions);
    if (!synth) {
        m_soundFontStatus = synth.error();
        m_deviceStatus = tr("Not opened: there is no SoundFont to play.");
        // The engine's message already says what to do and that the exercises go on.
        setNotice(synth.error());
        return Status::failure(m_notice);
    }
    m_synth = std::move(synth.value());
    m_soundFontStatus = tr("Loaded.");
    m_synth->setInstrument(audio::Instrument::Xylophone);
    if (!m_options.useDevice) {
        m_deviceStatus = tr("Sound output is switched off.");
        setNotice(tr("Sound is switched off. The exercises still work, watch the lights."));
        return Status::failure(m_notice);
    }
    m_output = std::make_unique<audio::AudioOutput>(*m_synth);
    connect(m_output.get(), &audio::AudioOutput::failed, this, [this](const QString &message) {
        m_deviceOk = false;
        m_deviceStatus = message;
        setNotice(message);
    });
    const Status opened = m_output->start(m_options.bufferMs);
    if (!opened) {
        m_deviceStatus = opened.error();
        setNotice(opened.error());
        return opened;
    }
    m_deviceOk = true;
    m_deviceStatus = m_output->deviceDescription();
    setNotice(QString());
    return {};
}

void SoundService::setNotice(const QString &notice)
{
    if (notice == m_notice)
        return;
    m_notice = notice;
    emit noticeChanged(m_notice);
}

void SoundService::setSoundFontPath(const QString &path)
{
    if (path == m_options.soundFontPath && m_started)
        return;
    m_options.soundFontPath = path;
    const bool wasStarted = m_started;
    dropEngine();
    if (wasStarted)
        (void)start();
}

Status SoundService::checkSoundFont(const QString &path)
{
    if (path.isEmpty() || !QFileInfo(path).isFile())
        return Status::failure(tr("The file %1 does not exist.").arg(path));
    audio::Synth::Options options;
    options.soundFontPath = path;
    auto synth = audio::Synth::create(options);
    if (!synth)
        return Status::failure(synth.error());
    return {};
}

SoundService::Diagnostics SoundService::diagnostics() const
{
    Diagnostics d;
    d.synthOk = m_synth != nullptr;
    d.deviceOk = m_deviceOk;
    d.soundFontPath = m_synth
        ? m_synth->soundFontPath()
        : (m_options.soundFontPath.isEmpty() ? tr("(searched, none found)") : m_options.soundFontPath);
    d.soundFontStatus = m_started ? m_soundFontStatus : tr("Not loaded yet.");
    d.device = m_started ? m_deviceStatus : tr("Not opened yet.");
    d.sampleRate = m_synth ? m_synth->sampleRate() : 0;
    d.requestedBufferMs = m_options.bufferMs;
    if (m_output && m_deviceOk) {
        const QAudioFormat format = m_output->format();
        d.sampleRate = format.sampleRate();
        d.sampleFormat = format.sampleFormat() == QAudioFormat::Float ? tr("32-bit float") : tr("16-bit");
        d.latencyMs = m_output->actualLatencyMs();
        d.underruns = m_output->underruns();
    }
    return d;
}

double SoundService::outputLatencyMs() const
{
    return m_output && m_deviceOk ? m_output->actualLatencyMs() : 0.0;
}

int SoundService::sampleRate() const
{
    return m_synth ? m_synth->sampleRate() : 48000;
}

void SoundService::noteOn(int channel, int midiNote, int velocity)
{
    if (!m_started)
        (void)start();
    if (m_synth)
        m_synth->noteOn(channel, midiNote, velocity);
}

void SoundService::noteOff(int channel, int midiNote)
{
    if (m_synth)
        m_synth->noteOff(channel, midiNote);
}

void SoundService::play(const Melody &melody, CueCallback onNote)
{
    if (!m_started)
        (void)start();
    play(MelodySound::sequence(melody, sampleRate()), std::move(onNote));
}

void SoundService::play(const audio::Sequence &sequence, CueCallback onNote)
{
    if (!m_started)
        (void)start();
    stop();
    m_cues = SequenceCues(sequence);
    m_onNote = std::move(onNote);
    m_endFrame = std::max(m_cues.lastFrame(), sequence.lastEventFrame());
    m_playingAudibly = isAudible();
    // The player starts the sequence on the next block it renders and says on which frame.
    // A synth without a device renders nothing: the cues then follow the clock alone.
    m_startFrame = m_playingAudibly ? m_output->play(sequence) : 0;
    m_wall.start();
    m_playing = true;
    m_tick.start();
    tick();
}

void SoundService::stop()
{
    if (!m_playing)
        return;
    m_tick.stop();
    m_playing = false;
    if (m_output && m_playingAudibly)
        m_output->stopSequence();
    m_onNote = {};
}

double SoundService::positionFrames() const
{
    if (m_playingAudibly)
        return m_output->heardFrame() - double(m_startFrame);
    return double(m_wall.nsecsElapsed()) / 1e9 * m_cues.sampleRate();
}

double SoundService::positionMs() const
{
    if (!m_playing)
        return -1;
    return positionFrames() * 1000.0 / m_cues.sampleRate();
}

void SoundService::tick()
{
    if (!m_playing)
        return;
    const qint64 position = qint64(std::floor(positionFrames()));
    const QList<SequenceCues::Cue> due = m_cues.due(position);
    // A callback may stop or restart playback; keep our own copy of it.
    const CueCallback onNote = m_onNote;
    for (const SequenceCues::Cue &cue : due) {
        if (onNote)
            onNote(cue);
        emit noteSounding(cue.channel, cue.key, m_cues.framesToMs(cue.durationFrames));
        if (!m_playing)
            return;
    }
    if (m_cues.isDone() && position >= m_endFrame) {
        m_tick.stop();
        m_playing = false;
        m_onNote = {};
        emit playbackFinished();
    }
}

void SoundService::playTestSound()
{
    Melody melody;
    melody.tempoBpm = 120;
    melody.instrument = QStringLiteral("xylophone");
    const QList<int> keys { 60, 64, 67, 72 };
    for (int i = 0; i < keys.size(); ++i)
        melody.notes.append({ keys.at(i), i * 0.5, i == keys.size() - 1 ? 1.0 : 0.5, 100 });
    play(melody);
}

} // namespace stages::music
