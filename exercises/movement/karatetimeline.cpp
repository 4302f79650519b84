#include "exercises/movement/karatetimeline.h"

#include <QEasingCurve>

namespace stages::movement {

KarateTimeline::KarateTimeline(QStringList moves, int moveMs, int transitionMs)
    : m_moves(std::move(moves))
    , m_moveMs(std::max(1, moveMs))
    , m_transitionMs(std::clamp(transitionMs, 1, m_moveMs))
{ }

int KarateTimeline::totalMs() const
{
    return int(m_moves.size()) * m_moveMs + m_transitionMs;
}

int KarateTimeline::moveAt(int ms) const
{
    if (ms < 0)
        return -1;
    const int index = ms / m_moveMs;
    return index < m_moves.size() ? index : -1;
}

int KarateTimeline::reachedAt(int index) const
{
    return index * m_moveMs + m_transitionMs;
}

KaratePose KarateTimeline::poseOf(int index) const
{
    if (index < 0 || index >= m_moves.size())
        return KaratePose::ready();
    return KaratePose::forMove(m_moves.at(index)).value_or(KaratePose::ready());
}

KaratePose KarateTimeline::poseAt(int ms) const
{
    if (ms <= 0 || m_moves.isEmpty())
        return KaratePose::ready();
    const int index = std::min<int>(ms / m_moveMs, int(m_moves.size()));
    const int into = ms - index * m_moveMs;
    const qreal t = std::min(1.0, qreal(into) / m_transitionMs);
    static const QEasingCurve ease(QEasingCurve::InOutQuad);
    // index == moves: the way back to the ready stance.
    return KaratePose::blend(poseOf(index - 1), poseOf(index), ease.valueForProgress(t));
}

} // namespace stages::movement
