#pragma once

#include "exercises/framework/view/accessible/accessibleparts.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QRectF>
#include <QString>
#include <QTimer>
#include <QWidget>

class QKeyEvent;
class QPainter;
class QTouchEvent;

namespace stages::music {

class NoteOutput;

/// Common behaviour of the on-screen instruments (xylophone, piano, drum pads): playing by mouse,
/// multi-touch and computer keyboard, lighting what sounds, and forwarding notes to a NoteOutput.
///
/// A subclass says which notes it has, where they are (noteAt(), noteRect()), which keys play them
/// (setKeyBindings()) and paints itself; everything else lives here so the three instruments
/// behave alike. The keys printed on the instruments are digits, never letters: a "D" printed on
/// the E bar would be read as the note's name. A label that reads as a note name in any naming
/// (see NoteAppearance::isNoteName) is dropped, the key still plays.
///
/// Playing: a press (mouse button, finger, key) lights the note, calls NoteOutput::noteOn() and
/// emits notePressed(), in that order and in the same event. Dragging a finger or the mouse onto
/// another note releases the old one and plays the new one (a glissando). Auto-repeated keys are
/// ignored. When several presses hold one note, noteOff() is sent when the last one lets go, but
/// notePressed()/noteReleased() are emitted for every press and release.
///
/// The NoteOutput is not owned; it may be nullptr (silent, visual only) and must outlive the
/// widget or be reset with setNoteOutput(nullptr) first.
///
/// A screen reader sees one button per note, named by noteName(); its "press" plays the note.
class InstrumentWidget : public QWidget, public AccessibleParts
{
    Q_OBJECT
    Q_PROPERTY(int channel READ channel WRITE setChannel)
    Q_PROPERTY(int velocity READ velocity WRITE setVelocity)
    Q_PROPERTY(bool keyHintsVisible READ keyHintsVisible WRITE setKeyHintsVisible)

public:
    explicit InstrumentWidget(QWidget *parent = nullptr);
    ~InstrumentWidget() override;

    NoteOutput *noteOutput() const { return m_output; }
    void setNoteOutput(NoteOutput *output);
    /// MIDI channel (0..15) for noteOn/noteOff; 9 is General MIDI percussion.
    int channel() const { return m_channel; }
    void setChannel(int channel);
    /// Velocity (1..127) of notes played by the pupil.
    int velocity() const { return m_velocity; }
    void setVelocity(int velocity);
    /// Whether the computer key that plays each note is printed on it.
    bool keyHintsVisible() const { return m_keyHintsVisible; }
    void setKeyHintsVisible(bool visible);

    /// The notes this instrument has, left to right (reading order for pads).
    QList<int> notes() const { return m_notes; }
    /// True while the note is held by the pupil or highlighted by the application.
    bool isLit(int midiNote) const;
    /// True while the pupil holds the note (mouse, finger or key).
    bool isHeld(int midiNote) const { return m_holdCount.value(midiNote) > 0; }
    /// The computer key shown on the note ("1", "0"), empty when none is shown.
    QString keyLabel(int midiNote) const;
    /// The digit key (Qt::Key_0..Qt::Key_9) @p key stands for: on a Czech keyboard the unshifted
    /// top row gives + ě š č ř ž ý á í é, which children press for 1..0. Other keys are returned
    /// unchanged.
    static int digitKey(int key);

    /// Plays the note of @p event's key although the focus is elsewhere: screens pass on the keys
    /// their buttons do not take, so the pupil need not tab onto the instrument first (issue 14,
    /// point 6). True (and the event accepted) when the key belongs to the instrument.
    bool takeKeyPress(QKeyEvent *event);
    /// The release of a key passed on with takeKeyPress().
    bool takeKeyRelease(QKeyEvent *event);

