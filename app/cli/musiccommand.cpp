#include "cli/command.h"

#include <QLocale>

#include "audio/audiooutput.h"
#include "audio/instrument.h"
#include "audio/offlinerenderer.h"
#include "audio/soundfontlocator.h"
#include "audio/synth.h"
#include "core/progress/artifactservice.h"
#include "exercises/domains/domains.h"
#include "exercises/music/drumsound.h"
#include "exercises/music/euclideanrhythm.h"
#include "exercises/music/exercisemelody.h"
#include "exercises/music/melody.h"
#include "exercises/music/melodysound.h"
#include "exercises/music/musicprovider.h"
#include "exercises/music/traditionalrhythm.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMediaDevices>
#include <QThread>

namespace stages::cli {

namespace {

using namespace stages::audio;
using namespace stages::music;

/// The sound engine from the command line: render to WAV, export MIDI, print Euclidean rhythms,
/// and a diagnostics report (SoundFont, devices, granted latency). Rendering needs no device.
class MusicCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(stages::cli::MusicCommand)

public:
    // The music domain's command group: "stagesctl music ...".
    QString name() const override { return MusicProvider::domainKey(); }
    QString summary() const override
    {
        return tr("Render melodies to WAV, export MIDI, print rhythms, check the sound.");
    }
    QStringList verbs() const override
    {
        return { tr("render (--notes \"C4 E4 G4\" | --exercise ID) --wav FILE [--tempo BPM] [--instrument NAME]"),
                 tr("export-midi (--notes \"...\" | --artifact ID) --out FILE.mid [--tempo BPM] [--instrument NAME]"),
                 tr("rhythm K N        the Euclidean rhythm E(K,N) as x and ."),
                 tr("rhythms           the named traditional rhythms and their E(k,n)"),
                 tr("diagnostics       SoundFont, sound devices and the latency the device grants") };
    }

    int run(Context &ctx, const QStringList &args) override
    {
        const QString verb = args.value(0);
        const QStringList rest = QStringList { QLatin1String("stagesctl music ") + verb } + args.mid(1);
        if (verb == QLatin1String("render"))
            return render(ctx, rest);
        if (verb == QLatin1String("export-midi"))
            return exportMidi(ctx, rest);
        if (verb == QLatin1String("rhythm"))
            return rhythm(ctx, rest);
        if (verb == QLatin1String("rhythms"))
            return rhythms(ctx, rest);
        if (verb == QLatin1String("diagnostics"))
            return diagnostics(ctx, rest);
        return groupHelp(ctx, *this, args);
    }

private:
    struct MelodyOptions
    {
        QCommandLineOption notes { QStringLiteral("notes"), tr("Notes, each one beat long: \"C4 E4 G4\"."),
                                   tr("NOTES") };
        QCommandLineOption tempo { QStringLiteral("tempo"), tr("Beats a minute (default 120)."), tr("BPM") };
        QCommandLineOption instrument { QStringLiteral("instrument"),
                                        tr("One of: %1 (default xylophone).").arg(Instruments::idList()), tr("NAME") };
        QCommandLineOption soundFont { QStringLiteral("soundfont"), tr("SoundFont file (default: the system's)."),
                                       tr("FILE") };

        void addTo(QCommandLineParser &parser) const { parser.addOptions({ notes, tempo, instrument, soundFont }); }
    };

    /// The melody from --notes, with --tempo and --instrument applied.
    static Result<Melody> melodyFromNotes(const QCommandLineParser &parser, const MelodyOptions &o)
    {
        auto pitches = Pitch::parseList(parser.value(o.notes));
        if (!pitches)
            return Result<Melody>::failure(pitches.error());
        Melody melody = Melody::fromPitches(*pitches);
        if (auto s = applyOptions(parser, o, melody); !s)
            return Result<Melody>::failure(s.error());
        return melody;
    }

