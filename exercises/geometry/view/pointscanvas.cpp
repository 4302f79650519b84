#include "exercises/geometry/view/pointscanvas.h"

#include <algorithm>

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace stages::geometry {

namespace {

const QColor kRight(0x2E, 0x7D, 0x32);
const QColor kWrong(0xC6, 0x28, 0x28);
const QColor kMissing(0x15, 0x65, 0xC0);
const QColor kDot(0x37, 0x47, 0x4F);
const QColor kPicked(0xFF, 0x8F, 0x00);

} // namespace

PointsCanvas::PointsCanvas(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("pointsCanvas"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_AcceptTouchEvents, false); // touches arrive as synthesised mouse events
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    //: Accessible name of the drawing area with points on a circle
    setAccessibleName(tr("Points on a circle"));
}

void PointsCanvas::setPoints(int n)
{
    m_points = qMax(1, n);
    m_picked.clear();
    //: Accessible description of the drawing area; %1 is how many points
    setAccessibleDescription(
        tr("%n point(s) on a circle. Arrow keys move between them, Space joins them.", nullptr, m_points));
    update();
}

void PointsCanvas::setCorners(int corners)
{
    m_corners = qBound(2, corners, 3);
    m_picked.clear();
    update();
}

void PointsCanvas::setMarks(const QList<CanvasMark> &marks)
{
    m_marks = marks;
    update();
}

void PointsCanvas::setShapes(const QList<CanvasShape> &shapes)
{
    m_shapes = shapes;
    update();
}

void PointsCanvas::setGuide(Guide guide, int turns)
{
    m_guide = guide;
    m_turns = turns;
    update();
}

void PointsCanvas::setMode(Mode mode)
{
    m_mode = mode;
    m_picked.clear();
    update();
}

void PointsCanvas::setInteractive(bool interactive)
{
    m_interactive = interactive;
    m_picked.clear();
    m_dragging = false;
    setCursor(interactive ? Qt::PointingHandCursor : Qt::ArrowCursor);
    update();
}

void PointsCanvas::setImages(std::function<QList<QList<int>>(int, int)> images)
{
    m_images = std::move(images);
}

void PointsCanvas::setPenColour(const QColor &colour)
{
    m_pen = colour;
    update();
}

QSize PointsCanvas::sizeHint() const
{
    return { 420, 420 };
}

QSize PointsCanvas::minimumSizeHint() const
{
    return { 220, 220 };
}

QPointF PointsCanvas::centre() const
{
    return QRectF(rect()).center();
}

qreal PointsCanvas::radius() const
{
    // Room for the dots and their numbers outside the circle.
    return qMax<qreal>(20.0, qMin(width(), height()) / 2.0 - dotRadius() - 26.0);
}

qreal PointsCanvas::dotRadius() const
{
    return qBound<qreal>(9.0, qMin(width(), height()) / 34.0, 16.0);
}

QPointF PointsCanvas::pointCentre(int i) const
{
    const qreal angle = qDegreesToRadians(-90.0 + 360.0 * i / m_points);
    return centre() + QPointF(std::cos(angle), std::sin(angle)) * radius();
}

int PointsCanvas::pointAt(const QPointF &pos) const
{
    // A generous target (at least 24 px round the dot) for small fingers, never overlapping the
    // neighbours' targets.
    const qreal gap = 2.0 * radius() * std::sin(M_PI / m_points);
    const qreal reach = qMin(qMax<qreal>(24.0, dotRadius() * 2.0), gap / 2.0);
    int best = -1;
    qreal bestDistance = reach;
    for (int i = 0; i < m_points; ++i) {
        const qreal d = QLineF(pos, pointCentre(i)).length();
        if (d <= bestDistance) {
            best = i;
            bestDistance = d;
        }
    }
    return best;
}

int PointsCanvas::shapeAt(const QPointF &pos) const
{
    for (int s = int(m_shapes.size()) - 1; s >= 0; --s) {
        QPolygonF polygon;
        for (int corner : m_shapes.at(s).corners)
            polygon << pointCentre(corner);
        if (polygon.containsPoint(pos, Qt::OddEvenFill))
            return s;
    }
    return -1;
}

int PointsCanvas::markAt(const QPointF &pos) const
{
    const qreal reach = 18.0;
    int best = -1;
    qreal bestDistance = reach;
    for (int m = 0; m < m_marks.size(); ++m) {
        const QList<int> &corners = m_marks.at(m).corners;
        const int edges = corners.size() > 2 ? int(corners.size()) : int(corners.size()) - 1;
        for (int i = 0; i < edges; ++i) {
            const QPointF a = pointCentre(corners.at(i));
            const QPointF b = pointCentre(corners.at((i + 1) % corners.size()));
            const QPointF ab = b - a;
            const qreal length2 = QPointF::dotProduct(ab, ab);
            const qreal t = length2 > 0 ? qBound<qreal>(0.0, QPointF::dotProduct(pos - a, ab) / length2, 1.0) : 0.0;
            const qreal d = QLineF(pos, a + ab * t).length();
            if (d <= bestDistance) {
                best = m;
                bestDistance = d;
            }
        }
    }
    return best;
}

QString PointsCanvas::accessiblePartName(int part) const
{
    //: A point on the circle for a screen reader; %1 is its number (as drawn)
    return tr("Point %1").arg(part + 1);
}

QRect PointsCanvas::accessiblePartRect(int part) const
{
    const qreal r = std::max<qreal>(dotRadius(), 12.0);
    const QPointF c = pointCentre(part);
    return QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r).toAlignedRect();
}

