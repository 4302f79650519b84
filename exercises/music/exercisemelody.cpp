#include "exercises/music/exercisemelody.h"

#include "exercises/framework/exerciseengine.h"
#include "exercises/music/euclideanstructure.h"
#include "exercises/music/musicskins.h"
#include "exercises/music/tasks/listenidentifytask.h"
#include "exercises/music/tasks/playbacktask.h"
#include "exercises/music/tasks/taprhythmtask.h"

namespace stages::music {

double ExerciseMelody::tempo(const Exercise &exercise)
{
    if (exercise.task == QLatin1String("tap-rhythm"))
        return TapRhythmTask::bpm(exercise);
    return exercise.options.value(QStringLiteral("bpm")).toDouble(100);
}

bool ExerciseMelody::isDrums(const Exercise &exercise)
{
    return exercise.skin == QLatin1String("drums");
}

QList<int> ExerciseMelody::symbolKeys(const Exercise &exercise, const ExerciseEngine &engine)
{
    QList<int> keys;
    const Skin *skin = engine.skins().find(exercise.skin);
    if (!skin)
        return keys;
    for (int index : exercise.elements) {
        const int key = MusicSkins::midiKey(skin->elements().value(index));
        if (key < 0)
            return {};
        keys.append(key);
    }
    return keys;
}

Melody ExerciseMelody::forItem(const Exercise &exercise, const ExerciseEngine &engine, const Item &item, int cycles)
{
    Melody m;
    m.tempoBpm = tempo(exercise);
    m.instrument = isDrums(exercise) ? QStringLiteral("drums") : QStringLiteral("xylophone");
    const QList<int> keys = symbolKeys(exercise, engine);
    if (keys.isEmpty())
        return m;
    const int symbolCount = int(keys.size());
    if (exercise.structure && exercise.structure->kind() == QLatin1String("euclidean")) {
        const double step = 1.0 / TapRhythmTask::stepsPerBeat(exercise);
        for (int c = 0; c < cycles; ++c) {
            for (qsizetype i = 0; i < item.size(); ++i) {
                const int symbol = std::clamp(item.at(i), 0, symbolCount - 1);
                const bool beat = symbol == 1;
                m.notes.append({ keys.at(symbol), (c * item.size() + i) * step, step, beat ? 115 : 55 });
            }
        }
        return m;
    }
    double beat = 0;
    for (qsizetype i = 0; i < item.size(); ++i) {
        const int symbol = exercise.structure ? exercise.structure->symbolOf(int(i), item.at(i)) : item.at(i);
        if (symbol < 0 || symbol >= symbolCount)
            continue;
        m.notes.append({ keys.at(symbol), beat, 0.5, 100 });
        beat += 0.5;
    }
    if (!m.notes.isEmpty())
        m.notes.last().beats = 1.0;
    return m;
}

Result<Melody> ExerciseMelody::forExercise(const Exercise &exercise, const ExerciseEngine &engine)
{
    if (exercise.isNull() || symbolKeys(exercise, engine).isEmpty())
        return Result<Melody>::failure(
            tr("The exercise %1 is not a music exercise; it has no sound to play.").arg(exercise.id));
    if (exercise.task == QLatin1String("play-back"))
        return forItem(exercise, engine, PlayBackTask::target(exercise));
    if (exercise.task == QLatin1String("listen-identify"))
        return forItem(exercise, engine, ListenIdentifyTask::setup(exercise).played);
    if (exercise.task == QLatin1String("tap-rhythm")) {
        // Four count-in clicks (side stick), then the rhythm from beat 4 as the prompt's times say.
        Melody m = forItem(exercise, engine, TapRhythmTask::pattern(exercise), TapRhythmTask::cycles(exercise));
        for (MelodyNote &n : m.notes)
            n.startBeat += 4;
        for (int beat = 0; beat < 4; ++beat)
            m.notes.insert(beat, { 37, double(beat), 0.25, beat == 0 ? 120 : 90 });
        return m;
    }
    if (const auto *euclid = dynamic_cast<const EuclideanStructure *>(exercise.structure.get()))
        return forItem(exercise, engine, EuclideanStructure::toItem(euclid->rhythm()), 2);
    // Otherwise introduce the elements: each symbol once, in order.
    Melody m;
    m.tempoBpm = tempo(exercise);
    m.instrument = isDrums(exercise) ? QStringLiteral("drums") : QStringLiteral("xylophone");
    double beat = 0;
    for (int key : symbolKeys(exercise, engine)) {
        m.notes.append({ key, beat, 0.5, 100 });
        beat += 0.5;
    }
    return m;
}

} // namespace stages::music
