#include "audio/synth.h"

#include "audio/soundfontlocator.h"

#include <QFileInfo>
#include <QLoggingCategory>

#include <fluidsynth.h>

#include <mutex>

namespace stages::audio {

namespace {

Q_LOGGING_CATEGORY(lcFluid, "stages.audio.fluidsynth")

// FluidSynth prints to stderr by default; route it to a Qt logging category instead so a missing
// file is reported once, by our own message.
void fluidLog(int level, const char *message, void *)
{
    if (level <= FLUID_WARN)
        qCDebug(lcFluid, "%s", message);
}

void installLogHandlers()
{
    static std::once_flag once;
    std::call_once(once, [] {
        for (int level : { FLUID_PANIC, FLUID_ERR, FLUID_WARN, FLUID_INFO, FLUID_DBG })
            fluid_set_log_function(level, fluidLog, nullptr);
    });
}

} // namespace

void Synth::SettingsDeleter::operator()(_fluid_hashtable_t *s) const
{
    delete_fluid_settings(s);
}

void Synth::SynthDeleter::operator()(_fluid_synth_t *s) const
{
    delete_fluid_synth(s);
}

Synth::~Synth()
{
    m_synth.reset(); // the synth must go before its settings
}

Result<std::unique_ptr<Synth>> Synth::create()
{
    return create(Options {});
}

Result<std::unique_ptr<Synth>> Synth::create(const Options &options)
{
    using R = Result<std::unique_ptr<Synth>>;
    installLogHandlers();
    const QString path = options.soundFontPath.isEmpty() ? SoundFontLocator::find() : options.soundFontPath;
    if (path.isEmpty())
        return R::failure(tr("No SoundFont was found, so Stages cannot make instrument sounds. Install the package "
                             "timgm6mb-soundfont or choose a .sf2 file in the settings. Music exercises still work "
                             "with pictures."));
    if (!QFileInfo(path).isFile())
        return R::failure(tr("The SoundFont %1 does not exist. Choose another .sf2 file in the settings; music "
                             "exercises still work with pictures.")
                              .arg(path));
    const QByteArray nativePath = QFile::encodeName(path);
    if (!fluid_is_soundfont(nativePath.constData()))
        return R::failure(tr("%1 is not a SoundFont (.sf2) file. Choose another file in the settings; music "
                             "exercises still work with pictures.")
                              .arg(path));

    std::unique_ptr<Synth> synth(new Synth);
    synth->m_settings.reset(new_fluid_settings());
    if (!synth->m_settings)
        return R::failure(tr("The sound engine could not start (out of memory)."));
    fluid_settings_t *settings = synth->m_settings.get();
    fluid_settings_setnum(settings, "synth.sample-rate", options.sampleRate);
    fluid_settings_setnum(settings, "synth.gain", options.gain);
    fluid_settings_setint(settings, "synth.polyphony", options.polyphony);
    fluid_settings_setint(settings, "synth.reverb.active", options.reverb ? 1 : 0);
    fluid_settings_setint(settings, "synth.chorus.active", 0);
    fluid_settings_setint(settings, "synth.threadsafe-api", 1);
    // One rendering thread: on a shared school PC the extra cores are better left to the UI.
    fluid_settings_setint(settings, "synth.cpu-cores", 1);
    synth->m_synth.reset(new_fluid_synth(settings));
    if (!synth->m_synth)
        return R::failure(tr("The sound engine could not start."));
    if (fluid_synth_sfload(synth->m_synth.get(), nativePath.constData(), 1) == FLUID_FAILED)
        return R::failure(tr("The SoundFont %1 could not be loaded; it may be damaged. Choose another file in the "
                             "settings; music exercises still work with pictures.")
                              .arg(path));
    synth->m_sampleRate = options.sampleRate;
    synth->m_soundFontPath = QFileInfo(path).absoluteFilePath();
    synth->setInstrument(Instrument::Xylophone);
    return R(std::move(synth));
}

void Synth::noteOn(int channel, int key, int velocity)
{
    fluid_synth_noteon(m_synth.get(), channel, key, velocity);
}

void Synth::noteOff(int channel, int key)
{
    fluid_synth_noteoff(m_synth.get(), channel, key);
}

void Synth::programChange(int channel, int program)
{
    fluid_synth_program_change(m_synth.get(), channel, program);
}

void Synth::setInstrument(Instrument instrument)
{
    const int program = Instruments::gmProgram(instrument);
    if (program >= 0)
        programChange(Instruments::channel(instrument), program);
}

void Synth::allNotesOff()
{
    fluid_synth_all_notes_off(m_synth.get(), -1);
}

void Synth::reset()
{
    fluid_synth_system_reset(m_synth.get());
    // A system reset only releases the voices (they ring on); cut them, then render and drop a few
    // blocks so the cut's fade-out ramp and FluidSynth's queued events are through: afterwards the
    // same events give the same samples.
    fluid_synth_all_sounds_off(m_synth.get(), -1);
    alignToBlock();
    float scratch[2 * kBlockFrames];
    for (int i = 0; i < 4; ++i)
        render(scratch, kBlockFrames);
}

int Synth::activeVoices() const
{
    return fluid_synth_get_active_voice_count(m_synth.get());
}

void Synth::render(float *interleaved, int frames)
{
    fluid_synth_write_float(m_synth.get(), frames, interleaved, 0, 2, interleaved, 1, 2);
    m_framesRendered += frames;
}

void Synth::alignToBlock()
{
    const int rest = int((kBlockFrames - framesRendered() % kBlockFrames) % kBlockFrames);
    if (rest > 0) {
        float scratch[2 * kBlockFrames];
        render(scratch, rest);
    }
}

void Synth::render(qint16 *interleaved, int frames)
{
    fluid_synth_write_s16(m_synth.get(), frames, interleaved, 0, 2, interleaved, 1, 2);
    m_framesRendered += frames;
}

} // namespace stages::audio
