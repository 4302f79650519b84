#include "exercises/music/view/xylophonewidget.h"

#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace stages::music {

namespace {

// The digit keys 1..9, 0 play the bars left to right and are printed on them: digits cannot be
// read as note names, as the letters did ("S" on the D bar, "A" on the Czech D bar).
constexpr int kDigitKeys[]
    = { Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4, Qt::Key_5, Qt::Key_6, Qt::Key_7, Qt::Key_8, Qt::Key_9, Qt::Key_0 };
// The home row, left to right, still plays the bars too (unprinted), for those used to it.
constexpr int kHomeRow[] = { Qt::Key_A, Qt::Key_S, Qt::Key_D, Qt::Key_F,         Qt::Key_G,         Qt::Key_H,
                             Qt::Key_J, Qt::Key_K, Qt::Key_L, Qt::Key_Semicolon, Qt::Key_Apostrophe };

constexpr qreal kBarWidthOfSlot = 0.8;
constexpr qreal kShortestBar = 0.55; // of the longest, however wide the range

} // namespace

XylophoneWidget::XylophoneWidget(QWidget *parent)
    : InstrumentWidget(parent)
    , m_naming(NoteAppearance::namingForLocale(QLocale()))
{
    setAccessibleName(tr("Xylophone"));
    applyNotes(notesOf(m_layout));
}

QList<int> XylophoneWidget::notesOf(BarLayout layout)
{
    switch (layout) {
    case BarLayout::Diatonic:
        return { 60, 62, 64, 65, 67, 69, 71, 72 };
    case BarLayout::Pentatonic:
        return { 60, 62, 64, 67, 69, 72, 74, 76 };
    case BarLayout::Custom:
        break;
    }
    return {};
}

void XylophoneWidget::setBarLayout(BarLayout layout)
{
    if (layout == BarLayout::Custom) {
        m_layout = layout; // keeps the current bars
        return;
    }
    m_layout = layout;
    applyNotes(notesOf(layout));
}

void XylophoneWidget::setCustomNotes(const QList<int> &midiNotes)
{
    m_layout = BarLayout::Custom;
    QList<int> notes;
    for (const int note : midiNotes) {
        if (note >= 0 && note <= 127 && !notes.contains(note))
            notes.append(note);
    }
    applyNotes(notes);
}

void XylophoneWidget::setNoteNaming(NoteNaming naming)
{
    m_naming = naming;
    update();
}

void XylophoneWidget::applyNotes(const QList<int> &midiNotes)
{
    setNotes(midiNotes);
    QList<KeyBinding> bindings;
    for (qsizetype i = 0; i < midiNotes.size() && i < qsizetype(std::size(kDigitKeys)); ++i)
        bindings.append({ kDigitKeys[i], midiNotes[i], QString::number((i + 1) % 10) });
    for (qsizetype i = 0; i < midiNotes.size() && i < qsizetype(std::size(kHomeRow)); ++i)
        bindings.append({ kHomeRow[i], midiNotes[i], {} });
    setKeyBindings(bindings);
}

QRectF XylophoneWidget::contentRect() const
{
    const qreal margin = std::max(6.0, 0.02 * std::min(width(), height()));
    return QRectF(rect()).adjusted(margin, margin, -margin, -margin);
}

QRectF XylophoneWidget::slotRect(int index) const
{
    const QRectF content = contentRect();
    const qreal slotWidth = content.width() / qreal(std::max<qsizetype>(1, notes().size()));
    return QRectF(content.left() + index * slotWidth, content.top(), slotWidth, content.height());
}