    static Status applyOptions(const QCommandLineParser &parser, const MelodyOptions &o, Melody &melody)
    {
        if (parser.isSet(o.tempo)) {
            bool ok = false;
            const double bpm = parser.value(o.tempo).toDouble(&ok);
            if (!ok || bpm < 20 || bpm > 400)
                return Status::failure(tr("The tempo must be a number from 20 to 400 beats a minute."));
            melody.tempoBpm = bpm;
        }
        if (parser.isSet(o.instrument)) {
            Instrument instrument;
            if (!Instruments::fromId(parser.value(o.instrument), &instrument))
                return Status::failure(tr("Unknown instrument \"%1\"; choose one of: %2.")
                                           .arg(parser.value(o.instrument), Instruments::idList()));
            melody.instrument = Instruments::id(instrument);
        }
        return {};
    }

    int render(Context &ctx, const QStringList &args)
    {
        QCommandLineParser parser;
        MelodyOptions o;
        o.addTo(parser);
        const QCommandLineOption exercise(QStringLiteral("exercise"), tr("Render what this exercise plays."), tr("ID"));
        const QCommandLineOption wav(QStringLiteral("wav"), tr("The WAV file to write."), tr("FILE"));
        parser.addOptions({ exercise, wav });
        if (auto code = parseVerb(ctx, parser, args,
                                  tr("Renders notes or an exercise's sound to a WAV file, with the "
                                     "same engine as the app and no sound device."),
                                  0))
            return *code;
        if (!parser.isSet(wav))
            return ctx.fail(tr("--wav FILE is required."));
        if (parser.isSet(o.notes) == parser.isSet(exercise))
            return ctx.fail(tr("Give either --notes or --exercise."));
        Melody melody;
        if (parser.isSet(o.notes)) {
            auto m = melodyFromNotes(parser, o);
            if (!m)
                return ctx.fail(m.error());
            melody = *m;
        } else {
            auto m = exerciseMelody(parser.value(exercise));
            if (!m)
                return ctx.fail(m.error());
            melody = *m;
            if (auto s = applyOptions(parser, o, melody); !s)
                return ctx.fail(s.error());
        }
        Synth::Options synthOptions;
        synthOptions.soundFontPath = parser.value(o.soundFont);
        auto synth = Synth::create(synthOptions);
        if (!synth)
            return ctx.fail(synth.error());
        const Sequence sequence = MelodySound::sequence(melody, (*synth)->sampleRate());
        if (auto s = OfflineRenderer::renderToWav(**synth, sequence, parser.value(wav)); !s)
            return ctx.fail(s.error());
        Instrument instrument = Instrument::Xylophone;
        const QString instrumentName = Instruments::fromId(melody.instrument, &instrument)
            ? Instruments::displayName(instrument)
            : melody.instrument;
        //: %n notes, %2 seconds (a decimal number), %3 sample rate, %4 instrument, %5 tempo
        ctx.out << tr("Wrote %1: %n note(s), %2 s at %3 Hz (%4, %5 BPM).", nullptr, int(melody.notes.size()))
                       .arg(parser.value(wav),
                            QLocale().toString(double(sequence.lengthFrames()) / sequence.sampleRate(), 'f', 2))
                       .arg(sequence.sampleRate())
                       .arg(instrumentName)
                       .arg(melody.tempoBpm)
                << Qt::endl;
        return Success;
    }

    /// What an exercise plays to the pupil, from the same catalogue the app builds.
    static Result<Melody> exerciseMelody(const QString &id)
    {
        const auto content = makeExerciseContent();
        const Exercise *exercise = content->catalogue().find(id);
        if (!exercise)
            return Result<Melody>::failure(
                tr("There is no exercise \"%1\"; \"stagesctl exercises list --domain music\" shows the music ones.")
                    .arg(id));
        return ExerciseMelody::forExercise(*exercise, content->engine());
    }

