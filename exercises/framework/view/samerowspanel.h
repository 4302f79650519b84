#pragma once

#include "exercises/framework/ringmove.h"

#include <QFrame>
#include <QJsonArray>

class QLabel;
class QSequentialAnimationGroup;
class QTimer;

namespace stages {

class ItemRowWidget;

/// When a row is refused as already found, the two rows side by side with why they are the same
/// ("Turn the ring and it is the same one."), floating over the exercise for a few seconds: the
/// child sees the rule at work instead of only hearing "you have this one". Rings show it
/// happen: the tried ring turns (or turns over, then turns) until it lies like its twin.
class SameRowsPanel : public QFrame
{
    Q_OBJECT

public:
    explicit SameRowsPanel(QWidget *parent);

    /// Shows @p tried and @p twin (symbols of @p elements) with @p reason, centred on @p centre
    /// (in the parent's coordinates), for @p durationMs.
    void present(const QJsonArray &elements, const QList<int> &tried, const QList<int> &twin, bool ring,
                 const QString &reason, const QPoint &centre, int durationMs = 3500);

    ItemRowWidget *triedRow() const { return m_tried; }
    ItemRowWidget *twinRow() const { return m_twin; }
    QLabel *reasonLabel() const { return m_reason; }
    /// Rings: the move the tried ring makes to lie like its twin (RingMove::between), else none.
    std::optional<RingMove> shownMove() const { return m_move; }
    QSequentialAnimationGroup *ringAnimation() const { return m_animation; }

private:
    ItemRowWidget *m_tried = nullptr;
    ItemRowWidget *m_twin = nullptr;
    QLabel *m_reason = nullptr;
    QTimer *m_timer = nullptr;
    QSequentialAnimationGroup *m_animation = nullptr;
    std::optional<RingMove> m_move;
};

} // namespace stages
