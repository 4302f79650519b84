#pragma once

#include "core/progress/masteryrules.h"
#include "exercises/framework/view/accessible/accessibleparts.h"

#include <QWidget>

namespace stages {

/// A domain's ladder as a path of big stepping stones. Each stone shows its number and the
/// pupil's mastery (colour and stars: not started, attempted, familiar, proficient, mastered);
/// the stage to work on is ringed. Click, tap, or Left/Right and Enter choose a stage.
/// A screen reader sees one button per stone: its number, title and level ("press" opens it).
class StageMapWidget : public QWidget, public AccessibleParts
{
    Q_OBJECT

public:
    struct StageStone
    {
        int number = 0;
        QString title;
        MasteryLevel level = MasteryLevel::NotStarted;
    };

    explicit StageMapWidget(QWidget *parent = nullptr);

    void setStages(const QList<StageStone> &stages);
    const QList<StageStone> &stages() const { return m_stages; }
    /// The ringed stone ("you are here").
    void setCurrent(int number);
    int current() const { return m_current; }
    /// The stone the keyboard is on.
    int focused() const { return m_focused; }

    /// Centre of stage @p number's stone, in widget coordinates (for tests).
    QPoint stoneCenter(int number) const;
    int stoneAt(const QPoint &pos) const;
    /// How far from the centre stage @p number's painting reaches: the stone, the "you are here"
    /// halo of the current stone, the keyboard's ring around the focused one.
    double outerRadius(int number) const;
    /// Where stage @p number's title is written, under everything outerRadius() covers.
    QRectF titleRect(int number) const;

    static QColor levelColor(MasteryLevel level);
    static int levelStars(MasteryLevel level);

    QAccessible::Role accessibleRole() const override { return QAccessible::List; }
    int accessiblePartCount() const override { return int(m_stages.size()); }
    QString accessiblePartName(int part) const override;
    QRect accessiblePartRect(int part) const override;
    QAccessible::Role accessiblePartRole(int) const override { return QAccessible::ListItem; }
    QAccessible::State accessiblePartState(int part) const override;
    int accessibleFocusedPart() const override { return indexOf(m_focused); }
    bool isAccessiblePartPressable(int) const override { return true; }
    void pressAccessiblePart(int part) override;

    QSize sizeHint() const override { return QSize(1000, 420); }
    QSize minimumSizeHint() const override { return QSize(640, 360); }

signals:
    void stageChosen(int number);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QPointF stonePosition(int index) const;
    double stoneRadius() const;
    /// The radius of stone @p index itself (the current one is a little bigger).
    double radiusOf(int index) const;
    /// The width of the current stone's halo; scales with the stones, so it never reaches the
    /// titles at 2x (issue 14, point 12).
    double haloWidth() const;
    /// How far outside a stone the keyboard's dashed ring is drawn.
    double focusRingGap() const;
    int indexOf(int number) const;

    QList<StageStone> m_stages;
    int m_current = 0;
    int m_focused = 0;
};

} // namespace stages
