#include "exercises/music/view/drumpadswidget.h"

#include "exercises/music/view/noteappearance.h"
#include "exercises/music/view/noteoutput.h"

#include <QPainter>
#include <QPainterPath>
#include <QRadialGradient>

#include <algorithm>
#include <cmath>

namespace stages::music {

namespace {

constexpr int kKick = 36;
constexpr int kSnare = 38;
constexpr int kClap = 39;
constexpr int kClosedHiHat = 42;
constexpr int kLowTom = 45;
constexpr int kOpenHiHat = 46;
constexpr int kHighTom = 50;
constexpr int kRide = 51;

constexpr int kNumberKeys[10]
    = { Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4, Qt::Key_5, Qt::Key_6, Qt::Key_7, Qt::Key_8, Qt::Key_9, Qt::Key_0 };

constexpr qreal kPadOfCell = 0.86;

} // namespace

DrumPadsWidget::DrumPadsWidget(QWidget *parent)
    : InstrumentWidget(parent)
{
    setAccessibleName(tr("Drums"));
    setChannel(NoteOutput::kDrumChannel);
    setPads(defaultPads());
}

QList<int> DrumPadsWidget::defaultPads()
{
    return { kKick, kSnare, kClosedHiHat, kOpenHiHat, kClap, kLowTom };
}

void DrumPadsWidget::setPads(const QList<int> &gmKeys)
{
    QList<int> pads;
    for (const int key : gmKeys) {
        if (key >= 0 && key <= 127 && !pads.contains(key))
            pads.append(key);
    }
    setNotes(pads);
    QList<KeyBinding> bindings;
    for (qsizetype i = 0; i < pads.size() && i < qsizetype(std::size(kNumberKeys)); ++i)
        bindings.append({ kNumberKeys[i], pads[i], QString::number((i + 1) % 10) });
    setKeyBindings(bindings);
}

QString DrumPadsWidget::padName(int gmKey)
{
    switch (gmKey) {
    case kKick:
        return tr("Kick drum");
    case kSnare:
        return tr("Snare drum");
    case kClap:
        return tr("Clap");
    case kClosedHiHat:
        return tr("Hi-hat");
    //: The hi-hat cymbals played open: a longer, ringing sound.
    case kOpenHiHat:
        return tr("Open hi-hat");
    case kLowTom:
        return tr("Tom");
    case kHighTom:
        return tr("High tom");
    case kRide:
        return tr("Ride cymbal");
    default:
        //: A drum pad for a General MIDI percussion sound without its own name; %1 is its number.
        return tr("Drum %1").arg(gmKey);
    }
}

QColor DrumPadsWidget::padColour(int gmKey)
{
    switch (gmKey) {
    case kKick:
        return QColor(0x2f, 0x52, 0xa0);
    case kSnare:
        return QColor(0xe0, 0x6c, 0x1f);
    case kClap:
        return QColor(0xc8, 0x3e, 0x86);
    case kClosedHiHat:
        return QColor(0xb8, 0x93, 0x12);
    case kOpenHiHat:
        return QColor(0x1f, 0x93, 0x86);
    case kLowTom:
        return QColor(0x8a, 0x55, 0x33);
    case kHighTom:
        return QColor(0x6d, 0x4a, 0xa8);
    case kRide:
        return QColor(0x4f, 0x7f, 0x3a);
    default:
        return QColor(0x5a, 0x6b, 0x7d);
    }
}

DrumPadsWidget::Grid DrumPadsWidget::grid() const
{
    const qsizetype count = std::max<qsizetype>(1, notes().size());
    const QRectF area = QRectF(rect()).adjusted(6, 6, -6, -6);
    Grid best;
    for (int columns = 1; columns <= count; ++columns) {
        const int rows = int((count + columns - 1) / columns);
        const qreal cell = std::min(area.width() / columns, area.height() / rows);
        if (cell > best.cell + 0.5)
            best = { columns, rows, cell };
    }
    return best;
}

QRectF DrumPadsWidget::cellRect(int index) const
{
    const Grid g = grid();
    const QRectF area = QRectF(rect()).adjusted(6, 6, -6, -6);
    const qreal left = area.left() + (area.width() - g.columns * g.cell) / 2;
    const qreal top = area.top() + (area.height() - g.rows * g.cell) / 2;
    const int row = index / g.columns;
    const int column = index % g.columns;
    return QRectF(left + column * g.cell, top + row * g.cell, g.cell, g.cell);
}

QRectF DrumPadsWidget::noteRect(int midiNote) const
{
    const int index = int(notes().indexOf(midiNote));
    if (index < 0)
        return {};
    const QRectF cell = cellRect(index);
    const qreal pad = cell.width() * kPadOfCell;
    return QRectF(cell.center().x() - pad / 2, cell.center().y() - pad / 2, pad, pad);
}

int DrumPadsWidget::noteAt(QPointF position) const
{
    // The whole square cell plays its pad, corners included: big targets for small hands.
    const QList<int> pads = notes();
    for (int i = 0; i < pads.size(); ++i) {
        if (cellRect(i).contains(position))
            return pads[i];
    }
    return -1;
}

QSize DrumPadsWidget::sizeHint() const
{
    return { 600, 400 };
}

QSize DrumPadsWidget::minimumSizeHint() const
{
    return { 3 * 100, 2 * 100 };
}

int DrumPadsWidget::heightForWidth(int width) const
{
    const qsizetype count = std::max<qsizetype>(1, notes().size());
    const int columns = count <= 4 ? int(count) : int((count + 1) / 2);
    const int rows = int((count + columns - 1) / columns);
    return width * rows / columns;
}

void DrumPadsWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (!isEnabled())
        painter.setOpacity(0.45);

