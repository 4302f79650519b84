#include "exercises/framework/view/stagemapwidget.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace stages {

namespace {

void paintStar(QPainter &p, const QPointF &c, double r)
{
    QPainterPath path;
    for (int i = 0; i < 10; ++i) {
        const double radius = i % 2 ? r * 0.45 : r;
        const double a = qDegreesToRadians(-90.0 + 36.0 * i);
        const QPointF pt(c.x() + radius * std::cos(a), c.y() + radius * std::sin(a));
        i == 0 ? path.moveTo(pt) : path.lineTo(pt);
    }
    path.closeSubpath();
    p.drawPath(path);
}

} // namespace

StageMapWidget::StageMapWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("stageMap"));
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    //: What a screen reader calls the stage map: the path of stepping stones, one per stage
    setAccessibleName(tr("Stages"));
}

QString StageMapWidget::accessiblePartName(int part) const
{
    const StageStone &stone = m_stages.at(part);
    //: A stone of the stage map for a screen reader: %1 the stage's number, %2 its title, %3 how
    //: far the pupil got (not started, familiar, mastered...)
    const QString name = tr("Stage %1: %2, %3").arg(stone.number).arg(stone.title, masteryLevelName(stone.level));
    //: Added to the name of the stage the pupil works on now (the ringed stone)
    return stone.number == m_current ? tr("%1, you are here").arg(name) : name;
}

QRect StageMapWidget::accessiblePartRect(int part) const
{
    const QPointF centre = stonePosition(part);
    const double r = radiusOf(part);
    return QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r).toAlignedRect();
}

QAccessible::State StageMapWidget::accessiblePartState(int part) const
{
    QAccessible::State state;
    state.selectable = true;
    state.selected = m_stages.at(part).number == m_current;
    return state;
}

void StageMapWidget::pressAccessiblePart(int part)
{
    if (part < 0 || part >= m_stages.size())
        return;
    m_focused = m_stages.at(part).number;
    update();
    emit stageChosen(m_focused);
}

void StageMapWidget::setStages(const QList<StageStone> &stages)
{
    m_stages = stages;
    if (!m_stages.isEmpty() && m_focused == 0)
        m_focused = m_stages.first().number;
    update();
}

void StageMapWidget::setCurrent(int number)
{
    m_current = number;
    m_focused = number;
    update();
}

QColor StageMapWidget::levelColor(MasteryLevel level)
{
    switch (level) {
    case MasteryLevel::NotStarted:
        return QColor(QStringLiteral("#ECEFF1"));
    case MasteryLevel::Attempted:
        return QColor(QStringLiteral("#FFE0B2"));
    case MasteryLevel::Familiar:
        return QColor(QStringLiteral("#C5E1A5"));
    case MasteryLevel::Proficient:
        return QColor(QStringLiteral("#81D4FA"));
    case MasteryLevel::Mastered:
        return QColor(QStringLiteral("#FFD54F"));
    }
    return Qt::white;
}

int StageMapWidget::levelStars(MasteryLevel level)
{
    return std::max(0, int(level) - 1); // familiar 1, proficient 2, mastered 3
}

double StageMapWidget::stoneRadius() const
{
    const int n = std::max<int>(1, int(m_stages.size()));
    return std::clamp(std::min(width() / (n * 2.6), height() / 5.0), 34.0, 64.0);
}

QPointF StageMapWidget::stonePosition(int index) const
{
    const int n = std::max<int>(1, int(m_stages.size()));
    const double r = stoneRadius();
    const double left = r + 24;
    const double step = n > 1 ? (width() - 2 * left) / (n - 1) : 0;
    // A gentle winding path, from the bottom left up to the top right.
    const double rise = n > 1 ? double(index) / (n - 1) : 0.0;
    const double y = height() * (0.62 - 0.22 * rise) + std::sin(index * 1.7) * height() * 0.13;
    return QPointF(left + index * step, y);
}

double StageMapWidget::radiusOf(int index) const
{
    const bool current = index >= 0 && index < m_stages.size() && m_stages.at(index).number == m_current;
    return current ? stoneRadius() * 1.12 : stoneRadius();
}

double StageMapWidget::haloWidth() const
{
    return std::max(7.0, stoneRadius() * 0.18);
}

double StageMapWidget::focusRingGap() const
{
    // Clear of the current stone's 6 px border, inside its halo.
    return 3 + haloWidth() * 0.45;
}

int StageMapWidget::indexOf(int number) const
{
    for (int i = 0; i < m_stages.size(); ++i) {
        if (m_stages.at(i).number == number)
            return i;
    }
    return -1;
}

double StageMapWidget::outerRadius(int number) const
{
    const int index = indexOf(number);
    if (index < 0)
        return 0;
    const double radius = radiusOf(index);
    double outer = radius + 3; // the stone's border (6 px wide on the current one)
    if (number == m_current)
        outer = radius + haloWidth();
    if (hasFocus() && number == m_focused)
        outer = std::max(outer, radius + focusRingGap() + 1.5);
    return outer;
}

