#pragma once

#include "exercises/framework/task.h"

namespace stages::music {

/// "tap-rhythm": tap along with a Euclidean (or named traditional) rhythm while a metronome
/// counts in. Scored by timing error in ms with TapScorer; the tolerance tightens by stage
/// (150 ms at stage 1 down to 40 ms). The screen shows the rhythm as a circle (onset steps on n
/// points) and as a grid. Options: "named" (a traditional rhythm id: its pattern is played),
/// "bpm", "stepsPerBeat" (default 2), "cycles" (default 2).
/// Prompt: {"pattern": "x..x..x.", "steps", "onsets": [step...], "bpm", "stepsPerBeat", "cycles",
/// "countInBeats": 4, "onsetTimesMs": [...], "toleranceMs"}; times are from the first step, which
/// comes right after the count-in. Answer: {"taps": [ms...]} (or the bare array), same clock.
/// Score: hits / (onsets + extra taps); success: every onset hit and no extra tap.
class TapRhythmTask final : public Task
{
public:
    QString key() const override { return QStringLiteral("tap-rhythm"); }
    bool suits(const Structure &structure) const override;
    bool seeded() const override { return true; }
    QString variantKey(const Exercise &exercise) const override;
    QJsonObject prompt(const Exercise &exercise, const ExerciseEngine &engine) const override;
    Solution solve(const Exercise &exercise) const override;
    Evaluation evaluate(const Exercise &exercise, const QJsonValue &answer) const override;

    /// The rhythm played: the named pattern, else Bjorklund's E(k,n).
    static Item pattern(const Exercise &exercise);
    static int cycles(const Exercise &exercise);
    static int stepsPerBeat(const Exercise &exercise);
    /// Tempo: option "bpm", else 80..110 BPM by seed.
    static double bpm(const Exercise &exercise);
    static QList<double> onsetTimesMs(const Exercise &exercise);
};

} // namespace stages::music
