#include "exercises/music/view/instrumentwidget.h"

#include "exercises/music/view/noteappearance.h"
#include "exercises/music/view/noteoutput.h"

#include <QFocusEvent>
#include <QFontMetricsF>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPointingDevice>
#include <QTouchEvent>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace stages::music {

namespace {

constexpr int kStrikeMs = 180; // length of the strike (bounce) animation
constexpr int kFrameMs = 16; // ~60 frames a second while animating

// Sources: the mouse is -1, fingers are their touch ids (>= 0), keys live above kKeySourceBase.
constexpr qint64 kMouseSource = -1;
constexpr qint64 kKeySourceBase = qint64(1) << 40;
constexpr qint64 kScreenReaderSource = -2; // a "press" from a screen reader: a tap

bool isKeySource(qint64 source)
{
    return source >= kKeySourceBase;
}
bool isTouchSource(qint64 source)
{
    return source >= 0 && source < kKeySourceBase;
}
bool isAnySource(qint64)
{
    return true;
}

bool fromTouchScreen(const QPointerEvent *event)
{
    const QPointingDevice *device = event->pointingDevice();
    return device && device->type() == QInputDevice::DeviceType::TouchScreen;
}

} // namespace

// On a Czech keyboard the unshifted top row gives + ě š č ř ž ý á í é where English keyboards
// give 1..0. Children press the key that shows the digit, so those letters count as the digits.
int InstrumentWidget::digitKey(int key)
{
    switch (key) {
    case Qt::Key_Plus:
        return Qt::Key_1;
    case 0x011A:
        return Qt::Key_2; // Ě
    case 0x0160:
        return Qt::Key_3; // Š
    case 0x010C:
        return Qt::Key_4; // Č
    case 0x0158:
        return Qt::Key_5; // Ř
    case 0x017D:
        return Qt::Key_6; // Ž
    case Qt::Key_Yacute:
        return Qt::Key_7;
    case Qt::Key_Aacute:
        return Qt::Key_8;
    case Qt::Key_Iacute:
        return Qt::Key_9;
    case Qt::Key_Eacute:
        return Qt::Key_0;
    default:
        return key;
    }
}

InstrumentWidget::InstrumentWidget(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_AcceptTouchEvents);
    setFocusPolicy(Qt::StrongFocus);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    m_clock.start();
    m_frameTimer.setInterval(kFrameMs);
    m_frameTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_frameTimer, &QTimer::timeout, this, &InstrumentWidget::onFrame);
    m_highlightTimer.setSingleShot(true);
    m_highlightTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_highlightTimer, &QTimer::timeout, this, &InstrumentWidget::onHighlightExpiry);
}

InstrumentWidget::~InstrumentWidget()
{
    // Leave no note hanging in the synthesizer, but do not emit signals from a dying widget.
    if (m_output) {
        for (auto it = m_holdCount.cbegin(); it != m_holdCount.cend(); ++it)
            m_output->noteOff(m_channel, it.key());
    }
}

void InstrumentWidget::setNoteOutput(NoteOutput *output)
{
    releaseAll();
    m_output = output;
}

void InstrumentWidget::setChannel(int channel)
{
    releaseAll();
    m_channel = std::clamp(channel, 0, 15);
}

void InstrumentWidget::setVelocity(int velocity)
{
    m_velocity = std::clamp(velocity, 1, 127);
}

void InstrumentWidget::setKeyHintsVisible(bool visible)
{
    if (m_keyHintsVisible == visible)
        return;
    m_keyHintsVisible = visible;
    update();
}

bool InstrumentWidget::isLit(int midiNote) const
{
    return isHeld(midiNote) || m_litUntil.contains(midiNote);
}

QString InstrumentWidget::keyLabel(int midiNote) const
{
    for (const KeyBinding &binding : m_keyBindings) {
        if (binding.midiNote == midiNote && !binding.label.isEmpty())
            return binding.label;
    }
    return {};
}

