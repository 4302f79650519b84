#include "exercises/music/tapscorer.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace stages::music {

double TapScorer::toleranceForStage(int stage)
{
    static constexpr double kTolerances[] = { 150, 130, 110, 95, 80, 65, 50, 40 };
    const int index = std::clamp(stage, 1, int(std::size(kTolerances))) - 1;
    return kTolerances[index];
}

QList<double> TapScorer::onsetTimesMs(const EuclideanRhythm &rhythm, double bpm, int stepsPerBeat, int cycles,
                                      double startMs)
{
    QList<double> times;
    if (bpm <= 0 || stepsPerBeat <= 0)
        return times;
    const double stepMs = 60000.0 / bpm / stepsPerBeat;
    const QList<int> onsets = rhythm.onsets();
    for (int c = 0; c < cycles; ++c) {
        for (int step : onsets)
            times.append(startMs + (c * rhythm.length() + step) * stepMs);
    }
    return times;
}

TapEvaluation TapScorer::score(const QList<double> &expectedMs, QList<double> tapsMs) const
{
    TapEvaluation ev;
    ev.expected = int(expectedMs.size());
    ev.toleranceMs = m_toleranceMs;
    std::sort(tapsMs.begin(), tapsMs.end());

    QList<double> expected = expectedMs;
    std::sort(expected.begin(), expected.end());
    // Half the shortest gap between onsets; a lone onset captures up to a second around it.
    double window = 1000.0;
    for (qsizetype i = 1; i < expected.size(); ++i)
        window = std::min(window, (expected.at(i) - expected.at(i - 1)) / 2.0);

    QList<bool> used(tapsMs.size(), false);
    double sumAbs = 0;
    int tapped = 0;
    for (double onset : std::as_const(expected)) {
        qsizetype best = -1;
        double bestDistance = std::numeric_limits<double>::infinity();
        // Half-open window [onset - w, onset + w) so a tap exactly between two onsets goes to one.
        for (qsizetype t = 0; t < tapsMs.size(); ++t) {
            const double d = tapsMs.at(t) - onset;
            if (used.at(t) || d < -window || d >= window)
                continue;
            if (std::abs(d) < bestDistance) {
                bestDistance = std::abs(d);
                best = t;
            }
        }
        if (best < 0) {
            ev.errorsMs.append(std::numeric_limits<double>::quiet_NaN());
            ++ev.misses;
            continue;
        }
        used[best] = true;
        const double error = tapsMs.at(best) - onset;
        ev.errorsMs.append(error);
        ++tapped;
        sumAbs += std::abs(error);
        ev.maxAbsErrorMs = std::max(ev.maxAbsErrorMs, std::abs(error));
        if (std::abs(error) <= m_toleranceMs)
            ++ev.hits;
        else
            ++ev.late;
    }
    ev.extras = int(std::count(used.cbegin(), used.cend(), false));
    ev.meanAbsErrorMs = tapped > 0 ? sumAbs / tapped : 0;
    const int denominator = ev.expected + ev.extras;
    ev.score = denominator > 0 ? double(ev.hits) / denominator : 0;
    ev.success = ev.expected > 0 && ev.hits == ev.expected && ev.extras == 0;
    return ev;
}

} // namespace stages::music
