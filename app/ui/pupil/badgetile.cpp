#include "ui/pupil/badgetile.h"

#include "ui/widgets/artwork.h"

#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace stages {

namespace {

constexpr QSize kTileSize(120, 108);

QPainterPath starPath(const QPointF &centre, qreal outer)
{
    QPainterPath path;
    const qreal inner = outer * 0.45;
    for (int i = 0; i < 10; ++i) {
        const qreal r = i % 2 == 0 ? outer : inner;
        const qreal angle = -M_PI / 2 + i * M_PI / 5;
        const QPointF point(centre.x() + r * qCos(angle), centre.y() + r * qSin(angle));
        if (i == 0)
            path.moveTo(point);
        else
            path.lineTo(point);
    }
    path.closeSubpath();
    return path;
}

void drawCalendar(QPainter &p, const QRectF &box)
{
    // A page with a red top band and two rings: "a day is coming".
    const QRectF page = box.adjusted(2, 4, -2, -1);
    p.setPen(QPen(QColor(QStringLiteral("#37474F")), 1.5));
    p.setBrush(Qt::white);
    p.drawRoundedRect(page, 3, 3);
    QRectF band = page;
    band.setHeight(page.height() * 0.32);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(QStringLiteral("#E53935")));
    p.drawRoundedRect(band, 3, 3);
    p.setBrush(QColor(QStringLiteral("#37474F")));
    const qreal w = page.width();
    for (const qreal x : { page.left() + w * 0.28, page.left() + w * 0.72 })
        p.drawRoundedRect(QRectF(x - 1.5, box.top(), 3, 8), 1.5, 1.5);
    p.setBrush(QColor(QStringLiteral("#90A4AE")));
    for (int row = 0; row < 2; ++row) {
        for (int col = 0; col < 3; ++col) {
            const QPointF c(page.left() + w * (0.22 + 0.28 * col), band.bottom() + page.height() * (0.2 + 0.28 * row));
            p.drawEllipse(c, 1.8, 1.8);
        }
    }
}

void drawTick(QPainter &p, const QRectF &box)
{
    p.setPen(QPen(Qt::white, 2.5));
    p.setBrush(QColor(QStringLiteral("#2E7D32")));
    p.drawEllipse(box);
    QPainterPath tick;
    tick.moveTo(box.left() + box.width() * 0.26, box.top() + box.height() * 0.52);
    tick.lineTo(box.left() + box.width() * 0.44, box.top() + box.height() * 0.70);
    tick.lineTo(box.left() + box.width() * 0.76, box.top() + box.height() * 0.32);
    p.setPen(QPen(Qt::white, box.width() * 0.13, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    p.drawPath(tick);
}

} // namespace

BadgeTile::BadgeTile(QWidget *parent)
    : QAbstractButton(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void BadgeTile::setArtwork(const QString &svgPath)
{
    m_artwork = svgPath;
    update();
}

void BadgeTile::setColor(const QColor &color)
{
    m_color = color;
    update();
}

void BadgeTile::setStageNumber(int number)
{
    m_stage = number;
    update();
}

void BadgeTile::setDueSoon(bool dueSoon)
{
    m_dueSoon = dueSoon;
    update();
}

void BadgeTile::setDone(bool done)
{
    m_done = done;
    update();
}

void BadgeTile::setStars(int stars)
{
    m_stars = qBound(0, stars, 3);
    update();
}

void BadgeTile::setNew(bool isNew)
{
    m_new = isNew;
    update();
}

QPixmap BadgeTile::starsPixmap(int stars, int side, qreal devicePixelRatio)
{
    const int gap = side / 5;
    QPixmap pixmap(QSize(3 * side + 2 * gap, side) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < 3; ++i) {
        const QPointF centre(i * (side + gap) + side / 2.0, side / 2.0 + side * 0.04);
        p.setPen(QPen(QColor(QStringLiteral("#F57F17")), qMax(1.5, side / 24.0)));
        p.setBrush(i < stars ? QColor(QStringLiteral("#FFC107")) : QColor(QStringLiteral("#ECEFF1")));
        p.drawPath(starPath(centre, side / 2.0 - 2));
    }
    return pixmap;
}

QSize BadgeTile::sizeHint() const
{
    return kTileSize;
}

void BadgeTile::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF card = QRectF(rect()).adjusted(4, 4, -4, -4);
    const qreal radius = 14;
    QColor fill = m_color;
    if (isDown())
        fill = fill.darker(112);
    else if (underMouse())
        fill = fill.lighter(104);
    QPainterPath shape;
    shape.addRoundedRect(card, radius, radius);
    if (!isDown())
        p.fillPath(shape.translated(0, 3), QColor(0, 0, 0, 28));
    p.fillPath(shape, fill);
    p.setPen(hasFocus() ? QPen(QColor(QStringLiteral("#1565C0")), 4) : QPen(fill.darker(115), 1.5));
    p.drawPath(shape);

    // The picture in the middle, a little faded once the task is done.
    const qreal bottomRoom = m_stars > 0 ? 24 : 8;
    const qreal side = qMin(card.width() * 0.5, card.height() - bottomRoom - 14);
    const QRectF art(card.center().x() - side / 2 + (m_stage > 0 ? 12 : 0), card.top() + 10, side, side);
    if (!m_artwork.isEmpty()) {
        p.setOpacity(m_done ? 0.45 : 1.0);
        p.drawPixmap(art.topLeft(), Artwork::render(m_artwork, int(side), devicePixelRatioF()));
        p.setOpacity(1.0);
    }

    // The stage stone: a grey pebble with the stage's number, bottom left.
    if (m_stage > 0) {
        const QRectF stone(card.left() + 6, card.bottom() - 46, 44, 38);
        p.setPen(QPen(Qt::white, 2.5));
        p.setBrush(QColor(QStringLiteral("#78909C")));
        p.drawEllipse(stone);
        QFont f = font();
        f.setBold(true);
        f.setPixelSize(22);
        p.setFont(f);
        p.setPen(Qt::white);
        p.drawText(stone, Qt::AlignCenter, QString::number(m_stage));
    }

    // Stars along the bottom.
    if (m_stars > 0) {
        const qreal outer = 10;
        const qreal y = card.bottom() - outer - 4;
        const qreal width = 3 * 2 * outer + 2 * 4;
        qreal x = card.center().x() - width / 2 + outer;
        for (int i = 0; i < 3; ++i) {
            const QPainterPath star = starPath(QPointF(x, y), outer);
            p.setPen(QPen(QColor(QStringLiteral("#F57F17")), 1.5));
            p.setBrush(i < m_stars ? QColor(QStringLiteral("#FFC107")) : QColor(255, 255, 255, 160));
            p.drawPath(star);
            x += 2 * outer + 4;
        }
    }

    // Corner pictograms: a tick (done) or a calendar (due soon) top right; the red dot top left.
    const QRectF corner(card.right() - 34, card.top() + 6, 28, 28);
    if (m_done)
        drawTick(p, corner);
    else if (m_dueSoon)
        drawCalendar(p, corner);
    if (m_new) {
        p.setPen(QPen(Qt::white, 3));
        p.setBrush(QColor(QStringLiteral("#D50000")));
        p.drawEllipse(QRectF(card.left() + 5, card.top() + 5, 24, 24));
    }
}

} // namespace stages
