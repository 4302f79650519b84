#pragma once

#include "exercises/music/euclideanrhythm.h"

#include <QList>

namespace stages::music {

/// How well a pupil's taps followed a rhythm: data only, the UI turns it into words.
struct TapEvaluation
{
    /// Signed timing error per expected onset in ms (tap minus onset; positive = late).
    /// Missed onsets hold NaN.
    QList<double> errorsMs;
    int expected = 0;
    int hits = 0; ///< onsets tapped within the tolerance
    int late = 0; ///< onsets tapped, but outside the tolerance
    int misses = 0; ///< onsets with no tap near them
    int extras = 0; ///< taps that belong to no onset
    double meanAbsErrorMs = 0; ///< over the onsets that were tapped
    double maxAbsErrorMs = 0;
    double toleranceMs = 0;
    double score = 0; ///< hits / (expected + extras), 0..1
    bool success = false; ///< every onset hit and no extra tap
};

/// Scores taps against the onsets of a rhythm played with a metronome. Each onset owns a
/// capture window of half the shortest gap around it, so one tap never counts for two onsets;
/// the nearest tap in the window is matched, further taps there are extras.
class TapScorer
{
public:
    explicit TapScorer(double toleranceMs)
        : m_toleranceMs(toleranceMs)
    { }

    /// The tolerance tightens by stage: 150 ms at stage 1 down to 40 ms from stage 8.
    static double toleranceForStage(int stage);

    /// Onset times in ms of @p cycles repetitions of @p rhythm, each step lasting
    /// 1/@p stepsPerBeat of a beat at @p bpm, the first step at @p startMs.
    static QList<double> onsetTimesMs(const EuclideanRhythm &rhythm, double bpm, int stepsPerBeat, int cycles,
                                      double startMs = 0);

    TapEvaluation score(const QList<double> &expectedMs, QList<double> tapsMs) const;
    double toleranceMs() const { return m_toleranceMs; }

private:
    double m_toleranceMs;
};

} // namespace stages::music
