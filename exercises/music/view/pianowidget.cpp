#include "exercises/music/view/pianowidget.h"

#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace stages::music {

namespace {

constexpr int kWhiteKeys = 7 * PianoWidget::kOctaves;
constexpr qreal kBlackWidth = 0.6; // of a white key's width
constexpr qreal kBlackHeight = 0.62; // of a white key's height

// Semitone offsets of the white keys within an octave.
constexpr int kWhiteOffsets[7] = { 0, 2, 4, 5, 7, 9, 11 };

// The digit keys 1..9, 0 play the first ten white keys and are printed on them.
constexpr int kDigitKeys[]
    = { Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4, Qt::Key_5, Qt::Key_6, Qt::Key_7, Qt::Key_8, Qt::Key_9, Qt::Key_0 };
// Offsets 0..11 from the lowest C, then 12..23: the tracker layout of the computer keyboard,
// kept working unprinted (its letters would read as note names). The upper octave's black keys
// were on 2 3 5 6 7, which now play white keys: they have no key (0) any more.
constexpr int kTrackerKeys[24] = {
    Qt::Key_Z, Qt::Key_S, Qt::Key_X, Qt::Key_D, Qt::Key_C, Qt::Key_V, Qt::Key_G, Qt::Key_B,
    Qt::Key_H, Qt::Key_N, Qt::Key_J, Qt::Key_M, Qt::Key_Q, 0,         Qt::Key_W, 0,
    Qt::Key_E, Qt::Key_R, 0,         Qt::Key_T, 0,         Qt::Key_Y, 0,         Qt::Key_U,
};

} // namespace

PianoWidget::PianoWidget(QWidget *parent)
    : InstrumentWidget(parent)
    , m_naming(NoteAppearance::namingForLocale(QLocale()))
{
    setAccessibleName(tr("Piano"));
    rebuild();
}

void PianoWidget::setLowestNote(int midiNote)
{
    const int c = std::clamp(midiNote - (((midiNote % 12) + 12) % 12), 0, 127 - 12 * kOctaves + 1);
    if (c == m_lowest)
        return;
    m_lowest = c;
    rebuild();
}

void PianoWidget::setNoteNaming(NoteNaming naming)
{
    m_naming = naming;
    update();
}

void PianoWidget::rebuild()
{
    QList<int> notes;
    QList<KeyBinding> bindings;
    for (int offset = 0; offset < 12 * kOctaves; ++offset) {
        notes.append(m_lowest + offset);
        const int white = whiteIndex(m_lowest + offset);
        if (white >= 0 && white < int(std::size(kDigitKeys)))
            bindings.append({ kDigitKeys[white], m_lowest + offset, QString::number((white + 1) % 10) });
    }
    for (int offset = 0; offset < 12 * kOctaves; ++offset) {
        if (kTrackerKeys[offset] != 0)
            bindings.append({ kTrackerKeys[offset], m_lowest + offset, {} });
    }
    setNotes(notes);
    setKeyBindings(bindings);
}

QRectF PianoWidget::caseRect() const
{
    const qreal margin = std::max(6.0, 0.015 * std::min(width(), height()));
    return QRectF(rect()).adjusted(margin, margin, -margin, -margin);
}

QRectF PianoWidget::keysRect() const
{
    const QRectF body = caseRect();
    const qreal side = std::max(4.0, body.height() * 0.03);
    const qreal top = std::max(8.0, body.height() * 0.08); // the felt strip above the keys
    return body.adjusted(side, top, -side, -side);
}

qreal PianoWidget::whiteKeyWidth() const
{
    return keysRect().width() / kWhiteKeys;
}

int PianoWidget::whiteIndex(int midiNote) const
{
    const int offset = midiNote - m_lowest;
    if (offset < 0 || offset >= 12 * kOctaves)
        return -1;
    const int inOctave = offset % 12;
    for (int i = 0; i < 7; ++i) {
        if (kWhiteOffsets[i] == inOctave)
            return (offset / 12) * 7 + i;
    }
    return -1;
}

QRectF PianoWidget::noteRect(int midiNote) const
{
    const int offset = midiNote - m_lowest;
    if (offset < 0 || offset >= 12 * kOctaves)
        return {};
    const QRectF keys = keysRect();
    const qreal white = whiteKeyWidth();
    if (const int index = whiteIndex(midiNote); index >= 0)
        return QRectF(keys.left() + index * white, keys.top(), white, keys.height());
    // A black key sits on the line between the white keys below and above it.
    const int boundary = whiteIndex(midiNote + 1);
    const qreal black = white * kBlackWidth;
    return QRectF(keys.left() + boundary * white - black / 2, keys.top(), black, keys.height() * kBlackHeight);
}

int PianoWidget::noteAt(QPointF position) const
{
    const QRectF keys = keysRect();
    if (!keys.contains(position))
        return -1;
    // Black keys lie on top, so they win where they cover a white key.
    for (const int note : notes()) {
        if (NoteAppearance::isBlackKey(note) && noteRect(note).contains(position))
            return note;
    }
    const int index = std::clamp(int((position.x() - keys.left()) / whiteKeyWidth()), 0, kWhiteKeys - 1);
    return m_lowest + (index / 7) * 12 + kWhiteOffsets[index % 7];
}

