#include "exercises/music/view/noterowwidget.h"

#include "exercises/music/view/drumpadswidget.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace stages::music {

namespace {

constexpr int kMaxDots = 2; // two octaves up or down is as far as a school tune goes

} // namespace

NoteRowWidget::NoteRowWidget(QWidget *parent)
    : QWidget(parent)
    , m_naming(NoteAppearance::namingForLocale(QLocale()))
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
    updateGeometry();
    update();
}

void NoteRowWidget::setPitchRange(int lowest, int highest)
{
    m_lowest = std::min(lowest, highest);
    m_highest = std::max(lowest, highest);
    updateGeometry();
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

void NoteRowWidget::setNoteNaming(NoteNaming naming)
{
    m_naming = naming;
    update();
}

std::pair<int, int> NoteRowWidget::range() const
{
    int low = m_lowest;
    int high = m_highest;
    for (int key : m_keys) {
        low = low < 0 ? key : std::min(low, key);
        high = high < 0 ? key : std::max(high, key);
    }
    return { low, high };
}

int NoteRowWidget::rise() const
{
    const auto [low, high] = range();
    return m_drums || high <= low ? 0 : m_size * 2 / 5;
}

int NoteRowWidget::dotRoom(bool above) const
{
    if (m_drums)
        return 0;
    const auto [low, high] = range();
    if (low < 0)
        return 0;
    const int marks = above ? NoteAppearance::octaveMarks(high) : -NoteAppearance::octaveMarks(low);
    return std::clamp(marks, 0, kMaxDots) * (dotSize() + 2);
}

QSize NoteRowWidget::sizeHint() const
{
    const int n = std::max(1, m_slots);
    return QSize(n * m_size + (n - 1) * gap() + 8, m_size + rise() + dotRoom(true) + dotRoom(false) + 8);
}

QRectF NoteRowWidget::noteRect(int index) const
{
    const int total = m_slots * m_size + std::max(0, m_slots - 1) * gap();
    const qreal x = (width() - total) / 2.0 + index * (m_size + gap());
    // The lowest note of the range sits at the bottom of the band, the highest at its top; the
    // band and its dots are centred in the widget.
    const qreal band = m_size + rise();
    const qreal bottom = (height() - dotRoom(true) - dotRoom(false) - band) / 2.0 + dotRoom(true) + band;
    qreal lift = rise() / 2.0; // empty positions: in the middle
    if (index >= 0 && index < m_keys.size() && rise() > 0) {
        const auto [low, high] = range();
        lift = rise() * qreal(m_keys.at(index) - low) / qreal(high - low);
    }
    return QRectF(x, bottom - m_size - lift, m_size, m_size);
}

QString NoteRowWidget::noteLabel(int index) const
{
    if (m_drums || index < 0 || index >= m_keys.size())
        return {};
    return NoteAppearance::name(m_keys.at(index), m_naming);
}

int NoteRowWidget::octaveDots(int index) const
{
    if (m_drums || index < 0 || index >= m_keys.size())
        return 0;
    return std::clamp(NoteAppearance::octaveMarks(m_keys.at(index)), -kMaxDots, kMaxDots);
}

void NoteRowWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < m_slots; ++i) {
        const QRectF box = noteRect(i);
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
        if (m_drums) {
            // A drum: its own picture (as on its pad), so drums differ by shape, not only colour.
            const QRectF icon = box.adjusted(m_size * 0.2, m_size * 0.24, -m_size * 0.2, -m_size * 0.24);
            DrumPadsWidget::paintIcon(p, key, icon, NoteAppearance::textColourOn(fill));
            continue;
        }
        const QString label = noteLabel(i);
        QFont f = font();
        f.setBold(true);
        // Solfège names ("sol") are longer than letters: smaller, so they stay inside the note.
        f.setPixelSize(std::max(10, label.size() > 2 ? m_size * 2 / 7 : m_size * 2 / 5));
        p.setFont(f);
        p.setPen(NoteAppearance::textColourOn(fill));
        p.drawText(box, Qt::AlignCenter, label);

        // Octave dots: above the note for each octave up, below for each octave down.
        const int dots = octaveDots(i);
        const qreal d = dotSize();
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x37, 0x47, 0x4F));
        for (int k = 0; k < std::abs(dots); ++k) {
            const qreal offset = 1 + d / 2 + k * (d + 2);
            const qreal y = dots > 0 ? box.top() - offset : box.bottom() + offset;
            p.drawEllipse(QPointF(box.center().x(), y), d / 2, d / 2);
        }
    }
}

} // namespace stages::music
