#pragma once

#include "exercises/framework/session/ringdraft.h"

#include <QWidget>

class QPropertyAnimation;
class QPushButton;

namespace stages {

class ExerciseRun;
class ItemRowWidget;

/// The pupil's hands on the ring being built (necklaces, bracelets): buttons to turn it one bead
/// either way and, for bracelets, to turn it over; the up and down arrow keys turn it too (anywhere
/// on the screen, even while a token has the focus), and the ring can be dragged round with the
/// mouse or a finger. The beads glide to their new places
/// and the row being built changes with them (RingDraft, tested without widgets).
class RingControls : public QWidget
{
    Q_OBJECT

public:
    /// Works on @p run's draft, drawn by @p ring (both must outlive this); the arrow keys work
    /// while the focus is inside @p keyScope (the exercise screen).
    RingControls(ExerciseRun &run, ItemRowWidget *ring, QWidget *keyScope, QWidget *parent = nullptr);

    /// Turns every bead @p places clockwise (negative: back), with the beads gliding there.
    void turnBy(int places);
    /// Turns the ring over (bracelets), with the ring swinging over.
    void flipOver();
    QPushButton *turnButton() const { return m_turn; }
    QPushButton *turnBackButton() const { return m_turnBack; }
    /// Null for necklaces: they may not be turned over.
    QPushButton *flipButton() const { return m_flip; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    double angleAt(const QPointF &pos) const;
    void glide(const QByteArray &property, qreal from, qreal to, int durationMs);

    RingDraft m_draft;
    ItemRowWidget *m_ring = nullptr;
    QPushButton *m_turn = nullptr;
    QPushButton *m_turnBack = nullptr;
    QPushButton *m_flip = nullptr;
    QPropertyAnimation *m_animation = nullptr;
    QPointF m_pressPos;
    bool m_pressed = false;
    bool m_dragging = false;
    double m_lastAngle = 0;
    double m_dragPlaces = 0;
};

} // namespace stages
