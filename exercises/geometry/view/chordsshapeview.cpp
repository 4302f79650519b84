#include "exercises/geometry/view/chordsshapeview.h"

#include "exercises/framework/view/tokenpainter.h"
#include "exercises/geometry/view/circlepoints.h"

#include <QPainter>
#include <QPainterPath>

namespace stages::geometry {

namespace {

/// The chosen points of @p row (in range, each once), in the row's order.
QList<int> chosen(const Item &row, int n)
{
    QList<int> out;
    for (const int v : row) {
        if (v >= 0 && v < n && !out.contains(v))
            out.append(v);
    }
    return out;
}

} // namespace

ChordsShapeView::ChordsShapeView(int n, int corners, bool diagonals, const QJsonArray &elements, QWidget *parent)
    : RowShapeView(parent)
    , m_n(n)
    , m_corners(corners)
    , m_diagonals(diagonals)
    , m_elements(elements)
{
    setObjectName(QStringLiteral("chordsShape"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setAccessibleName(m_corners == 3
                          //: The picture beside a row of three points: the triangle they make
                          ? tr("The triangle between the points")
                          //: The picture beside a row of two points: the line between them
                          : tr("The line between the points"));
}

void ChordsShapeView::showRow(const Item &values)
{
    m_row = values;
    update();
}

void ChordsShapeView::showFound(const ItemList &rows)
{
    m_found = rows;
    update();
}

QPointF ChordsShapeView::pointAt(int i) const
{
    return CirclePoints(m_n, QRectF(rect()).adjusted(6, 6, -6, -6)).point(i);
}

QColor ChordsShapeView::rowColour()
{
    return QColor(QStringLiteral("#1E88E5"));
}

QColor ChordsShapeView::foundColour()
{
    return QColor(QStringLiteral("#43A047"));
}

void ChordsShapeView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    TokenPainter::paintCard(p, QRectF(rect()), QColor(QStringLiteral("#CFD8DC"))); // as behind the row
    const CirclePoints points(m_n, QRectF(rect()).adjusted(6, 6, -6, -6));
    const qreal thick = std::max(4.0, points.dotRadius() * 0.5);

    // Diagonals: the sides of the polygon, dashed, are the lines that do not count; other
    // figures: the circle the points sit on.
    if (!m_diagonals) {
        points.paintCircle(p);
    } else {
        p.setPen(QPen(QColor(QStringLiteral("#B0BEC5")), 2, Qt::DashLine, Qt::RoundCap));
        for (int a = 0; a < m_n; ++a)
            p.drawLine(points.point(a), points.point((a + 1) % m_n));
    }

    auto shapeOf = [&points, this](const QList<int> &corners) {
        QPainterPath path;
        for (int i = 0; i < corners.size(); ++i)
            i == 0 ? path.moveTo(points.point(corners.at(i))) : path.lineTo(points.point(corners.at(i)));
        if (corners.size() == m_corners && m_corners > 2)
            path.closeSubpath();
        return path;
    };

    // What was found so far, faint.
    QColor found = foundColour();
    found.setAlpha(110);
    QColor foundFill = foundColour();
    foundFill.setAlpha(28);
    p.setPen(QPen(found, std::max(3.0, thick * 0.6), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (const Item &row : std::as_const(m_found)) {
        const QList<int> corners = chosen(row, m_n);
        p.setBrush(corners.size() == 3 ? QBrush(foundFill) : QBrush(Qt::NoBrush));
        p.drawPath(shapeOf(corners));
    }

    // The line or triangle being built.
    const QList<int> corners = chosen(m_row, m_n);
    QColor fill = rowColour();
    fill.setAlpha(60);
    p.setBrush(corners.size() == 3 ? QBrush(fill) : QBrush(Qt::NoBrush));
    p.setPen(QPen(rowColour(), thick + 1, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPath(shapeOf(corners));

    QHash<int, QColor> marked;
    for (const int corner : corners)
        marked.insert(corner, QColor(QStringLiteral("#1565C0")));
    points.paintPoints(p, m_elements, marked);
}

} // namespace stages::geometry
