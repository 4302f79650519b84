#pragma once

#include "core/result.h"
#include "exercises/framework/exercise.h"
#include "exercises/music/melody.h"

#include <QCoreApplication>

namespace stages {
class ExerciseEngine;
}

namespace stages::music {

/// Turns exercises and items into sound: which MIDI key each symbol plays (from the notes or
/// drums skin) and what an exercise plays to the pupil. Shared by the music tasks, stagesctl and
/// the screens, so all of them play the same thing.
class ExerciseMelody
{
    Q_DECLARE_TR_FUNCTIONS(stages::music::ExerciseMelody)

public:
    /// Tempo of an exercise: option "bpm", else 100 BPM (tap-rhythm: its seeded tempo).
    static double tempo(const Exercise &exercise);
    /// MIDI key per symbol of the exercise (its chosen skin elements); empty when the skin is silent.
    static QList<int> symbolKeys(const Exercise &exercise, const ExerciseEngine &engine);
    /// Whether the exercise's skin is "drums" (the melody goes to the drum channel).
    static bool isDrums(const Exercise &exercise);

    /// One item as sound. Euclidean rhythms: @p cycles times n steps (two a beat), beats with
    /// symbol 1, rests softly with symbol 0 (the pulse). Anything else: one note per position,
    /// half a beat each, the last one held.
    static Melody forItem(const Exercise &exercise, const ExerciseEngine &engine, const Item &item, int cycles = 1);
    /// What the exercise plays to the pupil: the item to play back or identify, the rhythm to tap
    /// along with (a four-click count-in, then its cycles), a Euclidean rhythm twice, otherwise
    /// each of its elements once.
    static Result<Melody> forExercise(const Exercise &exercise, const ExerciseEngine &engine);
};

} // namespace stages::music