QAccessible::State PointsCanvas::accessiblePartState(int part) const
{
    QAccessible::State state;
    state.checkable = m_mode == Mode::Lines;
    state.checked = m_picked.contains(part);
    return state;
}

bool PointsCanvas::isAccessiblePartPressable(int) const
{
    return m_interactive && (m_mode == Mode::Lines || m_mode == Mode::Points);
}

void PointsCanvas::pressAccessiblePart(int part)
{
    if (!isAccessiblePartPressable(part) || part < 0 || part >= m_points)
        return;
    m_focus = part;
    if (m_mode == Mode::Points)
        emit pointTapped(part);
    else
        pick(part);
}

void PointsCanvas::pick(int point)
{
    if (!m_interactive || point < 0)
        return;
    if (m_picked.contains(point)) {
        // Tapping a picked point again lets it go.
        m_picked.removeAll(point);
        update();
        return;
    }
    m_picked.append(point);
    if (m_picked.size() == m_corners) {
        const QList<int> corners = m_picked;
        m_picked.clear();
        update();
        emit figurePicked(corners);
        return;
    }
    update();
}

void PointsCanvas::mousePressEvent(QMouseEvent *event)
{
    if (!m_interactive || event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_hover = event->position();
    const int point = pointAt(event->position());
    switch (m_mode) {
    case Mode::Lines:
        break;
    case Mode::Points:
        if (point >= 0) {
            m_focus = point;
            emit pointTapped(point);
        }
        return;
    case Mode::Shapes:
        if (const int shape = shapeAt(event->position()); shape >= 0)
            emit shapeTapped(shape);
        return;
    case Mode::Marks:
        if (const int mark = markAt(event->position()); mark >= 0)
            emit markTapped(mark);
        return;
    }
    if (point < 0)
        return;
    m_focus = point;
    m_dragging = m_picked.isEmpty();
    pick(point);
}

void PointsCanvas::mouseMoveEvent(QMouseEvent *event)
{
    m_hover = event->position();
    if (!m_picked.isEmpty())
        update();
    QWidget::mouseMoveEvent(event);
}

void PointsCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    // A drag from one point to another is a line too; releasing on the start point keeps it
    // picked, so tap, tap works as well.
    if (m_dragging && event->button() == Qt::LeftButton) {
        m_dragging = false;
        const int point = pointAt(event->position());
        if (point >= 0 && !m_picked.isEmpty() && point != m_picked.last())
            pick(point);
    }
    QWidget::mouseReleaseEvent(event);
}

