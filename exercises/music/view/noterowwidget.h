#pragma once

#include <QList>
#include <QWidget>

namespace stages::music {

/// A short tune drawn as a row of coloured notes: one round note per position in the
/// xylophone's Boomwhackers colour with its letter (or a drum's colour and a small drum mark),
/// empty dashed circles for positions still to fill, and a glow on the note that sounds now.
/// Used for the pupil's answer, the shown choices and the orders of a motif.
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
    /// Draws note @p index glowing (-1: none).
    void setLit(int index);
    int lit() const { return m_lit; }
    /// Diameter of one note in px.
    void setNoteSize(int px);
    /// Marks position @p index as wrong (a red ring), -1 for none.
    void setWrong(int index);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<int> m_keys;
    int m_slots = 0;
    int m_lit = -1;
    int m_wrong = -1;
    int m_size = 44;
    bool m_drums = false;
};

} // namespace stages::music