QRectF StageMapWidget::titleRect(int number) const
{
    const int index = indexOf(number);
    if (index < 0)
        return {};
    // Under the stone, clear of its halo (the current one) or of the keyboard's ring (any other
    // stone may get it), whatever the focus does: the title never moves.
    const double r = stoneRadius();
    const QPointF c = stonePosition(index);
    const double reach = number == m_current ? haloWidth() : focusRingGap() + 1.5;
    return QRectF(c.x() - r * 1.3, c.y() + radiusOf(index) + reach + 3, r * 2.6, 44);
}

QPoint StageMapWidget::stoneCenter(int number) const
{
    for (int i = 0; i < m_stages.size(); ++i) {
        if (m_stages.at(i).number == number)
            return stonePosition(i).toPoint();
    }
    return {};
}

int StageMapWidget::stoneAt(const QPoint &pos) const
{
    const double r = stoneRadius();
    for (int i = 0; i < m_stages.size(); ++i) {
        if (QLineF(stonePosition(i), pos).length() <= r * 1.1)
            return m_stages.at(i).number;
    }
    return 0;
}

void StageMapWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const double r = stoneRadius();

    // The path between the stones.
    if (m_stages.size() > 1) {
        QPainterPath path(stonePosition(0));
        for (int i = 1; i < m_stages.size(); ++i) {
            const QPointF a = stonePosition(i - 1);
            const QPointF b = stonePosition(i);
            const double dx = (b.x() - a.x()) / 2;
            path.cubicTo(a + QPointF(dx, 0), b - QPointF(dx, 0), b);
        }
        p.setPen(QPen(QColor(QStringLiteral("#D7CCC8")), r * 0.5, Qt::SolidLine, Qt::RoundCap));
        p.drawPath(path);
        p.setPen(QPen(QColor(QStringLiteral("#A1887F")), 3, Qt::DashLine, Qt::RoundCap));
        p.drawPath(path);
    }

    for (int i = 0; i < m_stages.size(); ++i) {
        const StageStone &s = m_stages.at(i);
        const QPointF c = stonePosition(i);
        const bool current = s.number == m_current;
        const double radius = radiusOf(i);
        const double halo = haloWidth();
        if (current) {
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(30, 136, 229, 60));
            p.drawEllipse(c, radius + halo, radius + halo);
        }
        p.setPen(
            QPen(current ? QColor(QStringLiteral("#1E88E5")) : QColor(QStringLiteral("#78909C")), current ? 6 : 3));
        p.setBrush(levelColor(s.level));
        p.drawEllipse(c, radius, radius);
        if (hasFocus() && s.number == m_focused) {
            p.setPen(QPen(QColor(QStringLiteral("#1E88E5")), 3, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(c, radius + focusRingGap(), radius + focusRingGap());
        }
        QFont f = font();
        f.setBold(true);
        f.setPixelSize(int(radius * 0.8));
        p.setFont(f);
        p.setPen(QColor(QStringLiteral("#37474F")));
        p.drawText(QRectF(c.x() - radius, c.y() - radius * 0.95, 2 * radius, 1.3 * radius), Qt::AlignCenter,
                   QString::number(s.number));
        // Stars for the level, inside the stone's lower part; a crown ring when mastered.
        const int stars = levelStars(s.level);
        if (stars > 0) {
            p.setPen(QPen(QColor(QStringLiteral("#8D6E63")), 1));
            p.setBrush(QColor(QStringLiteral("#FFB300")));
            const double sr = radius * 0.17;
            for (int k = 0; k < stars; ++k)
                paintStar(p, QPointF(c.x() + (k - (stars - 1) / 2.0) * sr * 2.2, c.y() + radius * 0.55), sr);
        } else if (s.level == MasteryLevel::Attempted) {
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(QStringLiteral("#FB8C00")));
            p.drawEllipse(QPointF(c.x(), c.y() + radius * 0.55), radius * 0.1, radius * 0.1);
        }
        if (s.level == MasteryLevel::Mastered) {
            p.setPen(QPen(QColor(QStringLiteral("#FF8F00")), 5));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(c, radius - 6, radius - 6);
        }
        f.setPixelSize(15);
        f.setBold(current);
        p.setFont(f);
        p.setPen(QColor(QStringLiteral("#455A64")));
        p.drawText(titleRect(s.number), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, s.title);
    }
}

void StageMapWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const int number = stoneAt(event->position().toPoint());
    if (number > 0) {
        m_focused = number;
        update();
        emit stageChosen(number);
    }
}

void StageMapWidget::keyPressEvent(QKeyEvent *event)
{
    int index = -1;
    for (int i = 0; i < m_stages.size(); ++i) {
        if (m_stages.at(i).number == m_focused)
            index = i;
    }
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
        if (!m_stages.isEmpty()) {
            index = std::clamp(index + (event->key() == Qt::Key_Right ? 1 : -1), 0, int(m_stages.size()) - 1);
            m_focused = m_stages.at(index).number;
            update();
            notifyPartFocused(this, index);
        }
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (index >= 0)
            emit stageChosen(m_focused);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace stages