    for (const int key : notes()) {
        const bool lit = isLit(key);
        const qreal bounce = strikeBounce(key);
        QRectF pad = noteRect(key);
        // A hit squashes the pad a little, like a drum head giving way.
        const qreal shrink = pad.width() * 0.035 * bounce;
        pad.adjust(shrink, shrink, -shrink, -shrink);
        const QColor colour = padColour(key);
        const QColor face = lit ? colour.lighter(140) : colour;

        // Shadow, rim, then the head with a soft light from the top left.
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0, 0, 0, 70));
        const qreal shadow = pad.width() * 0.025 * (1.0 - bounce);
        painter.drawEllipse(pad.translated(shadow, shadow * 1.5));
        if (lit) {
            QColor halo = colour.lighter(150);
            halo.setAlpha(150);
            painter.setPen(QPen(halo, pad.width() * 0.05));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(
                pad.adjusted(-pad.width() * 0.02, -pad.width() * 0.02, pad.width() * 0.02, pad.width() * 0.02));
        }
        painter.setPen(QPen(colour.darker(160), std::max(2.0, pad.width() * 0.04)));
        QRadialGradient head(pad.center() - QPointF(pad.width() * 0.18, pad.height() * 0.2), pad.width() * 0.7);
        head.setColorAt(0.0, face.lighter(125));
        head.setColorAt(1.0, face.darker(112));
        painter.setBrush(head);
        painter.drawEllipse(pad);

        const QColor ink = NoteAppearance::textColourOn(face);
        const qreal unit = pad.width();
        paintIcon(painter, key,
                  QRectF(pad.center().x() - unit * 0.22, pad.top() + unit * 0.13, unit * 0.44, unit * 0.32), ink);

        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(std::max(10, int(unit * 0.085)));
        painter.setFont(font);
        painter.setPen(ink);
        painter.drawText(QRectF(pad.left() + unit * 0.08, pad.top() + unit * 0.47, unit * 0.84, unit * 0.16),
                         Qt::AlignCenter | Qt::TextWordWrap, padName(key));
        paintKeyHint(painter, QPointF(pad.center().x(), pad.top() + unit * 0.76), std::min(unit * 0.15, 34.0),
                     keyLabel(key));
    }
    paintFocusRing(painter);
}

