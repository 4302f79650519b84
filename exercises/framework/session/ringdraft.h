#pragma once

#include "exercises/framework/ringmove.h"

namespace stages {

class ExerciseRun;

/// Turning and flipping the ring the pupil is building (necklaces, bracelets): the beads already
/// placed, and the empty places, move round with the ring, so the row being built becomes the
/// turned (or flipped) row. Works through ExerciseRun's public draft calls; the run must outlive it.
class RingDraft
{
public:
    explicit RingDraft(ExerciseRun &run);

    /// Whether the exercise's rows are rings, and whether turning one over gives the same ring.
    bool isRing() const { return m_ring; }
    bool mayFlip() const { return m_mayFlip; }

    /// Moves every bead @p k places clockwise (negative: back). False when there is nothing to turn.
    bool turn(int k);
    /// Turns the ring over about the top bead (bracelets only). False when it may not be flipped.
    bool flip();
    /// Applies @p move to the draft: one draftChanged() for the whole change.
    bool apply(const RingMove &move);

private:
    ExerciseRun &m_run;
    bool m_ring = false;
    bool m_mayFlip = false;
};

} // namespace stages
