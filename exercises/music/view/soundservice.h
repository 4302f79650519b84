#pragma once

#include "audio/sequence.h"
#include "core/result.h"
#include "exercises/music/view/noteoutput.h"
#include "exercises/music/view/sequencecues.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace stages::audio {
class AudioOutput;
class Synth;
} // namespace stages::audio

namespace stages::music {

struct Melody;

/// The app's one live sound engine for the music screens: a FluidSynth Synth played into the
/// sound device by an AudioOutput, made on first use (start()) and kept until the app ends. The
/// app's context object owns it and passes it down; it is not a singleton.
///
/// As a NoteOutput it sends the on-screen instruments' notes straight to the synth. play() plays
/// a Sequence and calls back once per note exactly when that note is heard. The position, for the
/// cues and for positionMs() alike, is the output's heard frame (audio::PlaybackClock: frames the
/// audio thread handed to the device, less what still waits in its buffer), so it stops whenever
/// the device stops taking sound, as the sound itself does. Without a SoundFont or a sound device everything still
/// works silently: the position then follows the clock, cues arrive on time and notice() says, in a sentence for a
/// banner, why there is no sound. Nothing here blocks for long or throws.
class SoundService : public QObject, public NoteOutput
{
    Q_OBJECT

public:
    struct Options
    {
        QString soundFontPath; ///< empty: SoundFontLocator's search
        bool useDevice = true; ///< false: never open a sound device (silent, clock-driven)
        int bufferMs = 10;
    };
    using CueCallback = std::function<void(const SequenceCues::Cue &cue)>;

    struct Diagnostics
    {
        bool synthOk = false;
        bool deviceOk = false;
        QString soundFontPath; ///< the file loaded, or the one asked for
        QString soundFontStatus; ///< translated: "Loaded" or why not
        QString device; ///< device description, or why none
        int sampleRate = 0;
        QString sampleFormat;
        int requestedBufferMs = 0;
        double latencyMs = 0; ///< what the device granted
        int underruns = 0;
    };

    explicit SoundService(QObject *parent = nullptr);
    explicit SoundService(Options options, QObject *parent = nullptr);
    ~SoundService() override;

    /// Makes the synth and opens the device the first time; later calls only report. Returns
    /// the first problem met (the same text as notice()); success means sound is audible.
    Status start();
    bool isStarted() const { return m_started; }
    bool hasSynth() const { return m_synth != nullptr; }
    bool isAudible() const { return m_synth && m_deviceOk; }
    /// Why there is no sound, for a banner; empty when sound works (or before start()).
    QString notice() const { return m_notice; }

    QString configuredSoundFontPath() const { return m_options.soundFontPath; }
    /// Uses another SoundFont from now on (empty: search); drops the engine, the next start() loads it.
    void setSoundFontPath(const QString &path);
    /// Loads @p path into a throw-away synth: success when it is a usable SoundFont.
    static Status checkSoundFont(const QString &path);

    Diagnostics diagnostics() const;
    /// The device's buffer in ms (0 when silent): how long after rendering a sound is heard.
    double outputLatencyMs() const;
    int sampleRate() const;

    // NoteOutput: the pupil's notes, straight to the synth (starts the engine when needed).
    void noteOn(int channel, int midiNote, int velocity) override;
    void noteOff(int channel, int midiNote) override;

    /// Plays @p sequence (replacing what plays) and calls @p onNote, and emits noteSounding(),
    /// for each note when it is heard.
    void play(const audio::Sequence &sequence, CueCallback onNote = {});
    /// Plays a melody at the engine's sample rate.
    void play(const Melody &melody, CueCallback onNote = {});
    void stop();
    bool isPlaying() const { return m_playing; }
    /// Where the playback is, in ms of the sequence as heard (negative while the first sound is
    /// still on its way to the speaker); -1 when nothing plays. Tap timing uses this clock: it
    /// is the cues' clock, never the wall clock since play(), which runs ahead of the sound
    /// whenever the device takes it late (defect 11).
    double positionMs() const;
    /// A short beep-like test tune (C E G C) for the diagnostics.
    void playTestSound();

signals:
    void noteSounding(int channel, int key, int durationMs);
    void playbackFinished();
    void noticeChanged(const QString &notice);

private:
    void setNotice(const QString &notice);
    void tick();
    double positionFrames() const;
    void dropEngine();

    Options m_options;
    std::unique_ptr<audio::Synth> m_synth;
    std::unique_ptr<audio::AudioOutput> m_output;
    bool m_started = false;
    bool m_deviceOk = false;
    QString m_notice;
    QString m_soundFontStatus;
    QString m_deviceStatus;

    // Playback with cues.
    SequenceCues m_cues;
    CueCallback m_onNote;
    QTimer m_tick;
    QElapsedTimer m_wall; // the position without a device
    qint64 m_startFrame = 0; // the output's frame where the sequence's frame 0 falls
    qint64 m_endFrame = 0;
    bool m_playing = false;
    bool m_playingAudibly = false;
};

} // namespace stages::music