void InstrumentWidget::highlight(int midiNote, int durationMs)
{
    if (!m_notes.contains(midiNote))
        return;
    if (durationMs <= 0) {
        if (m_litUntil.remove(midiNote))
            update();
        return;
    }
    m_litUntil.insert(midiNote, now() + durationMs);
    strike(midiNote);
    scheduleHighlightExpiry();
}

void InstrumentWidget::clearHighlights()
{
    if (m_litUntil.isEmpty())
        return;
    m_litUntil.clear();
    m_highlightTimer.stop();
    update();
}

void InstrumentWidget::releaseAll()
{
    releaseSources(&isAnySource);
    m_mouseDown = false;
}

QString InstrumentWidget::noteName(int midiNote) const
{
    return spokenNoteName(midiNote, int(NoteAppearance::namingForLocale(QLocale())));
}

QString InstrumentWidget::spokenNoteName(int midiNote, int naming)
{
    const QString name = NoteAppearance::name(midiNote, NoteNaming(naming));
    const int octaves = NoteAppearance::octaveMarks(midiNote);
    if (octaves == 0)
        return name;
    //: A note an octave above the middle one (a dot above its name on the bars); %1 is its name
    if (octaves == 1)
        return tr("high %1").arg(name);
    //: A note two or more octaves above the middle one; %1 is its name
    if (octaves > 1)
        return tr("very high %1").arg(name);
    //: A note an octave below the middle one (a dot below its name); %1 is its name
    if (octaves == -1)
        return tr("low %1").arg(name);
    //: A note two or more octaves below the middle one; %1 is its name
    return tr("very low %1").arg(name);
}

QAccessible::State InstrumentWidget::accessiblePartState(int part) const
{
    QAccessible::State state;
    state.pressed = isLit(m_notes.value(part));
    return state;
}

void InstrumentWidget::pressAccessiblePart(int part)
{
    if (part < 0 || part >= m_notes.size())
        return;
    pressFrom(kScreenReaderSource, m_notes.at(part));
    releaseFrom(kScreenReaderSource);
}

void InstrumentWidget::setNotes(const QList<int> &notes)
{
    releaseAll();
    m_notes = notes;
    for (auto it = m_litUntil.begin(); it != m_litUntil.end();) {
        if (notes.contains(it.key()))
            ++it;
        else
            it = m_litUntil.erase(it);
    }
    updateGeometry();
    update();
}

void InstrumentWidget::setKeyBindings(const QList<KeyBinding> &bindings)
{
    releaseSources(&isKeySource);
    m_keyBindings = bindings;
    for (KeyBinding &binding : m_keyBindings) {
        if (NoteAppearance::isNoteName(binding.label))
            binding.label.clear(); // never print a note's name as a mere key
    }
    update();
}

qreal InstrumentWidget::strikeProgress(int midiNote) const
{
    const auto it = m_struckAt.constFind(midiNote);
    if (it == m_struckAt.cend())
        return 1.0;
    return std::clamp(qreal(now() - *it) / kStrikeMs, 0.0, 1.0);
}

qreal InstrumentWidget::strikeBounce(int midiNote) const
{
    const qreal progress = strikeProgress(midiNote);
    if (progress >= 1.0)
        return 0.0;
    // Quick down, slower way back: sin over a time axis bent towards the start.
    return std::sin(std::numbers::pi * std::sqrt(progress));
}

