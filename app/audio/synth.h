#pragma once

#include "audio/instrument.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <memory>

struct _fluid_hashtable_t;
struct _fluid_synth_t;

namespace stages::audio {

/// A FluidSynth software synthesizer with one General MIDI SoundFont loaded. Owns its
/// fluid_settings and fluid_synth. Note and program calls are thread-safe (FluidSynth's
/// thread-safe API), so the GUI thread may play notes while the audio thread renders.
class Synth
{
    Q_DECLARE_TR_FUNCTIONS(stages::audio::Synth)

public:
    struct Options
    {
        QString soundFontPath; ///< empty: SoundFontLocator::find()
        int sampleRate = 48000;
        double gain = 0.6; ///< FluidSynth master gain (its default 0.2 is quiet for one voice)
        int polyphony = 64;
        bool reverb = false; ///< off by default: a dry sound is clearer for children and for tests
    };

    ~Synth();
    Synth(const Synth &) = delete;
    Synth &operator=(const Synth &) = delete;

    /// Creates the synth and loads the SoundFont; fails with a clear message when the file is
    /// missing or not a SoundFont. Never blocks on audio hardware: the synth has no driver.
    static Result<std::unique_ptr<Synth>> create(const Options &options);
    /// The default options: the SoundFont found by SoundFontLocator, 48 kHz.
    static Result<std::unique_ptr<Synth>> create();

    int sampleRate() const { return m_sampleRate; }
    const QString &soundFontPath() const { return m_soundFontPath; }

    void noteOn(int channel, int key, int velocity);
    void noteOff(int channel, int key);
    void programChange(int channel, int program);
    /// Program change for a melodic instrument on its channel; nothing to do for drums (channel 10).
    void setInstrument(Instrument instrument);
    /// Releases every note on every channel (they fade out by their envelopes).
    void allNotesOff();
    /// Silences everything at once and resets controllers and programs. Renders (and drops) a few
    /// blocks to do so: offline use only, never while an AudioOutput pulls from this synth.
    void reset();
    int activeVoices() const;

    /// Renders @p frames stereo frames, interleaved L R L R.
    void render(float *interleaved, int frames);
    void render(qint16 *interleaved, int frames);

    /// FluidSynth computes sound in blocks of this many frames; a note or program event takes
    /// effect at the start of the next block. SequencePlayer schedules on this grid.
    static constexpr int kBlockFrames = 64;
    /// Frames rendered since creation: the synth's block grid is at multiples of kBlockFrames.
    qint64 framesRendered() const { return m_framesRendered.load(); }
    /// Renders and drops the rest of the current block, so the next render starts on the grid with
    /// nothing buffered (offline rendering does this for bit-identical results).
    void alignToBlock();

private:
    Synth() = default;

    struct SettingsDeleter
    {
        void operator()(_fluid_hashtable_t *s) const;
    };
    struct SynthDeleter
    {
        void operator()(_fluid_synth_t *s) const;
    };
    std::unique_ptr<_fluid_hashtable_t, SettingsDeleter> m_settings;
    std::unique_ptr<_fluid_synth_t, SynthDeleter> m_synth;
    int m_sampleRate = 48000;
    QString m_soundFontPath;
    std::atomic<qint64> m_framesRendered { 0 };
};

} // namespace stages::audio
