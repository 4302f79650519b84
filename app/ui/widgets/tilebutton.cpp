#include "ui/widgets/tilebutton.h"

#include "ui/widgets/artwork.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

namespace stages {

TileButton::TileButton(QWidget *parent)
    : QAbstractButton(parent)
{
    setAttribute(Qt::WA_Hover);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void TileButton::setArtwork(const QString &svgPath)
{
    m_artwork = svgPath;
    update();
}

void TileButton::setColor(const QColor &color)
{
    m_color = color;
    update();
}

void TileButton::setTileSize(const QSize &size)
{
    m_tileSize = size;
    updateGeometry();
}

void TileButton::setDimmed(bool dimmed)
{
    m_dimmed = dimmed;
    update();
}

QSize TileButton::sizeHint() const
{
    return m_tileSize;
}

QSize TileButton::minimumSizeHint() const
{
    return m_tileSize.boundedTo(QSize(64, 64)).expandedTo(QSize(64, 64));
}

bool TileButton::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::HoverEnter:
    case QEvent::HoverLeave:
    case QEvent::EnabledChange:
        update();
        break;
    default:
        break;
    }
    return QAbstractButton::event(event);
}

void TileButton::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF card = QRectF(rect()).adjusted(4, 4, -4, -4);
    const qreal radius = qMin(card.width(), card.height()) * 0.14;

    QColor fill = m_color;
    if (!isEnabled())
        fill = QColor(QStringLiteral("#ECEFF1"));
    else if (isDown())
        fill = fill.darker(112);
    else if (underMouse())
        fill = fill.lighter(104);

    // A soft shadow, the card, and a ring when focused or checked.
    QPainterPath shape;
    shape.addRoundedRect(card, radius, radius);
    if (isEnabled() && !isDown())
        p.fillPath(shape.translated(0, 3), QColor(0, 0, 0, 28));
    p.fillPath(shape, fill);
    if (hasFocus() || isChecked()) {
        p.setPen(QPen(isChecked() ? QColor(QStringLiteral("#2E7D32")) : QColor(QStringLiteral("#1565C0")), 4));
        p.drawPath(shape);
    } else {
        p.setPen(QPen(fill.darker(115), 1.5));
        p.drawPath(shape);
    }

    // Caption under the picture, in a bold face sized to the tile.
    const QString caption = text();
    QFont f = font();
    f.setBold(true);
    f.setPixelSize(qBound(13, int(card.height() * 0.13), 26));
    const QFontMetrics fm(f);
    const qreal captionHeight = caption.isEmpty() ? 0 : fm.height() + 8;
    const qreal pad = card.height() * 0.10;
    const qreal side = qMax<qreal>(16, qMin(card.width() - 2 * pad, card.height() - 2 * pad - captionHeight));
    const QRectF art(card.center().x() - side / 2, card.top() + pad, side, side);

    if (!m_artwork.isEmpty()) {
        if (!isEnabled() || m_dimmed)
            p.setOpacity(0.35);
        p.drawPixmap(art.topLeft(), Artwork::render(m_artwork, int(side), devicePixelRatioF()));
        p.setOpacity(1.0);
    }
    if (!caption.isEmpty()) {
        p.setFont(f);
        const bool dark = fill.lightnessF() < 0.55;
        p.setPen(!isEnabled() ? QColor(QStringLiteral("#90A4AE")) : dark ? QColor(Qt::white) : QColor(QStringLiteral("#263238")));
        QRectF textRect(card.left() + 6, art.bottom() + 4, card.width() - 12, captionHeight);
        if (m_artwork.isEmpty())
            textRect = card.adjusted(8, 8, -8, -8);
        p.drawText(textRect, Qt::AlignCenter | Qt::TextWordWrap,
                   m_artwork.isEmpty() ? caption : fm.elidedText(caption, Qt::ElideRight, int(textRect.width())));
    }
}

} // namespace stages