void InstrumentWidget::paintKeyHint(QPainter &painter, QPointF centre, qreal height, const QString &label) const
{
    if (!m_keyHintsVisible || label.isEmpty())
        return;
    painter.save();
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(std::max(8, int(height * 0.62)));
    const QFontMetricsF metrics(font);
    const qreal width = std::max(height, metrics.horizontalAdvance(label) + height * 0.5);
    const QRectF chip(centre.x() - width / 2, centre.y() - height / 2, width, height);
    // A little computer keycap (grey skirt under a light face), so it does not read as a note
    // name; light whatever the palette, as it sits on the instrument's own colours.
    const qreal skirt = std::max(2.0, height * 0.12);
    painter.setPen(QPen(QColor(0, 0, 0, 120), std::max(1.0, height * 0.04)));
    painter.setBrush(QColor(0x9a, 0x9e, 0xa6));
    painter.drawRoundedRect(chip.adjusted(0, 0, 0, skirt), height * 0.22, height * 0.22);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xf7, 0xf7, 0xf9));
    painter.drawRoundedRect(chip.adjusted(height * 0.06, height * 0.04, -height * 0.06, 0), height * 0.18,
                            height * 0.18);
    painter.setFont(font);
    painter.setPen(QColor(0x22, 0x22, 0x22));
    painter.drawText(chip, Qt::AlignCenter, label);
    painter.restore();
}

void InstrumentWidget::paintFocusRing(QPainter &painter) const
{
    if (!hasFocus())
        return;
    painter.save();
    QPen pen(palette().color(QPalette::Highlight), 3);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5), 8, 8);
    painter.restore();
}

bool InstrumentWidget::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::TouchCancel:
        if (handleTouch(static_cast<QTouchEvent *>(event)))
            return true;
        break;
    default:
        break;
    }
    return QWidget::event(event);
}

bool InstrumentWidget::handleTouch(QTouchEvent *event)
{
    // Touchpads report finger positions on the pad, not on the screen: leave them to the mouse.
    if (!fromTouchScreen(event) || !isEnabled())
        return false;
    if (event->type() == QEvent::TouchCancel) {
        releaseSources(&isTouchSource);
        return true;
    }
    for (const QEventPoint &point : event->points()) {
        const Source source = point.id() & 0xffffffff;
        switch (point.state()) {
        case QEventPoint::Pressed:
            if (const int note = noteAt(point.position()); note >= 0)
                pressFrom(source, note);
            break;
        case QEventPoint::Updated:
            moveTo(source, noteAt(point.position()));
            break;
        case QEventPoint::Released:
            releaseFrom(source);
            break;
        default:
            break;
        }
    }
    if (event->type() == QEvent::TouchEnd)
        releaseSources(&isTouchSource);
    event->accept();
    return true;
}

void InstrumentWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || fromTouchScreen(event)) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_mouseDown = true;
    if (const int note = noteAt(event->position()); note >= 0)
        pressFrom(kMouseSource, note);
    event->accept();
}

void InstrumentWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_mouseDown || fromTouchScreen(event)) {
        QWidget::mouseMoveEvent(event);
        return;
    }
    moveTo(kMouseSource, noteAt(event->position()));
    event->accept();
}

void InstrumentWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_mouseDown) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    m_mouseDown = false;
    releaseFrom(kMouseSource);
    event->accept();
}

int InstrumentWidget::noteForKey(const QKeyEvent *event) const
{
    // Shortcuts with Ctrl/Alt/Meta belong to the window, not to the instrument.
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return -1;
    const int key = digitKey(event->key());
    for (const KeyBinding &binding : m_keyBindings) {
        if (binding.key == key)
            return binding.midiNote;
    }
    return -1;
}

void InstrumentWidget::keyPressEvent(QKeyEvent *event)
{
    if (!takeKeyPress(event))
        QWidget::keyPressEvent(event);
}

bool InstrumentWidget::takeKeyPress(QKeyEvent *event)
{
    const int note = noteForKey(event);
    if (note < 0 || !isEnabled())
        return false;
    event->accept();
    if (event->isAutoRepeat())
        return true; // holding a key is one note, not a drum roll
    pressFrom(kKeySourceBase + digitKey(event->key()), note);
    return true;
}

void InstrumentWidget::keyReleaseEvent(QKeyEvent *event)
{
    if (!takeKeyRelease(event))
        QWidget::keyReleaseEvent(event);
}

