#pragma once

#include "exercises/framework/view/rowshapeview.h"

#include <QJsonArray>

namespace stages::geometry {

/// A figure of the star polygon {n/k} being built, beside its row of points: the n numbered
/// points on a circle, every line of the star faint (the picture the figures are found in), the
/// row's corners joined in order, closed into a loop once every corner is chosen; a line that is
/// not one of the star's shows red and dashed. The figures found so far lie faintly behind, each
/// in its own colour. For star_polygon build-all and count (its example figure).
class StarFigureShapeView : public RowShapeView
{
    Q_OBJECT

public:
    /// @p elements: the prompt's elements (their "symbol" labels the points).
    StarFigureShapeView(int n, int k, const QJsonArray &elements, QWidget *parent = nullptr);

    void showRow(const Item &values) override;
    void showFound(const ItemList &rows) override;

    const Item &row() const { return m_row; }
    const ItemList &found() const { return m_found; }
    /// Where point @p i is drawn now.
    QPointF pointAt(int i) const;
    /// Whether a line from @p a to @p b is one of the star's.
    bool isStarLine(int a, int b) const;

    static QColor rowColour();
    static QColor wrongColour();
    /// The colour of the @p index-th figure found (drawn faint).
    static QColor foundColour(int index);

    QSize sizeHint() const override { return QSize(196, 196); }
    QSize minimumSizeHint() const override { return QSize(120, 120); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_n;
    int m_k;
    QJsonArray m_elements;
    Item m_row;
    ItemList m_found;
};

} // namespace stages::geometry