QRectF XylophoneWidget::barRect(int index) const
{
    const QList<int> all = notes();
    const QRectF slot = slotRect(index);
    const int lowest = *std::min_element(all.cbegin(), all.cend());
    // A real bar's length goes with 1/sqrt(frequency): an octave up is 1/sqrt(2) as long.
    const qreal fraction = std::max(kShortestBar, std::pow(2.0, -(all[index] - lowest) / 24.0));
    const qreal length = slot.height() * 0.96 * fraction;
    const qreal barWidth = slot.width() * kBarWidthOfSlot;
    return QRectF(slot.center().x() - barWidth / 2, slot.center().y() - length / 2, barWidth, length);
}

int XylophoneWidget::noteAt(QPointF position) const
{
    const QList<int> all = notes();
    for (int i = 0; i < all.size(); ++i) {
        const QRectF slot = slotRect(i);
        const QRectF bar = barRect(i);
        // The whole slot width counts, and a little above and below: small hands miss.
        const qreal slack = slot.height() * 0.06;
        if (position.x() >= slot.left() && position.x() < slot.right() && position.y() >= bar.top() - slack
            && position.y() <= bar.bottom() + slack)
            return all[i];
    }
    return -1;
}

QRectF XylophoneWidget::noteRect(int midiNote) const
{
    const int index = int(notes().indexOf(midiNote));
    return index < 0 ? QRectF() : barRect(index);
}

QSize XylophoneWidget::sizeHint() const
{
    const int width = int(std::max<qsizetype>(notes().size(), 3) * 96);
    return { width, heightForWidth(width) };
}

QSize XylophoneWidget::minimumSizeHint() const
{
    // 64 px targets for children, whatever the screen.
    return { int(qreal(std::max<qsizetype>(notes().size(), 1)) * 64 / kBarWidthOfSlot) + 16, 160 };
}

int XylophoneWidget::heightForWidth(int width) const
{
    // Longest bar about three bar widths long.
    return int(width * 2.6 / qreal(std::max<qsizetype>(notes().size(), 4)));
}

void XylophoneWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (!isEnabled())
        painter.setOpacity(0.45);
    const QList<int> all = notes();
    if (all.isEmpty()) {
        paintFocusRing(painter);
        return;
    }
    const qreal barWidth = slotRect(0).width() * kBarWidthOfSlot;

    // The wooden frame: two rails under the nails, converging as the bars get shorter.
    QPolygonF upperRail;
    QPolygonF lowerRail;
    for (int i = 0; i < all.size(); ++i) {
        const QRectF bar = barRect(i);
        upperRail << QPointF(bar.center().x(), bar.top() + bar.height() * 0.2);
        lowerRail << QPointF(bar.center().x(), bar.top() + bar.height() * 0.8);
    }
    auto extend = [&](QPolygonF &rail) {
        const qreal reach = slotRect(0).width() * 0.5;
        const QPointF first = rail.first();
        const QPointF second = rail.size() > 1 ? rail[1] : first + QPointF(1, 0);
        const QPointF last = rail.last();
        const QPointF beforeLast = rail.size() > 1 ? rail[rail.size() - 2] : last - QPointF(1, 0);
        const auto along = [](QPointF from, QPointF to, qreal distance) {
            const QPointF d = to - from;
            const qreal len = std::hypot(d.x(), d.y());
            return len > 0 ? to + d / len * distance : to;
        };
        rail.prepend(along(second, first, reach));
        rail.append(along(beforeLast, last, reach));
    };
    extend(upperRail);
    extend(lowerRail);
    QPen railPen(QColor(0x8b, 0x5a, 0x2b), std::max(4.0, barWidth * 0.16), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(railPen);
    painter.drawPolyline(upperRail);
    painter.drawPolyline(lowerRail);

    for (int i = 0; i < all.size(); ++i) {
        const int note = all[i];
        const bool lit = isLit(note);
        const qreal bounce = strikeBounce(note);
        QRectF bar = barRect(i);
        // The mallet pushes the bar down a little and it springs back.
        bar.translate(0, bounce * barWidth * 0.10);
        const qreal radius = barWidth * 0.16;
        QColor colour = NoteAppearance::colour(note);
        if (lit || bounce > 0)
            colour = colour.lighter(lit ? 135 : int(100 + 35 * bounce));

        // Shadow (shorter while pressed), then a halo when lit.
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0, 0, 0, 70));
        const qreal shadow = barWidth * 0.06 * (1.0 - bounce);
        painter.drawRoundedRect(bar.translated(shadow, shadow * 1.4), radius, radius);
        if (lit) {
            QColor halo = NoteAppearance::colour(note);
            halo.setAlpha(110);
            painter.setPen(QPen(halo, barWidth * 0.22));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(bar, radius, radius);
        }

        QLinearGradient gradient(bar.topLeft(), bar.topRight());
        gradient.setColorAt(0.0, colour.lighter(125));
        gradient.setColorAt(0.45, colour);
        gradient.setColorAt(1.0, colour.darker(118));
        painter.setPen(QPen(colour.darker(150), std::max(1.0, barWidth * 0.02)));
        painter.setBrush(gradient);
        painter.drawRoundedRect(bar, radius, radius);
        if (lit) {
            painter.setPen(QPen(QColor(255, 255, 255, 220), std::max(2.0, barWidth * 0.05)));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(bar.adjusted(barWidth * 0.04, barWidth * 0.04, -barWidth * 0.04, -barWidth * 0.04),
                                    radius * 0.8, radius * 0.8);
        }

        // Nails holding the bar on the rails.
        const qreal nail = std::max(2.5, barWidth * 0.06);
        painter.setPen(QPen(QColor(0x55, 0x55, 0x55), 1));
        painter.setBrush(QColor(0xd8, 0xd8, 0xd8));
        painter.drawEllipse(QPointF(bar.center().x(), bar.top() + bar.height() * 0.2), nail, nail);
        painter.drawEllipse(QPointF(bar.center().x(), bar.top() + bar.height() * 0.8), nail, nail);

        // The note's name, big, in the colour that reads on the bar.
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(std::max(10, int(std::min(barWidth * 0.55, bar.height() * 0.2))));
        painter.setFont(font);
        painter.setPen(NoteAppearance::textColourOn(colour));
        const QRectF letterBox(bar.left(), bar.top() + bar.height() * 0.26, bar.width(), bar.height() * 0.24);
        painter.drawText(letterBox, Qt::AlignCenter, NoteAppearance::name(note, m_naming));
        // Octave dots as on the note rows (above: higher octave, below: lower), so a dotted E in a
        // tune points at the dotted E bar.
        // Drawn beside the name's top (or foot), where the nails leave room.
        const int dots = std::clamp(NoteAppearance::octaveMarks(note), -2, 2);
        if (dots != 0) {
            const QFontMetricsF metrics(font);
            const QString name = NoteAppearance::name(note, m_naming);
            const qreal dot = std::max(2.5, barWidth * 0.05);
            const qreal x = bar.center().x() + metrics.horizontalAdvance(name) / 2 + dot * 1.6;
            const qreal capTop = letterBox.center().y() - metrics.capHeight() / 2;
            const qreal capBottom = letterBox.center().y() + metrics.capHeight() / 2;
            painter.setPen(Qt::NoPen);
            painter.setBrush(NoteAppearance::textColourOn(colour));
            for (int k = 0; k < std::abs(dots); ++k) {
                const qreal y = dots > 0 ? capTop + dot + k * dot * 2.6 : capBottom - dot - k * dot * 2.6;
                painter.drawEllipse(QPointF(x, y), dot, dot);
            }
        }

        paintKeyHint(painter, QPointF(bar.center().x(), bar.top() + bar.height() * 0.62),
                     std::min(barWidth * 0.42, 30.0), keyLabel(note));
    }
    paintFocusRing(painter);
}

QString XylophoneWidget::noteName(int midiNote) const
{
    return spokenNoteName(midiNote, int(m_naming));
}

} // namespace stages::music
