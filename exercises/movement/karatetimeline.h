#pragma once

#include "exercises/movement/karatepose.h"

#include <QStringList>

namespace stages::movement {

/// A karate combination performed in time (issue 8): each move gets moveMs; in its first
/// transitionMs the figure goes smoothly (eased) from the pose before to the move's pose, then
/// holds it; after the last move it returns to the ready stance. The widget only asks poseAt()
/// as its QVariantAnimation runs, so the timing is tested without a screen.
class KarateTimeline
{
public:
    static constexpr int kMoveMs = 1100;
    static constexpr int kTransitionMs = 450;

    explicit KarateTimeline(QStringList moves, int moveMs = kMoveMs, int transitionMs = kTransitionMs);

    const QStringList &moves() const { return m_moves; }
    /// From the first move starting to the figure back in the ready stance.
    int totalMs() const;
    /// The move being performed at @p ms, or -1 (before the start, after the last move).
    int moveAt(int ms) const;
    /// When move @p index's pose is fully reached.
    int reachedAt(int index) const;
    /// The figure's pose at @p ms (ready before 0 and at the end; unknown moves: ready).
    KaratePose poseAt(int ms) const;

private:
    KaratePose poseOf(int index) const;

    QStringList m_moves;
    int m_moveMs;
    int m_transitionMs;
};

} // namespace stages::movement
