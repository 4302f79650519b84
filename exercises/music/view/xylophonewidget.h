#pragma once

#include "exercises/music/view/instrumentwidget.h"
#include "exercises/music/view/noteappearance.h"

namespace stages::music {

/// A children's xylophone: one bar per note, longer bars for lower notes, coloured like classroom
/// Boomwhackers, with the note's name (a dot above it per octave above C4..B4, below per octave
/// under it, as on the note rows) and its computer key on each bar. Played by mouse, touch
/// (several bars at once, glissando by dragging) and the digit keys 1..9, 0 printed on the bars
/// (a Czech keyboard's + ě š č ř ž ý á í é too); the home row A S D F G H J K L ; ' still plays
/// them, unprinted, as letters on the bars would read as note names.
///
/// Layouts: Diatonic (C4..C5, 8 bars), Pentatonic (C D E G A C D E from C4, 8 bars, no wrong
/// notes for free play) or Custom (any notes via setCustomNotes(), e.g. the three notes of an
/// arrangement exercise).
class XylophoneWidget : public InstrumentWidget
{
    Q_OBJECT
    Q_PROPERTY(BarLayout barLayout READ barLayout WRITE setBarLayout)

public:
    enum class BarLayout { Diatonic, Pentatonic, Custom };
    Q_ENUM(BarLayout)

    explicit XylophoneWidget(QWidget *parent = nullptr);

    /// Named barLayout, not layout, so it does not hide QWidget::layout().
    BarLayout barLayout() const { return m_layout; }
    void setBarLayout(BarLayout layout);
    /// Bars for exactly these notes (MIDI keys, shown left to right as given); layout becomes Custom.
    void setCustomNotes(const QList<int> &midiNotes);
    static QList<int> notesOf(BarLayout layout);

    NoteNaming noteNaming() const { return m_naming; }
    void setNoteNaming(NoteNaming naming);

    int noteAt(QPointF position) const override;
    QRectF noteRect(int midiNote) const override;
    QString noteName(int midiNote) const override;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void applyNotes(const QList<int> &midiNotes);
    QRectF contentRect() const;
    QRectF slotRect(int index) const;
    QRectF barRect(int index) const;

    BarLayout m_layout = BarLayout::Diatonic;
    NoteNaming m_naming;
};

} // namespace stages::music
