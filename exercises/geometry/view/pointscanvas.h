#pragma once

#include "exercises/framework/view/accessible/accessibleparts.h"

#include <QColor>
#include <QList>
#include <QWidget>

#include <functional>

namespace stages::geometry {

/// A line (two corners) or a triangle (three) drawn on the canvas, and how.
struct CanvasMark
{
    enum class Style {
        Drawn, ///< the pupil's, in its colour
        Right, ///< on the result: one of the figure's, drawn
        Wrong, ///< on the result: not one of the figure's (red, dashed)
        Missing, ///< on the result: one of the figure's the pupil did not draw (dashed)
        Faint, ///< behind: an example, a symmetry image about to be made
    };
    QList<int> corners;
    QColor colour;
    Style style = Style::Drawn;
};

/// A closed shape through points of the circle (a stamped triangle or star), maybe filled.
struct CanvasShape
{
    QList<int> corners;
    QColor stroke;
    QColor fill; ///< invalid: not filled
};

/// n points on a circle to draw on (geometry's draw, predict and create-drawing): point i sits at
/// −90° + 360°·i/n, numbered 1…n for the pupil. Tapping (or dragging) from point to point picks
/// the corners of a line (or, with setCorners(3), of a triangle) and emits figurePicked(); the
/// screen decides what it adds. A symmetry guide (the mirror line through point 1, or the turning
/// centre) and the live images of the line being drawn show what the symmetry will repeat.
/// Keyboard: arrows move a focus ring round the points, Space or Return picks, Escape lets go.
/// Vector painting, antialiased, scaled to the widget. A screen reader sees one button per point
/// ("Point 3, picked"); pressing it does what tapping it does.
class PointsCanvas : public QWidget, public AccessibleParts
{
    Q_OBJECT

public:
    enum class Guide { None, Mirror, Rotation };
    /// What a tap does: pick the corners of a line or triangle (figurePicked), tap one point
    /// (pointTapped: a stamp), tap inside a shape (shapeTapped: fill) or on a line (markTapped:
    /// the eraser).
    enum class Mode { Lines, Points, Shapes, Marks };

    explicit PointsCanvas(QWidget *parent = nullptr);

    void setPoints(int n);
    int points() const { return m_points; }
    /// 2: lines (default); 3: triangles.
    void setCorners(int corners);
    void setMarks(const QList<CanvasMark> &marks);
    const QList<CanvasMark> &marks() const { return m_marks; }
    void setShapes(const QList<CanvasShape> &shapes);
    void setGuide(Guide guide, int turns = 0);
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    /// Whether taps pick points (false on the result page and while a figure is being shown).
    void setInteractive(bool interactive);
    /// The lines a stroke from a to b would make (the symmetry's images), shown faintly while the
    /// pupil draws; unset: just the line itself.
    void setImages(std::function<QList<QList<int>>(int, int)> images);
    /// The colour of the pupil's next line.
    void setPenColour(const QColor &colour);

    /// The corners picked so far of the figure being drawn.
    const QList<int> &picked() const { return m_picked; }
    /// Centre of point @p i in widget coordinates (tests click there).
    QPointF pointCentre(int i) const;
    /// The point under @p pos, or -1.
    int pointAt(const QPointF &pos) const;
    /// Index of the shape whose inside holds @p pos (the topmost), or -1.
    int shapeAt(const QPointF &pos) const;
    /// Index of the mark (line) passing within a finger's width of @p pos, or -1.
    int markAt(const QPointF &pos) const;
    int focusPoint() const { return m_focus; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return false; }

    int accessiblePartCount() const override { return m_points; }
    QString accessiblePartName(int part) const override;
    QRect accessiblePartRect(int part) const override;
    QAccessible::State accessiblePartState(int part) const override;
    int accessibleFocusedPart() const override { return m_focus; }
    bool isAccessiblePartPressable(int) const override;
    void pressAccessiblePart(int part) override;

signals:
    /// The pupil picked the corners of a line (2) or a triangle (3), in the order picked.
    void figurePicked(const QList<int> &corners);
    /// Mode::Shapes: the pupil tapped inside shape @p index (create-drawing fills it).
    void shapeTapped(int index);
    /// Mode::Points: the pupil tapped point @p point (a stamp goes there).
    void pointTapped(int point);
    /// Mode::Marks: the pupil tapped the line marks()[index] (the eraser takes it).
    void markTapped(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    qreal radius() const;
    qreal dotRadius() const;
    QPointF centre() const;
    void pick(int point);
    void paintMark(QPainter &painter, const CanvasMark &mark) const;
    void paintGuide(QPainter &painter) const;
    void paintPending(QPainter &painter) const;
    void paintPoints(QPainter &painter) const;

    int m_points = 6;
    int m_corners = 2;
    Mode m_mode = Mode::Lines;
    QList<CanvasMark> m_marks;
    QList<CanvasShape> m_shapes;
    Guide m_guide = Guide::None;
    int m_turns = 0;
    bool m_interactive = true;
    std::function<QList<QList<int>>(int, int)> m_images;
    QColor m_pen { 0x15, 0x65, 0xC0 };
    QList<int> m_picked;
    QPointF m_hover;
    bool m_dragging = false;
    int m_focus = -1;
    bool m_showFocus = false;
};

} // namespace stages::geometry
