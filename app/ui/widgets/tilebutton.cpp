#include "ui/widgets/tilebutton.h"

#include "exercises/framework/view/tokenpainter.h"
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

void TileButton::setKeyBadge(const QString &key)
{
    m_keyBadge = key;
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

    // Caption under the picture: the first line bold and sized to the tile, further lines
    // (e.g. "coming soon") smaller.
    const QStringList lines = text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QFont f = font();
    f.setBold(true);
    f.setPixelSize(m_artwork.isEmpty() ? qBound(14, int(card.height() * 0.28), 40)
                                       : qBound(13, int(card.height() * 0.115), 24));
    // A long first line shrinks to fit rather than being cut ("Colours and shapes").
    if (!m_artwork.isEmpty() && !lines.isEmpty()) {
        while (f.pixelSize() > 13 && QFontMetrics(f).horizontalAdvance(lines.first()) > card.width() - 16)
            f.setPixelSize(f.pixelSize() - 1);
    }
    QFont small = font();
    small.setPixelSize(qMax(12, f.pixelSize() * 2 / 3));
    const QFontMetrics fm(f);
    const QFontMetrics smallFm(small);
    const qreal captionHeight = lines.isEmpty() ? 0 : fm.height() + (lines.size() - 1) * smallFm.height() + 8;
    const qreal pad = card.height() * 0.10;
    const qreal side = qMax<qreal>(16, qMin(card.width() - 2 * pad, card.height() - 2 * pad - captionHeight));
    const QRectF art(card.center().x() - side / 2, card.top() + pad, side, side);

    if (!m_artwork.isEmpty()) {
        if (!isEnabled() || m_dimmed)
            p.setOpacity(0.35);
        p.drawPixmap(art.topLeft(), Artwork::render(m_artwork, int(side), devicePixelRatioF()));
        p.setOpacity(1.0);
    }
    if (isEnabled())
        TokenPainter::paintKeyBadge(p, card.adjusted(3, 3, -3, -3), m_keyBadge);
    if (lines.isEmpty())
        return;
    const bool dark = fill.lightnessF() < 0.55;
    p.setPen(!isEnabled() ? QColor(QStringLiteral("#78909C"))
                 : dark   ? QColor(Qt::white)
                          : QColor(QStringLiteral("#263238")));
    if (m_artwork.isEmpty()) {
        p.setFont(f);
        p.drawText(card.adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap, lines.join(QLatin1Char('\n')));
        return;
    }
    qreal y = art.bottom() + 4;
    const qreal width = card.width() - 12;
    for (int i = 0; i < lines.size(); ++i) {
        const QFontMetrics &m = i == 0 ? fm : smallFm;
        p.setFont(i == 0 ? f : small);
        p.drawText(QRectF(card.left() + 6, y, width, m.height()), Qt::AlignCenter,
                   m.elidedText(lines.at(i), Qt::ElideRight, int(width)));
        y += m.height();
    }
}

} // namespace stages
