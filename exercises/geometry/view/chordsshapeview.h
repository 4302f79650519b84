#pragma once

#include "exercises/framework/view/rowshapeview.h"

#include <QJsonArray>

namespace stages::geometry {

/// A line [a, b] or a triangle [a, b, c] between points on a circle, beside its row of points:
/// the n numbered points, the chosen ones marked and joined (a whole triangle filled), the lines
/// or triangles found so far faint behind. Between diagonals' points the sides of the polygon
/// show dashed: those are not diagonals. For chords rows (built, or the example of a count).
class ChordsShapeView : public RowShapeView
{
    Q_OBJECT

public:
    /// @p corners: 2 for lines, 3 for triangles; @p diagonals: only lines between points that
    /// are not neighbours count. @p elements: the prompt's (their "symbol" labels the points).
    ChordsShapeView(int n, int corners, bool diagonals, const QJsonArray &elements, QWidget *parent = nullptr);

    void showRow(const Item &values) override;
    void showFound(const ItemList &rows) override;

    const Item &row() const { return m_row; }
    QPointF pointAt(int i) const;

    static QColor rowColour();
    static QColor foundColour();

    QSize sizeHint() const override { return QSize(196, 196); }
    QSize minimumSizeHint() const override { return QSize(120, 120); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_n;
    int m_corners;
    bool m_diagonals;
    QJsonArray m_elements;
    Item m_row;
    ItemList m_found;
};

} // namespace stages::geometry