void PointsCanvas::keyPressEvent(QKeyEvent *event)
{
    if (!m_interactive)
        return QWidget::keyPressEvent(event);
    m_showFocus = true;
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
        m_focus = (qMax(m_focus, 0) + (m_focus < 0 ? 0 : 1)) % m_points;
        notifyPartFocused(this, m_focus);
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
        m_focus = (m_focus < 0 ? 0 : m_focus - 1 + m_points) % m_points;
        notifyPartFocused(this, m_focus);
        break;
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_focus < 0)
            m_focus = 0;
        if (m_mode == Mode::Points)
            emit pointTapped(m_focus);
        else if (m_mode == Mode::Lines)
            pick(m_focus);
        break;
    case Qt::Key_Escape:
        if (m_picked.isEmpty())
            return QWidget::keyPressEvent(event);
        m_picked.clear();
        break;
    default:
        return QWidget::keyPressEvent(event);
    }
    if (m_focus >= 0)
        m_hover = pointCentre(m_focus);
    update();
}

void PointsCanvas::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    if (event->reason() == Qt::TabFocusReason || event->reason() == Qt::BacktabFocusReason) {
        m_showFocus = true;
        if (m_focus < 0)
            m_focus = 0;
    }
    update();
}

void PointsCanvas::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    m_showFocus = false;
    update();
}

