#include "exercises/music/view/noterowwidget.h"

#include "exercises/music/view/drumpadswidget.h"
#include "exercises/music/view/noteappearance.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace stages::music {

NoteRowWidget::NoteRowWidget(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
}

void NoteRowWidget::setNotes(const QList<int> &keys, int slotCount)
{
    m_keys = keys;
    m_slots = std::max<int>(int(keys.size()), slotCount);
    if (m_lit >= m_slots)
        m_lit = -1;
    updateGeometry();
    update();
}

void NoteRowWidget::setDrums(bool drums)
{
    m_drums = drums;
    update();
}

void NoteRowWidget::setLit(int index)
{
    if (index == m_lit)
        return;
    m_lit = index;
    update();
}

void NoteRowWidget::setWrong(int index)
{
    m_wrong = index;
    update();
}

void NoteRowWidget::setNoteSize(int px)
{
    m_size = px;
    updateGeometry();
    update();
}

QSize NoteRowWidget::sizeHint() const
{
    const int gap = m_size / 4;
    const int n = std::max(1, m_slots);
    return QSize(n * m_size + (n - 1) * gap + 8, m_size + 8);
}

void NoteRowWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int gap = m_size / 4;
    const int total = m_slots * m_size + std::max(0, m_slots - 1) * gap;
    qreal x = (width() - total) / 2.0;
    const qreal y = (height() - m_size) / 2.0;
    const NoteNaming naming = NoteAppearance::namingForLocale(QLocale());
    for (int i = 0; i < m_slots; ++i, x += m_size + gap) {
        const QRectF box(x, y, m_size, m_size);
        if (i >= m_keys.size()) {
            p.setPen(QPen(QColor(0x90, 0xA4, 0xAE), 2, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(box.adjusted(2, 2, -2, -2));
            continue;
        }
        const int key = m_keys.at(i);
        const QColor fill = m_drums ? DrumPadsWidget::padColour(key) : NoteAppearance::colour(key);
        if (i == m_lit) {
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(255, 214, 0, 150));
            p.drawEllipse(box.adjusted(-5, -5, 5, 5));
        }
        p.setPen(QPen(i == m_wrong ? QColor(0xD3, 0x2F, 0x2F) : fill.darker(140), i == m_wrong ? 4 : 2));
        p.setBrush(fill);
        p.drawEllipse(box.adjusted(2, 2, -2, -2));
        p.setPen(NoteAppearance::textColourOn(fill));
        QFont f = font();
        f.setBold(true);
        f.setPixelSize(std::max(10, m_size * 2 / 5));
        p.setFont(f);
        if (m_drums) {
            // A drum: a small drum shape (stick and head), the pad's colour says which one.
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(NoteAppearance::textColourOn(fill), 2.5));
            const QRectF head = box.adjusted(m_size * 0.28, m_size * 0.38, -m_size * 0.28, -m_size * 0.32);
            p.drawEllipse(QRectF(head.left(), head.top(), head.width(), head.height() * 0.45));
            p.drawLine(QPointF(head.left(), head.top() + head.height() * 0.22), QPointF(head.left(), head.bottom()));
            p.drawLine(QPointF(head.right(), head.top() + head.height() * 0.22), QPointF(head.right(), head.bottom()));
            p.drawLine(QPointF(head.center().x(), head.top() - m_size * 0.18), QPointF(head.right() + m_size * 0.1, head.top() - m_size * 0.3));
        } else {
            p.drawText(box, Qt::AlignCenter, NoteAppearance::name(key, naming));
        }
    }
}

} // namespace stages::music
