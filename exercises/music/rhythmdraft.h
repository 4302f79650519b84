#pragma once

#include "exercises/framework/item.h"

namespace stages::music {

/// A Euclidean rhythm row as the rhythm circle shows it while the pupil builds it: one point per
/// step round the circle, the beats filled, and the first step still to choose (where the pointer
/// waits). Rows of the euclidean structure hold 1 for a beat and 0 for a rest; -1 is a step not
/// chosen yet.
struct RhythmDraft
{
    static constexpr int kBeat = 1;
    static constexpr int kRest = 0;

    QList<bool> beats; ///< per step: a beat
    QList<bool> chosen; ///< per step: a beat or a rest has been put there
    int next = -1; ///< the first step not chosen yet, -1 when every step is

    static RhythmDraft from(const Item &values);
    int beatCount() const { return int(beats.count(true)); }
};

} // namespace stages::music
