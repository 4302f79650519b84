#include "exercises/framework/view/ringcontrols.h"

#include "exercises/framework/session/exerciserun.h"
#include "exercises/framework/view/itemrowwidget.h"

#include <QGridLayout>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPropertyAnimation>
#include <QPushButton>
#include <QShortcut>

#include <cmath>
#include <numbers>

namespace stages {

namespace {

constexpr int kButton = 56;
/// How far the mouse must move before a press on the ring becomes a drag (a click empties a bead).
constexpr int kDragStart = 10;

/// An arrow going round a circle, clockwise or back, or (flip) a ring turning over: drawn, so
/// it never depends on a font having the glyph.
QIcon ringIcon(int kind, qreal dpr)
{
    const int side = 40;
    QPixmap pixmap(QSize(side, side) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor ink(QStringLiteral("#1565C0"));
    p.setPen(QPen(ink, 4, Qt::SolidLine, Qt::RoundCap));
    const QRectF circle(7, 7, side - 14, side - 14);
    if (kind == 2) {
        // Turning over: a ring seen from the side, and an arrow across it.
        p.drawEllipse(QRectF(side / 2.0 - 6, 5, 12, side - 10));
        p.drawLine(QPointF(5, side / 2.0), QPointF(side - 5, side / 2.0));
        p.setBrush(ink);
        p.setPen(Qt::NoPen);
        QPainterPath right;
        right.moveTo(side - 2, side / 2.0);
        right.lineTo(side - 11, side / 2.0 - 6);
        right.lineTo(side - 11, side / 2.0 + 6);
        p.drawPath(right);
        QPainterPath left;
        left.moveTo(2, side / 2.0);
        left.lineTo(11, side / 2.0 - 6);
        left.lineTo(11, side / 2.0 + 6);
        p.drawPath(left);
        return QIcon(pixmap);
    }
    const bool clockwise = kind == 0;
    // Most of a circle from the top, with the head where it goes.
    p.drawArc(circle, clockwise ? 60 * 16 : 120 * 16, clockwise ? -300 * 16 : 300 * 16);
    const double end = (clockwise ? 60.0 - 300.0 : 120.0 + 300.0) * std::numbers::pi / 180.0;
    const QPointF tip(circle.center().x() + circle.width() / 2 * std::cos(end),
                      circle.center().y() - circle.height() / 2 * std::sin(end));
    // The arrow head points along the circle, the way it turns.
    const double along = end + (clockwise ? -std::numbers::pi / 2 : std::numbers::pi / 2);
    const QPointF dir(std::cos(along), -std::sin(along));
    const QPointF normal(-dir.y(), dir.x());
    QPainterPath head;
    head.moveTo(tip + dir * 7);
    head.lineTo(tip - dir * 4 + normal * 7);
    head.lineTo(tip - dir * 4 - normal * 7);
    head.closeSubpath();
    p.setBrush(ink);
    p.setPen(Qt::NoPen);
    p.drawPath(head);
    return QIcon(pixmap);
}

QPushButton *roundButton(const QString &name, const QString &tip, const QIcon &icon, QWidget *parent)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(name);
    button->setIcon(icon);
    button->setIconSize(QSize(36, 36));
    button->setToolTip(tip);
    button->setAccessibleName(tip);
    button->setFixedSize(kButton, kButton);
    button->setStyleSheet(QStringLiteral("QPushButton { border-radius: %1px; background: #E3F2FD; }"
                                         "QPushButton:pressed { background: #BBDEFB; }"
                                         "QPushButton:focus { border: 3px solid #1E88E5; }")
                              .arg(kButton / 2));
    return button;
}

} // namespace

RingControls::RingControls(ExerciseRun &run, ItemRowWidget *ring, QWidget *keyScope, QWidget *parent)
    : QWidget(parent)
    , m_draft(run)
    , m_ring(ring)
{
    setObjectName(QStringLiteral("ringControls"));
    // Two turning buttons side by side, the flip under them: no taller than the ring.
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    const qreal dpr = devicePixelRatioF();
    //: Button beside the ring of beads the pupil builds: every bead moves one place round
    m_turn = roundButton(QStringLiteral("turnRingButton"), tr("Turn the ring"), ringIcon(0, dpr), this);
    //: Button beside the ring of beads: every bead moves one place back
    m_turnBack = roundButton(QStringLiteral("turnRingBackButton"), tr("Turn the ring back"), ringIcon(1, dpr), this);
    layout->addWidget(m_turnBack, 0, 0);
    layout->addWidget(m_turn, 0, 1);
    connect(m_turn, &QPushButton::clicked, this, [this] { turnBy(1); });
    connect(m_turnBack, &QPushButton::clicked, this, [this] { turnBy(-1); });
    if (m_draft.mayFlip()) {
        //: Button beside a bracelet: turn the ring of beads over, like a coin
        m_flip = roundButton(QStringLiteral("flipRingButton"), tr("Turn the ring over"), ringIcon(2, dpr), this);
        layout->addWidget(m_flip, 1, 0, 1, 2, Qt::AlignHCenter);
        connect(m_flip, &QPushButton::clicked, this, &RingControls::flipOver);
    }
    m_animation = new QPropertyAnimation(m_ring, QByteArray(), this);
    m_animation->setEasingCurve(QEasingCurve::OutCubic);
    m_ring->installEventFilter(this);
    // Shortcuts, not key presses: a focused token would take the arrows to move the focus.
    for (const auto &[key, places] : { std::pair { Qt::Key_Up, 1 }, std::pair { Qt::Key_Down, -1 } }) {
        auto *shortcut = new QShortcut(QKeySequence(key), keyScope);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, places = places] { turnBy(places); });
    }
}