void DrumPadsWidget::paintIcon(QPainter &painter, int gmKey, const QRectF &box, const QColor &ink)
{
    painter.save();
    const qreal line = std::max(1.5, box.width() * 0.05);
    painter.setPen(QPen(ink, line, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    const QPointF c = box.center();
    const qreal w = box.width();
    const qreal h = box.height();

    // A drum seen from the side: an ellipse on top of a short cylinder.
    auto drum = [&](QRectF body) {
        const qreal lid = body.height() * 0.35;
        painter.drawEllipse(QRectF(body.left(), body.top(), body.width(), lid));
        painter.drawLine(QPointF(body.left(), body.top() + lid / 2), QPointF(body.left(), body.bottom() - lid / 2));
        painter.drawLine(QPointF(body.right(), body.top() + lid / 2), QPointF(body.right(), body.bottom() - lid / 2));
        painter.drawArc(QRectF(body.left(), body.bottom() - lid, body.width(), lid), 180 * 16, 180 * 16);
    };
    // A cymbal: a flat dome on a stand.
    auto cymbal = [&](qreal y, qreal width) {
        QPainterPath path;
        path.moveTo(c.x() - width / 2, y);
        path.quadTo(c.x(), y - h * 0.16, c.x() + width / 2, y);
        path.closeSubpath();
        painter.drawPath(path);
    };

    switch (gmKey) {
    case kKick: {
        // The big drum from the front, with the pedal's beater.
        const qreal r = std::min(w, h) * 0.46;
        painter.drawEllipse(c, r, r);
        painter.drawEllipse(c, r * 0.45, r * 0.45);
        painter.drawLine(QPointF(c.x() - r * 0.8, c.y() + r), QPointF(c.x() - r, c.y() + r * 1.15));
        painter.drawLine(QPointF(c.x() + r * 0.8, c.y() + r), QPointF(c.x() + r, c.y() + r * 1.15));
        break;
    }
    case kSnare:
        drum(QRectF(box.left() + w * 0.1, box.top() + h * 0.35, w * 0.8, h * 0.6));
        // Two sticks crossing above.
        painter.drawLine(QPointF(box.left() + w * 0.15, box.top()), QPointF(c.x() + w * 0.1, box.top() + h * 0.42));
        painter.drawLine(QPointF(box.right() - w * 0.15, box.top()), QPointF(c.x() - w * 0.1, box.top() + h * 0.42));
        break;
    case kLowTom:
    case kHighTom:
        drum(QRectF(box.left() + w * 0.15, box.top() + h * 0.15, w * 0.7, h * 0.8));
        break;
    case kClosedHiHat:
        cymbal(box.top() + h * 0.32, w * 0.9);
        cymbal(box.top() + h * 0.42, w * 0.9);
        painter.drawLine(QPointF(c.x(), box.top() + h * 0.42), QPointF(c.x(), box.bottom()));
        break;
    case kOpenHiHat:
        cymbal(box.top() + h * 0.22, w * 0.9);
        cymbal(box.top() + h * 0.55, w * 0.9);
        painter.drawLine(QPointF(c.x(), box.top() + h * 0.1), QPointF(c.x(), box.bottom()));
        // Sound waves: it rings.
        painter.drawArc(QRectF(box.right() - w * 0.1, box.top() + h * 0.05, w * 0.2, h * 0.35), -60 * 16, 120 * 16);
        painter.drawArc(QRectF(box.left() - w * 0.1, box.top() + h * 0.05, w * 0.2, h * 0.35), 120 * 16, 120 * 16);
        break;
    case kRide:
        cymbal(box.top() + h * 0.4, w * 1.0);
        painter.drawLine(QPointF(c.x(), box.top() + h * 0.4), QPointF(c.x(), box.bottom()));
        break;
    case kClap: {
        // Two open hands meeting, with little lines for the sound.
        auto hand = [&](qreal x, qreal tilt) {
            painter.save();
            painter.translate(x, c.y() + h * 0.08);
            painter.rotate(tilt);
            painter.drawRoundedRect(QRectF(-w * 0.12, -h * 0.42, w * 0.24, h * 0.78), w * 0.1, w * 0.1);
            painter.restore();
        };
        hand(c.x() - w * 0.12, -14);
        hand(c.x() + w * 0.12, 14);
        painter.drawLine(QPointF(c.x(), box.top() - h * 0.12), QPointF(c.x(), box.top() + h * 0.02));
        painter.drawLine(QPointF(c.x() - w * 0.32, box.top()), QPointF(c.x() - w * 0.24, box.top() + h * 0.12));
        painter.drawLine(QPointF(c.x() + w * 0.32, box.top()), QPointF(c.x() + w * 0.24, box.top() + h * 0.12));
        break;
    }
    default: {
        const qreal r = std::min(w, h) * 0.4;
        painter.drawEllipse(c, r, r);
        break;
    }
    }
    painter.restore();
}

} // namespace stages::music