    int exportMidi(Context &ctx, const QStringList &args)
    {
        QCommandLineParser parser;
        MelodyOptions o;
        o.addTo(parser);
        const QCommandLineOption artifact(QStringLiteral("artifact"), tr("A saved melody (artifact id)."), tr("ID"));
        const QCommandLineOption out(QStringLiteral("out"), tr("The MIDI file to write."), tr("FILE"));
        parser.addOptions({ artifact, out });
        if (auto code
            = parseVerb(ctx, parser, args, tr("Exports notes or a pupil's saved melody as a Standard MIDI File."), 0))
            return *code;
        if (!parser.isSet(out))
            return ctx.fail(tr("--out FILE is required."));
        if (parser.isSet(o.notes) == parser.isSet(artifact))
            return ctx.fail(tr("Give either --notes or --artifact."));
        Melody melody;
        if (parser.isSet(o.notes)) {
            auto m = melodyFromNotes(parser, o);
            if (!m)
                return ctx.fail(m.error());
            melody = *m;
        } else {
            Database *db = ctx.existingDatabase();
            if (!db)
                return Failure;
            auto m = artifactMelody(*db, ctx.clock(), parser.value(artifact));
            if (!m)
                return ctx.fail(m.error());
            melody = *m;
            if (auto s = applyOptions(parser, o, melody); !s)
                return ctx.fail(s.error());
        }
        if (auto s = MelodySound::writeMidi(melody, parser.value(out)); !s)
            return ctx.fail(s.error());
        ctx.out << tr("Wrote %1: %n note(s) at %2 BPM.", nullptr, int(melody.notes.size()))
                       .arg(parser.value(out))
                       .arg(melody.tempoBpm)
                << Qt::endl;
        return Success;
    }

    /// A pupil's saved work read through ArtifactService, with its rights (the command line acts as
    /// the school's admin), never by SQL of its own.
    static Result<Melody> artifactMelody(Database &db, const Clock &clock, const QString &id)
    {
        const auto detail = ArtifactService(db, clock).read(Session::commandLine(), id);
        if (!detail) {
            //: %1 an artifact id, %2 why it cannot be read ("This work is no longer there.")
            return Result<Melody>::failure(tr("Saved work %1: %2").arg(id, detail.error()));
        }
        const QJsonObject &object = detail->content;
        // A melody is stored as it is, inside a "compose" artifact under "melody", or as a "create"
        // artifact: the skin's element keys and the pupil's items.
        if (object.value(QStringLiteral("melody")).isObject())
            return Melody::fromJson(QJsonDocument(object.value(QStringLiteral("melody")).toObject()).toJson());
        if (object.value(QStringLiteral("items")).isArray() && object.value(QStringLiteral("elements")).isArray())
            return createdMelody(object, id);
        auto melody = Melody::fromJson(QJsonDocument(object).toJson());
        if (!melody)
            return Result<Melody>::failure(tr("The saved work %1 (%2) is not a melody.").arg(id, detail->summary.kind));
        return melody;
    }

    /// A "create" artifact of the notes or drums skin: each item's elements one after the other.
    static Result<Melody> createdMelody(const QJsonObject &object, const QString &id)
    {
        const bool drums = object.value(QStringLiteral("skin")).toString() == QLatin1String("drums");
        QList<int> keys;
        for (const QJsonValue &v : object.value(QStringLiteral("elements")).toArray()) {
            DrumSound sound;
            if (drums && DrumSounds::fromId(v.toString(), &sound)) {
                keys.append(DrumSounds::gmKey(sound));
            } else if (auto pitch = Pitch::parse(v.toString()); !drums && pitch) {
                keys.append(pitch->midiKey());
            } else {
                return Result<Melody>::failure(
                    tr("The saved work %1 is not music (it uses \"%2\").").arg(id, v.toString()));
            }
        }
        Melody melody;
        melody.instrument = drums ? QStringLiteral("drums") : QStringLiteral("xylophone");
        double beat = 0;
        for (const QJsonValue &item : object.value(QStringLiteral("items")).toArray()) {
            for (const QJsonValue &symbol : item.toArray()) {
                const int index = symbol.toInt(-1);
                if (index < 0 || index >= keys.size())
                    continue;
                melody.notes.append({ keys.at(index), beat, 0.5, 100 });
                beat += 0.5;
            }
        }
        if (melody.notes.isEmpty())
            return Result<Melody>::failure(tr("The saved work %1 has no notes.").arg(id));
        melody.notes.last().beats = 1.0;
        return melody;
    }

