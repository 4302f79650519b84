#include "exercises/framework/view/itemrowwidget.h"

#include "exercises/framework/view/tokenbutton.h"
#include "exercises/framework/view/tokenpainter.h"

#include <QDragEnterEvent>
#include <QJsonObject>
#include <QKeyEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QPropertyAnimation>

#include <cmath>
#include <numbers>

namespace stages {

ItemRowWidget::ItemRowWidget(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_shakeAnimation = new QPropertyAnimation(this, "shakeOffset", this);
    m_shakeAnimation->setDuration(450);
    m_glowAnimation = new QPropertyAnimation(this, "glow", this);
    m_glowAnimation->setDuration(1400);
}

void ItemRowWidget::setElements(const QJsonArray &elements)
{
    m_elements = elements;
    update();
}

void ItemRowWidget::setSymbols(const QList<int> &symbols)
{
    const bool resized = symbols.size() != m_symbols.size();
    m_symbols = symbols;
    m_highlighted = -1;
    if (resized)
        updateGeometry();
    update();
}

void ItemRowWidget::setGhost(const QList<int> &symbols)
{
    m_ghost = symbols;
    update();
}

void ItemRowWidget::setSlotSize(int size)
{
    m_slot = size;
    m_gap = std::max(4, size / 8);
    updateGeometry();
    update();
}

void ItemRowWidget::setEditable(bool editable)
{
    m_editable = editable;
    setAcceptDrops(editable);
    setCursor(editable || m_clickable ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

void ItemRowWidget::setClickable(bool clickable)
{
    m_clickable = clickable;
    setFocusPolicy(clickable ? Qt::StrongFocus : Qt::NoFocus);
    setCursor(m_editable || clickable ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

void ItemRowWidget::setMark(Mark mark)
{
    m_mark = mark;
    update();
}

void ItemRowWidget::setHighlightedSlot(int slot)
{
    m_highlighted = slot;
    update();
}

namespace {

/// The radius of the circle the bead centres lie on: neighbours one slot and a gap apart.
double ringRadius(int length, int slot, int gap)
{
    const int n = std::max(3, length);
    return (slot + gap) / (2.0 * std::sin(std::numbers::pi / n));
}

} // namespace

QSize ItemRowWidget::sizeFor(int length, int slot, bool ring)
{
    const int n = std::max(1, length);
    const int gap = std::max(4, slot / 8);
    const int pad = slot / 6 + 4;
    if (ring) {
        const int side = int(std::ceil(2 * ringRadius(n, slot, gap))) + slot + 2 * pad;
        return QSize(side + 20, side);
    }
    return QSize(n * slot + (n - 1) * gap + 2 * pad + 20, slot + 2 * pad);
}

void ItemRowWidget::setRing(bool ring)
{
    m_ring = ring;
    updateGeometry();
    update();
}

QSize ItemRowWidget::sizeHint() const
{
    return sizeFor(int(m_symbols.size()), m_slot, m_ring);
}

QRectF ItemRowWidget::slotRect(int slot) const
{
    const int n = std::max<int>(1, int(m_symbols.size()));
    if (m_ring) {
        // Clockwise from the top, like the rhythm circle.
        const double radius = ringRadius(n, m_slot, m_gap);
        const double angle = -std::numbers::pi / 2 + 2 * std::numbers::pi * slot / n;
        // Turned over (mirrored about the top bead), then turned clockwise.
        const double x = m_flip * std::cos(angle);
        const double y = std::sin(angle);
        const double turn = 2 * std::numbers::pi * m_turn / n;
        const QPointF centre(width() / 2.0 + m_shake + radius * (x * std::cos(turn) - y * std::sin(turn)),
                             height() / 2.0 + radius * (x * std::sin(turn) + y * std::cos(turn)));
        return QRectF(centre.x() - m_slot / 2.0, centre.y() - m_slot / 2.0, m_slot, m_slot);
    }
    const double total = n * m_slot + (n - 1) * m_gap;
    const double x0 = (width() - total) / 2.0 + m_shake;
    const double y0 = (height() - m_slot) / 2.0;
    return QRectF(x0 + slot * (m_slot + m_gap), y0, m_slot, m_slot);
}

QPoint ItemRowWidget::slotCenter(int slot) const
{
    return slotRect(slot).center().toPoint();
}

int ItemRowWidget::slotAt(const QPoint &pos) const
{
    for (int i = 0; i < m_symbols.size(); ++i) {
        if (slotRect(i).adjusted(-m_gap / 2.0, -m_gap, m_gap / 2.0, m_gap).contains(pos))
            return i;
    }
    return -1;
}

void ItemRowWidget::shake()
{
    m_shakeAnimation->stop();
    m_shakeAnimation->setKeyValues({});
    const double a = std::max(8.0, m_slot * 0.2);
    m_shakeAnimation->setStartValue(0.0);
    m_shakeAnimation->setKeyValueAt(0.15, -a);
    m_shakeAnimation->setKeyValueAt(0.35, a);
    m_shakeAnimation->setKeyValueAt(0.55, -a * 0.6);
    m_shakeAnimation->setKeyValueAt(0.75, a * 0.4);
    m_shakeAnimation->setEndValue(0.0);
    m_shakeAnimation->start();
}

void ItemRowWidget::flash(const QColor &color)
{
    m_glowColor = color;
    m_glowAnimation->stop();
    m_glowAnimation->setStartValue(1.0);
    m_glowAnimation->setEndValue(0.0);
    m_glowAnimation->setEasingCurve(QEasingCurve::InQuad);
    m_glowAnimation->start();
}

void ItemRowWidget::setShakeOffset(qreal offset)
{
    m_shake = offset;
    update();
}

void ItemRowWidget::setGlow(qreal glow)
{
    m_glow = glow;
    update();
}

void ItemRowWidget::setRingTurn(qreal places)
{
    m_turn = places;
    update();
}

void ItemRowWidget::setRingFlip(qreal scale)
{
    m_flip = scale;
    update();
}

void ItemRowWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF all = QRectF(rect()).adjusted(2, 2, -2, -2);
    QColor back;
    switch (m_mark) {
    case Mark::None:
        break;
    case Mark::Found:
        back = QColor(QStringLiteral("#E8F5E9"));
        break;
    case Mark::Missing:
        back = QColor(QStringLiteral("#F5F5F5"));
        break;
    case Mark::Chosen:
        back = QColor(QStringLiteral("#E3F2FD"));
        break;
    case Mark::Wrong:
        back = QColor(QStringLiteral("#FFEBEE"));
        break;
    }
    if (back.isValid() || m_editable || hasFocus()) {
        p.setPen(hasFocus() ? QPen(QColor(QStringLiteral("#1E88E5")), 3)
                            : QPen(QColor(QStringLiteral("#CFD8DC")), 1.5));
        p.setBrush(back.isValid() ? back : palette().color(QPalette::AlternateBase)); // follows the look
        p.drawRoundedRect(all, m_slot * 0.2, m_slot * 0.2);
    }
    if (m_glow > 0.0) {
        QColor c = m_glowColor;
        c.setAlphaF(0.55 * m_glow);
        p.setPen(QPen(c, 6));
        c.setAlphaF(0.25 * m_glow);
        p.setBrush(c);
        p.drawRoundedRect(all, m_slot * 0.2, m_slot * 0.2);
    }
    if (m_ring && !m_symbols.isEmpty()) {
        // The string the beads are on.
        const double radius = ringRadius(int(m_symbols.size()), m_slot, m_gap);
        p.setPen(QPen(QColor(QStringLiteral("#B0BEC5")), std::max(2.0, m_slot * 0.06)));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QPointF(width() / 2.0 + m_shake, height() / 2.0), radius * std::abs(m_flip), radius);
    }
    for (int i = 0; i < m_symbols.size(); ++i) {
        const QRectF r = slotRect(i);
        const int symbol = m_symbols.at(i);
        const bool ghost = symbol < 0 && i < m_ghost.size() && m_ghost.at(i) >= 0;
        if (symbol < 0) {
            p.setPen(QPen(QColor(QStringLiteral("#90A4AE")), 2, Qt::DashLine));
            p.setBrush(Qt::white);
            p.drawRoundedRect(r.adjusted(2, 2, -2, -2), m_slot * 0.16, m_slot * 0.16);
            if (ghost)
                TokenPainter::paint(p, r.adjusted(4, 4, -4, -4), m_elements.at(m_ghost.at(i)).toObject(),
                                    TokenPainter::Style::Faint);
        } else {
            TokenPainter::paintCard(p, r, QColor(QStringLiteral("#B0BEC5")));
            TokenPainter::paint(p, r.adjusted(3, 3, -3, -3), m_elements.at(symbol).toObject(),
                                m_mark == Mark::Missing ? TokenPainter::Style::Faint : TokenPainter::Style::Normal);
        }
        if (i == m_highlighted) {
            p.setPen(QPen(QColor(QStringLiteral("#FB8C00")), 4));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(r.adjusted(-2, -2, 2, 2), m_slot * 0.18, m_slot * 0.18);
        }
    }
}

void ItemRowWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !rect().contains(event->position().toPoint()))
        return QWidget::mouseReleaseEvent(event);
    if (m_editable) {
        const int slot = slotAt(event->position().toPoint());
        if (slot >= 0 && m_symbols.at(slot) >= 0)
            emit slotClicked(slot);
    }
    if (m_clickable)
        emit clicked();
}

QAccessible::Role ItemRowWidget::accessibleRole() const
{
    return m_clickable ? QAccessible::Button : QAccessible::Grouping;
}

QString ItemRowWidget::tokenName(int slot) const
{
    const int symbol = m_symbols.value(slot, -1);
    if (symbol < 0)
        //: A screen reader's word for a place of a row with no token in it yet
        return tr("empty");
    const QString name = m_elements.at(symbol).toObject().value(QStringLiteral("name")).toString();
    return name.isEmpty() ? QString::number(symbol + 1) : name;
}

QString ItemRowWidget::accessibleFallbackName() const
{
    QStringList tokens;
    for (int slot = 0; slot < m_symbols.size(); ++slot)
        tokens.append(tokenName(slot));
    //: A row of tokens for a screen reader; %1 lists the tokens ("red, blue, red")
    const QString row = m_editable ? tr("Your row: %1").arg(tokens.join(QStringLiteral(", ")))
                                   : tr("Row: %1").arg(tokens.join(QStringLiteral(", ")));
    switch (m_mark) {
    case Mark::Found:
        //: A row on the result page the pupil found; %1 is the row
        return tr("%1, found").arg(row);
    case Mark::Missing:
        //: A row on the result page the pupil did not find; %1 is the row
        return tr("%1, missing").arg(row);
    case Mark::Chosen:
        //: The row the pupil chose; %1 is the row
        return tr("%1, chosen").arg(row);
    case Mark::Wrong:
        //: A wrong row; %1 is the row
        return tr("%1, wrong").arg(row);
    case Mark::None:
        break;
    }
    return row;
}

QString ItemRowWidget::accessiblePartName(int part) const
{
    //: A place of a row for a screen reader: %1 its number from the left, %2 the token in it
    return tr("Place %1: %2").arg(part + 1).arg(tokenName(part));
}

bool ItemRowWidget::isAccessiblePartPressable(int part) const
{
    return m_clickable || (m_editable && m_symbols.value(part, -1) >= 0);
}

void ItemRowWidget::pressAccessiblePart(int part)
{
    if (m_editable && m_symbols.value(part, -1) >= 0)
        emit slotClicked(part);
    if (m_clickable)
        emit clicked();
}

void ItemRowWidget::keyPressEvent(QKeyEvent *event)
{
    if (m_clickable
        && (event->key() == Qt::Key_Space || event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        emit clicked();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ItemRowWidget::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_editable && event->mimeData()->hasFormat(TokenButton::mimeType()))
        event->acceptProposedAction();
}

void ItemRowWidget::dragMoveEvent(QDragMoveEvent *event)
{
    if (m_editable && event->mimeData()->hasFormat(TokenButton::mimeType()) && slotAt(event->position().toPoint()) >= 0)
        event->acceptProposedAction();
    else
        event->ignore();
}

void ItemRowWidget::dropEvent(QDropEvent *event)
{
    const int slot = slotAt(event->position().toPoint());
    bool ok = false;
    const int index = event->mimeData()->data(TokenButton::mimeType()).toInt(&ok);
    if (!m_editable || slot < 0 || !ok)
        return;
    event->acceptProposedAction();
    emit tokenDropped(slot, index);
}

} // namespace stages