void PointsCanvas::paintMark(QPainter &painter, const CanvasMark &mark) const
{
    const qreal width = qMax<qreal>(3.0, radius() / 45.0);
    QPen pen(mark.colour.isValid() ? mark.colour : m_pen, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    switch (mark.style) {
    case CanvasMark::Style::Drawn:
        break;
    case CanvasMark::Style::Right:
        pen.setColor(mark.colour.isValid() ? mark.colour : kRight);
        break;
    case CanvasMark::Style::Wrong:
        pen.setColor(kWrong);
        pen.setStyle(Qt::DashLine);
        break;
    case CanvasMark::Style::Missing:
        pen.setColor(kMissing);
        pen.setStyle(Qt::DotLine);
        pen.setWidthF(width * 1.2);
        break;
    case CanvasMark::Style::Faint: {
        QColor faint = mark.colour.isValid() ? mark.colour : m_pen;
        faint.setAlpha(90);
        pen.setColor(faint);
        pen.setStyle(Qt::DashLine);
        break;
    }
    }
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    QPolygonF polygon;
    for (int corner : mark.corners)
        polygon << pointCentre(corner);
    if (polygon.size() == 2)
        painter.drawLine(polygon.at(0), polygon.at(1));
    else if (polygon.size() > 2)
        painter.drawPolygon(polygon);
    if (mark.style == CanvasMark::Style::Wrong && polygon.size() >= 2) {
        // A cross in the middle of a wrong line: not only the colour says it.
        const QPointF mid = (polygon.at(0) + polygon.at(1)) / 2.0;
        const qreal c = width * 2.5;
        painter.setPen(QPen(kWrong, width, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(mid + QPointF(-c, -c), mid + QPointF(c, c));
        painter.drawLine(mid + QPointF(-c, c), mid + QPointF(c, -c));
    }
}

void PointsCanvas::paintGuide(QPainter &painter) const
{
    const QColor guide(0x8E, 0x24, 0xAA);
    if (m_guide == Guide::Mirror) {
        // The mirror line through point 1 (index 0) and the centre.
        QPen pen(guide, 3.0, Qt::DashDotLine, Qt::RoundCap);
        painter.setPen(pen);
        const QPointF top = pointCentre(0);
        const QPointF bottom = centre() * 2.0 - top;
        const QPointF along = (bottom - top) / QLineF(top, bottom).length() * (dotRadius() + 14.0);
        painter.drawLine(top - along, bottom + along);
    } else if (m_guide == Guide::Rotation) {
        // The turning centre, with a curved arrow round it.
        painter.setPen(QPen(guide, 3.0, Qt::SolidLine, Qt::RoundCap));
        painter.setBrush(guide);
        painter.drawEllipse(centre(), 5.0, 5.0);
        painter.setBrush(Qt::NoBrush);
        const qreal r = 22.0;
        const QRectF arc(centre() - QPointF(r, r), QSizeF(2 * r, 2 * r));
        painter.drawArc(arc, 90 * 16, -270 * 16);
        const QPointF tip = centre() + QPointF(-r, 0);
        painter.drawLine(tip, tip + QPointF(-6, -8));
        painter.drawLine(tip, tip + QPointF(6, -8));
    }
}

void PointsCanvas::paintPending(QPainter &painter) const
{
    if (m_picked.isEmpty())
        return;
    const int target = pointAt(m_hover);
    QColor pen = m_pen;
    // The symmetry's images of the line about to be made, faintly.
    if (m_corners == 2 && target >= 0 && target != m_picked.first() && m_images) {
        for (const QList<int> &image : m_images(m_picked.first(), target))
            paintMark(painter, CanvasMark { image, pen, CanvasMark::Style::Faint });
    }
    QPen rubber(pen, qMax<qreal>(3.0, radius() / 45.0), Qt::DashLine, Qt::RoundCap);
    painter.setPen(rubber);
    QPointF from = pointCentre(m_picked.first());
    for (int i = 1; i < m_picked.size(); ++i) {
        painter.drawLine(from, pointCentre(m_picked.at(i)));
        from = pointCentre(m_picked.at(i));
    }
    painter.drawLine(from, target >= 0 ? pointCentre(target) : m_hover);
}

void PointsCanvas::paintPoints(QPainter &painter) const
{
    const qreal dot = dotRadius();
    QFont font = painter.font();
    font.setPixelSize(qRound(qBound<qreal>(14.0, dot * 1.3, 22.0)));
    font.setBold(true);
    painter.setFont(font);
    for (int i = 0; i < m_points; ++i) {
        const QPointF c = pointCentre(i);
        const bool picked = m_picked.contains(i);
        painter.setPen(QPen(Qt::white, 2.0));
        painter.setBrush(picked ? kPicked : kDot);
        painter.drawEllipse(c, picked ? dot * 1.35 : dot, picked ? dot * 1.35 : dot);
        if (m_showFocus && hasFocus() && i == m_focus) {
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(QColor(0x15, 0x65, 0xC0), 3.0));
            painter.drawEllipse(c, dot * 1.9, dot * 1.9);
        }
        // The number outside the circle, away from the lines.
        const QPointF out = c + (c - centre()) / qMax<qreal>(1.0, radius()) * (dot + 14.0);
        const QRectF box(out - QPointF(16, 12), QSizeF(32, 24));
        painter.setPen(palette().color(QPalette::WindowText)); // on the window: the look's text colour
        painter.drawText(box, Qt::AlignCenter, QString::number(i + 1));
    }
}

void PointsCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0xCF, 0xD8, 0xDC), 2.0));
    painter.setBrush(QColor(0xFA, 0xFA, 0xFA));
    painter.drawEllipse(centre(), radius(), radius());
    for (const CanvasShape &shape : m_shapes) {
        QPolygonF polygon;
        for (int corner : shape.corners)
            polygon << pointCentre(corner);
        painter.setPen(QPen(shape.stroke.isValid() ? shape.stroke : m_pen, qMax<qreal>(3.0, radius() / 45.0),
                            Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(shape.fill.isValid() ? QBrush(shape.fill) : QBrush(Qt::NoBrush));
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        path.addPolygon(polygon);
        path.closeSubpath();
        painter.drawPath(path);
    }
    paintGuide(painter);
    for (const CanvasMark &mark : m_marks) {
        if (mark.style == CanvasMark::Style::Faint || mark.style == CanvasMark::Style::Missing)
            paintMark(painter, mark);
    }
    for (const CanvasMark &mark : m_marks) {
        if (mark.style != CanvasMark::Style::Faint && mark.style != CanvasMark::Style::Missing)
            paintMark(painter, mark);
    }
    paintPending(painter);
    paintPoints(painter);
}

} // namespace stages::geometry