QSize PianoWidget::sizeHint() const
{
    return { kWhiteKeys * 64 + 24, heightForWidth(kWhiteKeys * 64 + 24) };
}

QSize PianoWidget::minimumSizeHint() const
{
    return { kWhiteKeys * 56 + 24, 200 };
}

int PianoWidget::heightForWidth(int width) const
{
    return int(width * 0.34);
}

void PianoWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (!isEnabled())
        painter.setOpacity(0.45);

    const QRectF body = caseRect();
    const QRectF keys = keysRect();
    const qreal white = whiteKeyWidth();
    const qreal radius = white * 0.12;

    // Case and the red felt strip.
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x2a, 0x2a, 0x2e));
    painter.drawRoundedRect(body, radius * 2, radius * 2);
    painter.setBrush(QColor(0xa3, 0x1f, 0x34));
    painter.drawRect(QRectF(keys.left(), keys.top() - 4, keys.width(), 4));

    QFont letterFont = painter.font();
    letterFont.setBold(true);
    letterFont.setPixelSize(std::max(10, int(std::min(white * 0.42, keys.height() * 0.11))));
    const qreal hintHeight = std::min(white * 0.5, 28.0);

    auto keyPath = [&](const QRectF &r, qreal round) {
        // Square at the top (under the felt), rounded at the front edge.
        QPainterPath path;
        path.moveTo(r.topLeft());
        path.lineTo(r.topRight());
        path.lineTo(r.right(), r.bottom() - round);
        path.quadTo(r.bottomRight(), QPointF(r.right() - round, r.bottom()));
        path.lineTo(r.left() + round, r.bottom());
        path.quadTo(r.bottomLeft(), QPointF(r.left(), r.bottom() - round));
        path.closeSubpath();
        return path;
    };

    for (const int note : notes()) {
        if (NoteAppearance::isBlackKey(note))
            continue;
        const bool lit = isLit(note);
        const qreal bounce = strikeBounce(note);
        const QColor colour = NoteAppearance::colour(note);
        QRectF r = noteRect(note).adjusted(1, 0, -1, 0);
        r.setBottom(r.bottom() - white * 0.05 * (1.0 - bounce)); // pressed keys go down
        QLinearGradient face(r.topLeft(), r.bottomLeft());
        if (lit) {
            face.setColorAt(0.0, colour.lighter(150));
            face.setColorAt(1.0, colour.lighter(115));
        } else {
            face.setColorAt(0.0, QColor(0xf2, 0xf2, 0xf2));
            face.setColorAt(1.0, Qt::white);
        }
        painter.setPen(QPen(QColor(0x55, 0x55, 0x55), 1));
        painter.setBrush(face);
        painter.drawPath(keyPath(r, radius));
        // The colour stripe at the front edge ties the key to its xylophone bar.
        const qreal stripe = std::max(4.0, r.height() * 0.05);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawRoundedRect(QRectF(r.left() + 3, r.bottom() - stripe - 3, r.width() - 6, stripe), 2, 2);

        painter.setFont(letterFont);
        painter.setPen(lit ? NoteAppearance::textColourOn(colour.lighter(130)) : QColor(0x33, 0x33, 0x33));
        const QRectF letterBox(r.left(), r.bottom() - stripe - 6 - r.height() * 0.15, r.width(), r.height() * 0.15);
        painter.drawText(letterBox, Qt::AlignCenter, NoteAppearance::name(note, m_naming));
        paintKeyHint(painter, QPointF(r.center().x(), letterBox.top() - hintHeight * 0.7), hintHeight, keyLabel(note));
    }

    for (const int note : notes()) {
        if (!NoteAppearance::isBlackKey(note))
            continue;
        const bool lit = isLit(note);
        const qreal bounce = strikeBounce(note);
        QRectF r = noteRect(note);
        r.setBottom(r.bottom() - white * 0.06 * (1.0 - bounce));
        // Shadow on the white keys.
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0, 0, 0, 60));
        painter.drawPath(keyPath(r.translated(white * 0.06, 0), radius * 0.6));
        QLinearGradient face(r.topLeft(), r.bottomLeft());
        if (lit) {
            const QColor colour = NoteAppearance::colour(note);
            face.setColorAt(0.0, colour.darker(110));
            face.setColorAt(1.0, colour);
        } else {
            face.setColorAt(0.0, QColor(0x10, 0x10, 0x12));
            face.setColorAt(0.85, QColor(0x3a, 0x3a, 0x40));
            face.setColorAt(1.0, QColor(0x22, 0x22, 0x26));
        }
        painter.setPen(QPen(Qt::black, 1));
        painter.setBrush(face);
        painter.drawPath(keyPath(r, radius * 0.6));
        paintKeyHint(painter, QPointF(r.center().x(), r.bottom() - hintHeight * 0.9),
                     std::min(hintHeight, r.width() * 0.8), keyLabel(note));
    }
    paintFocusRing(painter);
}

QString PianoWidget::noteName(int midiNote) const
{
    return spokenNoteName(midiNote, int(m_naming));
}

} // namespace stages::music