    int rhythm(Context &ctx, const QStringList &args)
    {
        QCommandLineParser parser;
        parser.addPositionalArgument(QStringLiteral("K"), tr("Onsets."));
        parser.addPositionalArgument(QStringLiteral("N"), tr("Steps."));
        if (auto code
            = parseVerb(ctx, parser, args, tr("Prints the Euclidean rhythm E(K,N) (Bjorklund's algorithm)."), 2))
            return *code;
        bool okK = false;
        bool okN = false;
        const int k = parser.positionalArguments().at(0).toInt(&okK);
        const int n = parser.positionalArguments().at(1).toInt(&okN);
        if (!okK || !okN)
            return ctx.fail(tr("K and N must be whole numbers."));
        auto r = EuclideanRhythm::euclid(k, n);
        if (!r)
            return ctx.fail(r.error());
        ctx.out << r->toString() << Qt::endl;
        return Success;
    }

    int rhythms(Context &ctx, const QStringList &args)
    {
        QCommandLineParser parser;
        if (auto code = parseVerb(ctx, parser, args, tr("Lists the named traditional rhythms that are Euclidean."), 0))
            return *code;
        for (const TraditionalRhythm &t : TraditionalRhythm::all()) {
            const QString e = QStringLiteral("E(%1,%2)").arg(t.onsets).arg(t.steps);
            ctx.out << t.pattern.leftJustified(17) << e.leftJustified(9) << t.name << " — " << t.origin << "\n";
        }
        ctx.out.flush();
        return Success;
    }

    int diagnostics(Context &ctx, const QStringList &args)
    {
        QCommandLineParser parser;
        const QCommandLineOption soundFont(QStringLiteral("soundfont"), tr("SoundFont file to check."), tr("FILE"));
        const QCommandLineOption buffer(QStringLiteral("buffer-ms"), tr("Buffer to ask the device for (default 10)."),
                                        tr("MS"));
        const QCommandLineOption play(QStringLiteral("play"), tr("Also play a short arpeggio on the device."));
        parser.addOptions({ soundFont, buffer, play });
        if (auto code = parseVerb(ctx, parser, args,
                                  tr("Checks the SoundFont and the sound device and reports the "
                                     "latency the device grants."),
                                  0))
            return *code;
        Synth::Options options;
        options.soundFontPath = parser.value(soundFont);
        auto synth = Synth::create(options);
        if (!synth) {
            ctx.out << tr("SoundFont: not available. %1").arg(synth.error()) << Qt::endl;
        } else {
            ctx.out << tr("SoundFont: %1").arg((*synth)->soundFontPath()) << Qt::endl;
        }
        const QList<QAudioDevice> devices = QMediaDevices::audioOutputs();
        ctx.out << tr("Sound outputs: %1").arg(devices.size()) << Qt::endl;
        for (const QAudioDevice &d : devices)
            ctx.out << "  " << d.description() << (d.isDefault() ? tr(" (default)") : QString()) << Qt::endl;
        if (!synth)
            return Failure;
        AudioOutput output(**synth);
        const int bufferMs = parser.isSet(buffer) ? parser.value(buffer).toInt() : 10;
        if (auto s = output.start(bufferMs); !s) {
            ctx.out << tr("Live sound: not available. %1").arg(s.error()) << Qt::endl;
            return Failure;
        }
        ctx.out << tr("Live sound: %1, asked for %2 ms, the device granted %3 ms.")
                       .arg(output.deviceDescription())
                       .arg(bufferMs)
                       .arg(output.actualLatencyMs(), 0, 'f', 1)
                << Qt::endl;
        if (parser.isSet(play)) {
            const Sequence sequence = MelodySound::sequence(
                Melody::fromPitches(*Pitch::parseList(QStringLiteral("C5 E5 G5 C6")), 0.5), (*synth)->sampleRate());
            output.play(sequence);
            // Bounded: a device that stops pulling must not hang the command.
            const qint64 limitMs = sequence.lengthFrames() * 1000 / sequence.sampleRate() + 2000;
            for (qint64 waited = 0; output.isPlayingSequence() && waited < limitMs; waited += 20)
                QThread::msleep(20);
        }
        output.stop();
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeMusicCommand()
{
    return std::make_unique<MusicCommand>();
}

} // namespace stages::cli
