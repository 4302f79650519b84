#include "exercises/movement/view/karatefigurewidget.h"

#include <QPainter>
#include <QVariantAnimation>

namespace stages::movement {

namespace {

const QColor kOutline(0x37, 0x47, 0x4F);
const QColor kGi(0xFF, 0xFF, 0xFF);
const QColor kGiFar(0xE3, 0xE8, 0xEC);
const QColor kSkin(0xFF, 0xCC, 0xA8);
const QColor kBelt(0x21, 0x21, 0x21);

/// One part of the gi: a thick white stroke with a dark edge.
void bone(QPainter &p, QPointF a, QPointF b, qreal width, const QColor &fill)
{
    p.setPen(QPen(kOutline, width + 4, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(a, b);
    p.setPen(QPen(fill, width, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(a, b);
}

void dot(QPainter &p, QPointF at, qreal radius, const QColor &fill)
{
    p.setPen(QPen(kOutline, 2));
    p.setBrush(fill);
    p.drawEllipse(at, radius, radius);
}

} // namespace

KarateFigureWidget::KarateFigureWidget(QWidget *parent)
    : QWidget(parent)
    , m_timeline({})
{
    setObjectName(QStringLiteral("karateFigure"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_animation = new QVariantAnimation(this);
    m_animation->setStartValue(0);
    connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) { showAt(value.toInt()); });
    connect(m_animation, &QVariantAnimation::stateChanged, this,
            [this](QAbstractAnimation::State now, QAbstractAnimation::State) {
                emit playingChanged(now == QAbstractAnimation::Running);
            });
    connect(m_animation, &QVariantAnimation::finished, this, [this] { showAt(m_timeline.totalMs()); });
}

void KarateFigureWidget::setMoves(const QStringList &moves)
{
    stop();
    m_timeline = KarateTimeline(moves);
    showAt(0);
}

void KarateFigureWidget::play()
{
    if (m_timeline.moves().isEmpty())
        return;
    m_animation->stop();
    m_animation->setEndValue(m_timeline.totalMs());
    m_animation->setDuration(m_timeline.totalMs());
    m_animation->start();
}

void KarateFigureWidget::stop()
{
    if (m_animation->state() != QAbstractAnimation::Stopped)
        m_animation->stop();
    showAt(0);
}

bool KarateFigureWidget::isPlaying() const
{
    return m_animation->state() == QAbstractAnimation::Running;
}

void KarateFigureWidget::showAt(int ms)
{
    m_pose = m_timeline.poseAt(ms);
    const int move = m_timeline.moveAt(ms);
    if (move != m_current) {
        m_current = move;
        emit currentMoveChanged(move);
    }
    update();
}

void KarateFigureWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = rect();
    // The mat.
    const qreal floor = r.bottom() - r.height() * 0.12;
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xFF, 0xF3, 0xE0));
    p.drawRoundedRect(r.adjusted(2, 2, -2, -2), 18, 18);
    p.setBrush(QColor(0xA5, 0xD6, 0xA7));
    p.drawRoundedRect(QRectF(r.left() + r.width() * 0.08, floor - 6, r.width() * 0.84, r.height() * 0.08), 8, 8);

    // Body units to pixels: the figure is about one unit tall.
    const qreal scale = std::min(r.height() * 0.78, r.width() * 1.1);
    const QPointF origin(r.center().x() - m_pose.shift * scale * 0.5, floor);
    auto at = [&](QPointF v) { return origin + v * scale; };
    const KarateSkeleton s = m_pose.skeleton();
    const qreal limb = std::max(6.0, scale * 0.055);
    const QPointF shoulder = at(s.neck + (s.hip - s.neck) * 0.08);

    // Far side first, then the body, then the near side in front.
    bone(p, at(s.hip), at(s.farKnee), limb, kGiFar);
    bone(p, at(s.farKnee), at(s.farFoot), limb, kGiFar);
    dot(p, at(s.farFoot), limb * 0.55, kSkin);
    bone(p, shoulder, at(s.farElbow), limb * 0.9, kGiFar);
    bone(p, at(s.farElbow), at(s.farHand), limb * 0.9, kGiFar);
    dot(p, at(s.farHand), limb * 0.6, kSkin);

    bone(p, at(s.hip), at(s.neck), limb * 1.9, kGi);
    // The black belt round the middle.
    const QPointF beltCentre = at(s.hip + (s.neck - s.hip) * 0.12);
    const QPointF across = QPointF(limb * 0.95 * (m_pose.facing >= 0 ? 1 : -1), 0);
    p.setPen(QPen(kBelt, limb * 0.5, Qt::SolidLine, Qt::FlatCap));
    p.drawLine(beltCentre - across, beltCentre + across);
    p.drawLine(beltCentre, beltCentre + QPointF(-across.x() * 0.5, limb * 0.9));

    bone(p, at(s.hip), at(s.nearKnee), limb, kGi);
    bone(p, at(s.nearKnee), at(s.nearFoot), limb, kGi);
    dot(p, at(s.nearFoot), limb * 0.55, kSkin);

    // The head: a face looking where the figure faces, hair at the back.
    const QPointF head = at(s.head);
    const qreal radius = s.headRadius * scale;
    dot(p, head, radius, kSkin);
    const qreal facing = m_pose.facing;
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x5D, 0x40, 0x37));
    p.drawChord(QRectF(head.x() - radius, head.y() - radius, 2 * radius, 2 * radius),
                facing >= 0 ? 70 * 16 : -20 * 16, 130 * 16);
    p.setBrush(kOutline);
    if (std::abs(facing) > 0.3)
        p.drawEllipse(head + QPointF(radius * 0.45 * facing, -radius * 0.1), radius * 0.13, radius * 0.13);
    else {
        p.drawEllipse(head + QPointF(-radius * 0.35, -radius * 0.1), radius * 0.12, radius * 0.12);
        p.drawEllipse(head + QPointF(radius * 0.35, -radius * 0.1), radius * 0.12, radius * 0.12);
    }

    bone(p, shoulder, at(s.nearElbow), limb * 0.9, kGi);
    bone(p, at(s.nearElbow), at(s.nearHand), limb * 0.9, kGi);
    dot(p, at(s.nearHand), limb * 0.6, kSkin);
}

} // namespace stages::movement
