#pragma once

#include "exercises/music/view/noteappearance.h"

#include <QList>
#include <QWidget>

namespace stages::music {

/// A short tune drawn as a row of coloured notes: one round note per position in the
/// xylophone's Boomwhackers colour with its name (or a drum's colour and a small drum mark),
/// empty dashed circles for positions still to fill, and a glow on the note that sounds now.
/// Used for the pupil's answer, the shown choices and the orders of a motif.
///
/// Notes of one pitch class in different octaves look different: a higher note sits higher in
/// the row (its height follows the pitch within the row's pitch range), and a dot above marks
/// each octave above the middle octave C4..B4, a dot below each octave under it, as in numbered
/// notation. So E4 G4 E5 and E5 G4 E4 are told apart at a glance.
class NoteRowWidget : public QWidget
{
    Q_OBJECT

public:
    explicit NoteRowWidget(QWidget *parent = nullptr);

    /// The notes (MIDI keys; GM percussion keys when drums) and how many positions the row has.
    void setNotes(const QList<int> &keys, int slotCount = -1);
    const QList<int> &notes() const { return m_keys; }
    int slotCount() const { return m_slots; }
    void setDrums(bool drums);
    /// The lowest and highest note the row may show: rows of one exercise given the same range
    /// draw the same note at the same height (and keep their height while still empty). Without
    /// it the row's own notes set the range.
    void setPitchRange(int lowest, int highest);
    /// Draws note @p index glowing (-1: none).
    void setLit(int index);
    int lit() const { return m_lit; }
    /// Diameter of one note in px.
    void setNoteSize(int px);
    /// Marks position @p index as wrong (a red ring), -1 for none.
    void setWrong(int index);
    NoteNaming noteNaming() const { return m_naming; }
    void setNoteNaming(NoteNaming naming);

    /// Where note (or empty position) @p index is drawn, in widget coordinates.
    QRectF noteRect(int index) const;
    /// The name written on note @p index ("E", "H", "sol"); empty for drums and empty positions.
    QString noteLabel(int index) const;
    /// Octave dots on note @p index: positive above, negative below (0 for drums).
    int octaveDots(int index) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int gap() const { return m_size / 4; }
    int dotSize() const { return std::max(5, m_size / 6); }
    /// How far the highest note sits above the lowest, in px.
    int rise() const;
    /// Room for the octave dots above (@p above) or below the notes, in px: only as much as the
    /// row's range needs.
    int dotRoom(bool above) const;
    std::pair<int, int> range() const;

    QList<int> m_keys;
    int m_slots = 0;
    int m_lit = -1;
    int m_wrong = -1;
    int m_size = 44;
    int m_lowest = -1;
    int m_highest = -1;
    bool m_drums = false;
    NoteNaming m_naming;
};

} // namespace stages::music