bool InstrumentWidget::takeKeyRelease(QKeyEvent *event)
{
    const int note = noteForKey(event);
    if (note < 0)
        return false;
    event->accept();
    if (!event->isAutoRepeat())
        releaseFrom(kKeySourceBase + digitKey(event->key()));
    return true;
}

void InstrumentWidget::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update(); // focus ring
}

void InstrumentWidget::focusOutEvent(QFocusEvent *event)
{
    // The key release will go to another widget: end key-held notes now, none may hang.
    releaseSources(&isKeySource);
    QWidget::focusOutEvent(event);
    update();
}

void InstrumentWidget::hideEvent(QHideEvent *event)
{
    releaseAll();
    QWidget::hideEvent(event);
}

void InstrumentWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::EnabledChange && !isEnabled())
        releaseAll();
    QWidget::changeEvent(event);
}

void InstrumentWidget::pressFrom(Source source, int midiNote)
{
    if (!isEnabled() || !m_notes.contains(midiNote))
        return;
    releaseFrom(source);
    m_held.insert(source, midiNote);
    ++m_holdCount[midiNote];
    // Light first, then sound, then tell the exercise: all in this one event.
    strike(midiNote);
    if (m_output)
        m_output->noteOn(m_channel, midiNote, m_velocity);
    Q_EMIT notePressed(midiNote);
}

void InstrumentWidget::releaseFrom(Source source)
{
    const auto it = m_held.constFind(source);
    if (it == m_held.cend())
        return;
    const int midiNote = *it;
    m_held.erase(it);
    if (--m_holdCount[midiNote] <= 0) {
        m_holdCount.remove(midiNote);
        if (m_output)
            m_output->noteOff(m_channel, midiNote);
    }
    update();
    Q_EMIT noteReleased(midiNote);
}

void InstrumentWidget::moveTo(Source source, int midiNote)
{
    const auto it = m_held.constFind(source);
    const int current = it == m_held.cend() ? -1 : *it;
    if (midiNote == current)
        return;
    // Sliding onto another bar plays it; sliding off into a gap ends the note.
    if (midiNote >= 0)
        pressFrom(source, midiNote);
    else
        releaseFrom(source);
}

void InstrumentWidget::releaseSources(bool (*which)(Source))
{
    QList<Source> sources;
    for (auto it = m_held.cbegin(); it != m_held.cend(); ++it) {
        if (which(it.key()))
            sources.append(it.key());
    }
    std::sort(sources.begin(), sources.end()); // a stable order for the signals
    for (const Source source : sources)
        releaseFrom(source);
}

void InstrumentWidget::strike(int midiNote)
{
    m_struckAt.insert(midiNote, now());
    if (!m_frameTimer.isActive())
        m_frameTimer.start();
    update();
}

void InstrumentWidget::onFrame()
{
    const qint64 t = now();
    for (auto it = m_struckAt.begin(); it != m_struckAt.end();) {
        if (t - *it >= kStrikeMs)
            it = m_struckAt.erase(it);
        else
            ++it;
    }
    if (m_struckAt.isEmpty())
        m_frameTimer.stop();
    update();
}

void InstrumentWidget::onHighlightExpiry()
{
    const qint64 t = now();
    bool changed = false;
    for (auto it = m_litUntil.begin(); it != m_litUntil.end();) {
        if (*it <= t) {
            it = m_litUntil.erase(it);
            changed = true;
        } else {
            ++it;
        }
    }
    if (changed)
        update();
    scheduleHighlightExpiry();
}

void InstrumentWidget::scheduleHighlightExpiry()
{
    if (m_litUntil.isEmpty()) {
        m_highlightTimer.stop();
        return;
    }
    const qint64 next = *std::min_element(m_litUntil.cbegin(), m_litUntil.cend());
    m_highlightTimer.start(int(std::max<qint64>(1, next - now())));
}

} // namespace stages::music