    /// The note under a point in widget coordinates, or -1.
    virtual int noteAt(QPointF position) const = 0;
    /// Where the note is drawn (its bar, key or pad) in widget coordinates; empty when absent.
    virtual QRectF noteRect(int midiNote) const = 0;
    /// Translated: what a screen reader says for the note's bar, key or pad ("C", "high C",
    /// "Snare drum"); by default the note's name in the locale's naming.
    virtual QString noteName(int midiNote) const;

    /// The note's name in @p naming (a NoteNaming), with "high" or "low" for the octaves the
    /// dots show: what a screen reader says for a note.
    static QString spokenNoteName(int midiNote, int naming);

    /// AccessibleParts: a button per note.
    int accessiblePartCount() const override { return int(m_notes.size()); }
    QString accessiblePartName(int part) const override { return noteName(m_notes.value(part)); }
    QRect accessiblePartRect(int part) const override { return noteRect(m_notes.value(part)).toAlignedRect(); }
    int accessiblePartAt(const QPoint &pos) const override { return int(m_notes.indexOf(noteAt(pos))); }
    QAccessible::State accessiblePartState(int part) const override;
    bool isAccessiblePartPressable(int) const override { return isEnabled(); }
    /// Plays the note as a short tap would.
    void pressAccessiblePart(int part) override;

public Q_SLOTS:
    /// Lights the note for durationMs with the strike animation, without sounding it: the
    /// application calls this while its sound engine plays a melody to the pupil. A duration of
    /// 0 or less puts the light out at once. Notes the instrument does not have are ignored.
    void highlight(int midiNote, int durationMs = 400);
    /// Puts out every highlight (held notes stay lit).
    void clearHighlights();
    /// Releases every held note (noteOff for each), e.g. when an exercise ends.
    void releaseAll();

Q_SIGNALS:
    void notePressed(int midiNote);
    void noteReleased(int midiNote);

protected:
    struct KeyBinding
    {
        int key = 0; ///< Qt::Key
        int midiNote = -1;
        QString label; ///< what is printed on the note; empty for a key that plays it unlabelled
    };

    /// Called by subclasses when their set of notes changes; releases what was held.
    void setNotes(const QList<int> &notes);
    void setKeyBindings(const QList<KeyBinding> &bindings);

    /// 0 at the moment the note was struck (pressed or highlighted), rising to 1 when the strike
    /// animation is over; 1 for notes not struck recently. Paint code bends it into a bounce.
    qreal strikeProgress(int midiNote) const;
    /// A bounce for the strike: 0 → 1 → 0 over the animation, 0 when at rest.
    qreal strikeBounce(int midiNote) const;

    /// Shared painting helpers, so the instruments look like one family.
    void paintKeyHint(QPainter &painter, QPointF centre, qreal height, const QString &label) const;
    void paintFocusRing(QPainter &painter) const;

    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    using Source = qint64; ///< who holds a note: the mouse, one finger or one key

    bool handleTouch(QTouchEvent *event);
    int noteForKey(const QKeyEvent *event) const;
    void pressFrom(Source source, int midiNote);
    void releaseFrom(Source source);
    void moveTo(Source source, int midiNote);
    void releaseSources(bool (*which)(Source));
    void strike(int midiNote);
    void onFrame();
    void onHighlightExpiry();
    void scheduleHighlightExpiry();
    qint64 now() const { return m_clock.elapsed(); }

    NoteOutput *m_output = nullptr;
    int m_channel = 0;
    int m_velocity = 100;
    bool m_keyHintsVisible = true;
    bool m_mouseDown = false;
    QList<int> m_notes;
    QList<KeyBinding> m_keyBindings;
    QHash<Source, int> m_held; ///< source → note it holds
    QHash<int, int> m_holdCount; ///< note → number of sources holding it
    QHash<int, qint64> m_litUntil; ///< note → end of its highlight (ms on m_clock)
    QHash<int, qint64> m_struckAt; ///< note → start of its strike animation
    QElapsedTimer m_clock;
    QTimer m_frameTimer; ///< runs only while a strike animation is under way
    QTimer m_highlightTimer; ///< single shot at the next highlight end
};

} // namespace stages::music
