#pragma once

#include "exercises/movement/karatepose.h"
#include "exercises/movement/karatetimeline.h"

#include <QWidget>

class QVariantAnimation;

namespace stages::movement {

/// A painted karate figure on a mat that performs a combination (issue 8): play() runs a
/// QVariantAnimation over the KarateTimeline and paints the blended pose each frame; the move
/// being performed is reported so a row can light it. Thin: every pose and its timing come
/// from KarateTimeline (QtCore, tested).
class KarateFigureWidget : public QWidget
{
    Q_OBJECT

public:
    explicit KarateFigureWidget(QWidget *parent = nullptr);

    /// The moves to perform, by skin key; stops a running performance and shows the ready stance.
    void setMoves(const QStringList &moves);
    const QStringList &moves() const { return m_timeline.moves(); }
    void play();
    void stop();
    bool isPlaying() const;
    /// The move being performed, -1 when none.
    int currentMove() const { return m_current; }
    const KaratePose &pose() const { return m_pose; }
    /// Shows the pose at @p ms of the performance (tests, screenshots).
    void showAt(int ms);

    QSize sizeHint() const override { return { 300, 340 }; }
    QSize minimumSizeHint() const override { return { 180, 200 }; }

signals:
    void currentMoveChanged(int index);
    void playingChanged(bool playing);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    KarateTimeline m_timeline;
    KaratePose m_pose = KaratePose::ready();
    int m_current = -1;
    QVariantAnimation *m_animation = nullptr;
};

} // namespace stages::movement
