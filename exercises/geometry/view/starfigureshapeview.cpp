#include "exercises/geometry/view/starfigureshapeview.h"

#include "exercises/framework/view/tokenpainter.h"
#include "exercises/geometry/view/circlepoints.h"

#include <QPainter>
#include <QPainterPath>

namespace stages::geometry {

namespace {

/// The lines between the chosen corners that follow each other in @p row (the last back to the
/// first once the loop is whole), as pairs of points.
QList<QPair<int, int>> loopLines(const Item &row, int n)
{
    QList<QPair<int, int>> lines;
    const int size = int(row.size());
    const bool whole = size > 2 && !row.contains(-1);
    for (int i = 0; i + 1 < size || (whole && i < size); ++i) {
        const int a = row.at(i);
        const int b = row.at((i + 1) % size);
        if (a >= 0 && b >= 0 && a < n && b < n && a != b)
            lines.append({ a, b });
    }
    return lines;
}

} // namespace

StarFigureShapeView::StarFigureShapeView(int n, int k, const QJsonArray &elements, QWidget *parent)
    : RowShapeView(parent)
    , m_n(n)
    , m_k(k)
    , m_elements(elements)
{
    setObjectName(QStringLiteral("starFigureShape"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    //: The picture beside a row of points: the figure of the star those points make
    setAccessibleName(tr("The figure on the points of the star"));
}

void StarFigureShapeView::showRow(const Item &values)
{
    m_row = values;
    update();
}

void StarFigureShapeView::showFound(const ItemList &rows)
{
    m_found = rows;
    update();
}

QPointF StarFigureShapeView::pointAt(int i) const
{
    return CirclePoints(m_n, QRectF(rect()).adjusted(6, 6, -6, -6)).point(i);
}

bool StarFigureShapeView::isStarLine(int a, int b) const
{
    const int step = ((b - a) % m_n + m_n) % m_n;
    return step == m_k % m_n || step == (m_n - m_k % m_n) % m_n;
}

QColor StarFigureShapeView::rowColour()
{
    return QColor(QStringLiteral("#1E88E5"));
}

QColor StarFigureShapeView::wrongColour()
{
    return QColor(QStringLiteral("#E53935"));
}

QColor StarFigureShapeView::foundColour(int index)
{
    // Okabe & Ito's colours other than the blue of the figure being built.
    static const char *const colours[] = { "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9" };
    return QColor(QLatin1String(colours[index % 5]));
}

void StarFigureShapeView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    TokenPainter::paintCard(p, QRectF(rect()), QColor(QStringLiteral("#CFD8DC"))); // as behind the row
    const CirclePoints points(m_n, QRectF(rect()).adjusted(6, 6, -6, -6));
    points.paintCircle(p);
    const qreal thick = std::max(4.0, points.dotRadius() * 0.5);

    // The whole star, faint: the picture its separate figures are found in.
    p.setPen(QPen(QColor(QStringLiteral("#CFD8DC")), 2, Qt::SolidLine, Qt::RoundCap));
    for (int a = 0; a < m_n; ++a)
        p.drawLine(points.point(a), points.point((a + m_k) % m_n));

    // The figures found so far, faint, each in its own colour.
    for (int f = 0; f < m_found.size(); ++f) {
        QColor colour = foundColour(f);
        colour.setAlpha(120);
        p.setPen(QPen(colour, thick, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        for (const auto &[a, b] : loopLines(m_found.at(f), m_n))
            p.drawLine(points.point(a), points.point(b));
    }

    // The figure being built, corner to corner.
    QHash<int, QColor> marked;
    for (const auto &[a, b] : loopLines(m_row, m_n)) {
        const bool right = isStarLine(a, b);
        p.setPen(QPen(right ? rowColour() : wrongColour(), thick + 1, right ? Qt::SolidLine : Qt::DashLine,
                      Qt::RoundCap, Qt::RoundJoin));
        p.drawLine(points.point(a), points.point(b));
    }
    for (const int corner : std::as_const(m_row)) {
        if (corner >= 0 && corner < m_n)
            marked.insert(corner, QColor(QStringLiteral("#1565C0")));
    }
    points.paintPoints(p, m_elements, marked);
}

} // namespace stages::geometry
