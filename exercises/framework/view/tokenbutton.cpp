#include "exercises/framework/view/tokenbutton.h"

#include "exercises/framework/view/tokenpainter.h"

#include <QApplication>
#include <QDrag>
#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>

namespace stages {

TokenButton::TokenButton(int paletteIndex, QJsonObject element, QWidget *parent)
    : QAbstractButton(parent)
    , m_index(paletteIndex)
    , m_element(std::move(element))
{
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::OpenHandCursor);
    setAccessibleName(m_element.value(QStringLiteral("name")).toString());
    setToolTip(accessibleName());
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void TokenButton::setShortcutText(const QString &text)
{
    m_shortcut = text;
    update();
}

void TokenButton::setTokenSize(int size)
{
    m_size = std::max(64, size);
    updateGeometry();
    update();
}

QSize TokenButton::sizeHint() const
{
    return QSize(m_size, m_size);
}

void TokenButton::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(3, 3, -3, -3);
    QColor border = hasFocus() ? QColor(QStringLiteral("#1E88E5")) : QColor(QStringLiteral("#B0BEC5"));
    if (isDown())
        border = QColor(QStringLiteral("#43A047"));
    if (!isEnabled())
        p.setOpacity(0.4);
    TokenPainter::paintCard(p, r, border);
    if (hasFocus()) {
        p.setPen(QPen(border, 4));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(r.adjusted(2, 2, -2, -2), r.width() * 0.14, r.width() * 0.14);
    }
    TokenPainter::paint(p, r.adjusted(4, 4, -4, -4), m_element);
    TokenPainter::paintKeyBadge(p, r, m_shortcut);
}

void TokenButton::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    QAbstractButton::mousePressEvent(event);
}

void TokenButton::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton)
        || (event->position().toPoint() - m_pressPos).manhattanLength() < QApplication::startDragDistance()) {
        QAbstractButton::mouseMoveEvent(event);
        return;
    }
    setDown(false);
    auto *mime = new QMimeData;
    mime->setData(mimeType(), QByteArray::number(m_index));
    auto *drag = new QDrag(this);
    drag->setMimeData(mime);
    QPixmap pixmap(size() * devicePixelRatioF());
    pixmap.setDevicePixelRatio(devicePixelRatioF());
    pixmap.fill(Qt::transparent);
    render(&pixmap, QPoint(), QRegion(), QWidget::DrawChildren);
    drag->setPixmap(pixmap);
    drag->setHotSpot(m_pressPos);
    drag->exec(Qt::CopyAction);
}

void TokenButton::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Right || event->key() == Qt::Key_Left) {
        focusNextPrevChild(event->key() == Qt::Key_Right);
        return;
    }
    QAbstractButton::keyPressEvent(event);
}

} // namespace stages
