#pragma once

#include <QList>
#include <QWidget>

class QPainter;

namespace stages::music {

/// A cyclic rhythm as a row of boxes, one per step: onsets filled, rests empty, the step playing
/// now outlined. After tapping, each tap is drawn as a mark shifted left (early) or right (late)
/// of its onset by its timing error: a green disc with a tick when within the tolerance, an orange
/// arrowhead pointing left (early) or right (late) when not; a missed onset gets a grey cross.
/// The kinds differ by shape as well as colour, for colour-blind pupils. Several cycles can be shown one after another.
class RhythmGridWidget : public QWidget
{
    Q_OBJECT

public:
    enum class TapKind { Good, Off, Missed };
    struct TapMark
    {
        int onset = 0; ///< index of the onset (0-based, counting through all cycles)
        double errorMs = 0; ///< tap minus onset; < 0 early
        TapKind kind = TapKind::Good;
    };

    explicit RhythmGridWidget(QWidget *parent = nullptr);

    void setSteps(const QList<bool> &steps, int cycles = 1);
    const QList<bool> &steps() const { return m_steps; }
    int cycles() const { return m_cycles; }
    /// The step playing now (counting through all cycles), -1 for none.
    void setCurrent(int step);
    /// How many ms one step lasts (to place tap marks).
    void setStepMs(double ms) { m_stepMs = ms; }
    void setTapMarks(const QList<TapMark> &marks);
    const QList<TapMark> &tapMarks() const { return m_marks; }
    /// Box of step @p index (through all cycles).
    QRectF stepRect(int index) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return QSize(200, 56); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    static void paintTapMark(QPainter &p, const QPointF &centre, const TapMark &mark);

    QList<bool> m_steps;
    int m_cycles = 1;
    int m_current = -1;
    double m_stepMs = 300;
    QList<TapMark> m_marks;
};

} // namespace stages::music