void RingControls::glide(const QByteArray &property, qreal from, qreal to, int durationMs)
{
    m_animation->stop();
    m_ring->setRingTurn(0);
    m_ring->setRingFlip(1);
    m_animation->setPropertyName(property);
    m_animation->setStartValue(from);
    m_animation->setEndValue(to);
    m_animation->setDuration(durationMs);
    m_ring->setProperty(property.constData(), from);
    m_animation->start();
}

void RingControls::turnBy(int places)
{
    // The row changes at once; the beads are drawn where they were and glide to their new places.
    m_draft.turn(places);
    glide("ringTurn", -places, 0, 260 * std::abs(places));
}

void RingControls::flipOver()
{
    if (!m_draft.flip())
        return;
    glide("ringFlip", -1, 1, 600);
}

double RingControls::angleAt(const QPointF &pos) const
{
    return std::atan2(pos.y() - m_ring->height() / 2.0, pos.x() - m_ring->width() / 2.0);
}

bool RingControls::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_ring)
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton) {
            m_pressed = true;
            m_dragging = false;
            m_pressPos = mouse->position();
        }
        return false;
    }
    case QEvent::MouseMove: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (!m_pressed)
            return false;
        const QPointF pos = mouse->position();
        if (!m_dragging) {
            if ((pos - m_pressPos).manhattanLength() < kDragStart)
                return false;
            m_dragging = true;
            m_animation->stop();
            m_ring->setRingFlip(1);
            m_lastAngle = angleAt(m_pressPos);
            m_dragPlaces = 0;
        }
        // Screen y grows downwards, so a growing angle is clockwise, like the beads' order.
        double delta = angleAt(pos) - m_lastAngle;
        if (delta > std::numbers::pi)
            delta -= 2 * std::numbers::pi;
        else if (delta < -std::numbers::pi)
            delta += 2 * std::numbers::pi;
        m_lastAngle = angleAt(pos);
        const int n = std::max<int>(1, int(m_ring->symbols().size()));
        m_dragPlaces += delta * n / (2 * std::numbers::pi);
        m_ring->setRingTurn(m_dragPlaces);
        return true;
    }
    case QEvent::MouseButtonRelease: {
        const bool dragged = m_dragging;
        m_pressed = false;
        m_dragging = false;
        if (!dragged)
            return false; // a click: empties the bead, as on a row
        // Let go: the ring settles on the nearest place and the row turns with it.
        const int places = int(std::lround(m_dragPlaces));
        m_draft.turn(places);
        glide("ringTurn", m_dragPlaces - places, 0, 220);
        return true;
    }
    default:
        return false;
    }
}

} // namespace stages
