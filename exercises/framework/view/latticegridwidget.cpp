#include "exercises/framework/view/latticegridwidget.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <numbers>

namespace stages {

namespace {

constexpr int kSide = 56; ///< room left and right of the grid for "Start" and "Goal"
constexpr int kEdge = 16; ///< room above and below the grid for the star and the dot
constexpr int kLargestCell = 44;
constexpr int kSmallestCell = 18;

void drawStar(QPainter &p, const QPointF &centre, qreal radius)
{
    QPainterPath star;
    for (int i = 0; i < 10; ++i) {
        const double angle = -std::numbers::pi / 2 + i * std::numbers::pi / 5;
        const qreal r = i % 2 == 0 ? radius : radius * 0.45;
        const QPointF point = centre + QPointF(r * std::cos(angle), r * std::sin(angle));
        i == 0 ? star.moveTo(point) : star.lineTo(point);
    }
    star.closeSubpath();
    p.drawPath(star);
}

} // namespace

LatticeGridWidget::LatticeGridWidget(int a, int b, QWidget *parent)
    : RowShapeView(parent)
    , m_geometry(a, b)
    , m_path { QPoint(0, 0) }
{
    setObjectName(QStringLiteral("latticeGrid"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    //: The picture of a path on a grid, beside the row of arrows the pupil builds
    setAccessibleName(tr("The path on the grid"));
}

int LatticeGridWidget::cell() const
{
    // As big as the room it was given allows: where room is short, the layout gives less.
    const int a = std::max(1, m_geometry.a());
    const int b = std::max(1, m_geometry.b());
    return std::max(kSmallestCell, std::min((width() - 2 * kSide) / a, (height() - 2 * kEdge) / b));
}

QSize LatticeGridWidget::sizeFor(int cell) const
{
    return QSize(m_geometry.a() * cell + 2 * kSide, m_geometry.b() * cell + 2 * kEdge);
}

QSize LatticeGridWidget::sizeHint() const
{
    const int longest = std::max({ 1, m_geometry.a(), m_geometry.b() });
    return sizeFor(std::clamp(132 / longest, kSmallestCell, kLargestCell));
}

QSize LatticeGridWidget::minimumSizeHint() const
{
    return sizeFor(kSmallestCell + 4);
}

QPointF LatticeGridWidget::pointAt(const QPoint &point) const
{
    const qreal c = cell();
    const QPointF origin((width() - m_geometry.a() * c) / 2.0, (height() + m_geometry.b() * c) / 2.0);
    return origin + QPointF(point.x() * c, -point.y() * c);
}

void LatticeGridWidget::showRow(const Item &values)
{
    m_path = m_geometry.points(values);
    update();
}

void LatticeGridWidget::showFound(const ItemList &rows)
{
    m_found.clear();
    for (const Item &row : rows)
        m_found.append(m_geometry.points(row));
    update();
}

void LatticeGridWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int a = m_geometry.a();
    const int b = m_geometry.b();
    // The streets.
    p.setPen(QPen(QColor(QStringLiteral("#B0BEC5")), 2));
    for (int x = 0; x <= a; ++x)
        p.drawLine(pointAt(QPoint(x, 0)), pointAt(QPoint(x, b)));
    for (int y = 0; y <= b; ++y)
        p.drawLine(pointAt(QPoint(0, y)), pointAt(QPoint(a, y)));

    auto polyline = [this](const QList<QPoint> &points) {
        QPainterPath path;
        for (int i = 0; i < points.size(); ++i)
            i == 0 ? path.moveTo(pointAt(points.at(i))) : path.lineTo(pointAt(points.at(i)));
        return path;
    };
    // The paths found so far, faint behind.
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(QColor(165, 214, 167, 170), 4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (const QList<QPoint> &found : std::as_const(m_found))
        p.drawPath(polyline(found));

    // The goal: a star in the top right corner, and the start: a green dot.
    const QPointF goal = pointAt(m_geometry.goal());
    const QPointF start = pointAt(m_geometry.start());
    const bool arrived = m_geometry.reachesGoal(m_path);
    p.setPen(QPen(QColor(QStringLiteral("#F57F17")), 2));
    p.setBrush(QColor(arrived ? QStringLiteral("#FFD600") : QStringLiteral("#FFE082")));
    drawStar(p, goal, arrived ? 15 : 12);
    p.setPen(QPen(QColor(QStringLiteral("#1B5E20")), 2));
    p.setBrush(QColor(QStringLiteral("#43A047")));
    p.drawEllipse(start, 9, 9);

    // The path being built, step by step.
    const bool lost = !m_geometry.onGrid(m_path);
    const QColor ink(lost ? QStringLiteral("#E53935") : QStringLiteral("#1E88E5"));
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(ink, 6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPath(polyline(m_path));
    if (m_path.size() > 1) {
        p.setPen(Qt::NoPen);
        p.setBrush(ink);
        p.drawEllipse(pointAt(m_path.last()), 7, 7);
    }

    // The words, left of the start and right of the goal.
    QFont f = font();
    f.setPixelSize(15);
    f.setBold(true);
    p.setFont(f);
    p.setPen(QColor(QStringLiteral("#2E7D32")));
    //: Beside the bottom-left corner of the grid, where every path begins
    p.drawText(QRectF(0, start.y() - 12, start.x() - 12, 24), Qt::AlignRight | Qt::AlignVCenter, tr("Start"));
    p.setPen(QColor(QStringLiteral("#E65100")));
    //: Beside the top-right corner of the grid (a star), where every path ends
    p.drawText(QRectF(goal.x() + 18, goal.y() - 12, width() - goal.x() - 18, 24), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Goal"));
}

} // namespace stages
