#pragma once

#include "exercises/music/view/instrumentwidget.h"
#include "exercises/music/view/noteappearance.h"

namespace stages::music {

/// A two-octave piano keyboard (C4..B5 by default: 14 white and 10 black keys), black keys drawn
/// over the white ones and hit first. Each white key carries its letter and a thin stripe in its
/// Boomwhackers colour, so it matches the xylophone; a pressed key fills with that colour.
///
/// Computer keys: the digits 1..9, 0 play the first ten white keys (C4..E5 by default) and are
/// printed on them; letters are never printed, as they read as note names. The tracker letters
/// still play, unprinted: lower octave Z S X D C V G B H N J M, upper octave white keys
/// Q W E R T Y U (the upper black keys had 2 3 5 6 7, which now belong to the white keys).
class PianoWidget : public InstrumentWidget
{
    Q_OBJECT
    Q_PROPERTY(int lowestNote READ lowestNote WRITE setLowestNote)

public:
    static constexpr int kOctaves = 2;

    explicit PianoWidget(QWidget *parent = nullptr);

    /// The C at the left end (60 = C4 by default); other notes are moved down to their C.
    int lowestNote() const { return m_lowest; }
    void setLowestNote(int midiNote);

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
    void rebuild();
    QRectF caseRect() const;
    QRectF keysRect() const;
    qreal whiteKeyWidth() const;
    /// Index of a white key from the left, or -1 for a black key.
    int whiteIndex(int midiNote) const;

    int m_lowest = 60;
    NoteNaming m_naming;
};

} // namespace stages::music
