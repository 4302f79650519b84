#pragma once

#include <QList>
#include <QWidget>

namespace stages::music {

/// A cyclic rhythm E(k,n) as a circle: n points like a clock face, the onsets as big filled
/// dots joined into a polygon, the rests as small rings, and (while it plays) a pointer from the
/// centre that goes round once per cycle. The step under the pointer glows when it is an onset.
class RhythmCircleWidget : public QWidget
{
    Q_OBJECT

public:
    explicit RhythmCircleWidget(QWidget *parent = nullptr);

    void setSteps(const QList<bool> &steps);
    const QList<bool> &steps() const { return m_steps; }
    /// Steps not chosen yet (a rhythm being built): drawn as dashed empty rings. Empty: none.
    void setOpenSteps(const QList<bool> &open);
    const QList<bool> &openSteps() const { return m_open; }
    /// Where the pointer is, in steps from the top (fractions move it smoothly); < 0 hides it.
    void setPosition(double step);
    double position() const { return m_position; }
    /// The step numbers round the outside (default); without them the circle takes the room.
    void setStepNumbers(bool shown);
    /// A caption under the circle ("E(3,8)"), empty for none.
    void setCaption(const QString &caption);

    /// Centre of step @p index's dot, in widget coordinates (tests, tap marks).
    QPointF stepPoint(int index) const;

    QSize sizeHint() const override { return QSize(320, 320); }
    QSize minimumSizeHint() const override { return QSize(150, 150); }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QRectF circleRect() const;

    QList<bool> m_steps;
    QList<bool> m_open;
    double m_position = -1;
    QString m_caption;
    bool m_numbers = true;
};

} // namespace stages::music
