#pragma once

#include "exercises/music/motifrule.h"
#include "exercises/music/view/musictaskscreen.h"

class QGridLayout;

namespace stages::music {

class NoteRowWidget;

/// "compose": make a tune from orders of a motif by a rule. The motif and the rule sit on top;
/// below, every order of the motif as a button of coloured notes; clicking one adds it to the
/// tune (an order the rule does not allow next is refused with a friendly word). Play plays the
/// tune with each note lit as it sounds; "Undo" takes the last order back; "I'm done" judges it
/// and the page saves it as a "melody" artifact for the teacher. Pupils never see a file dialog:
/// the teacher exports the tune as MIDI from Pupils' work.
class ComposeScreen : public MusicTaskScreen
{
    Q_OBJECT

public:
    ComposeScreen(const ExerciseEngine &engine, const Exercise &exercise, const Clock &clock, SoundService &sound,
                  QWidget *parent = nullptr);

    QList<QPushButton *> orderButtons() const { return m_orderButtons; }
    const QList<MotifOrder> &orders() const { return m_all; }
    const QList<MotifOrder> &tune() const { return m_tune; }
    QList<NoteRowWidget *> tuneRows() const { return m_tuneRows; }
    QPushButton *playButton() const { return m_play; }
    QPushButton *undoButton() const { return m_undo; }
    QLabel *messageLabel() const { return m_message; }
    int length() const { return m_length; }

    /// Adds order @p index of orders(); false (and a message) when the rule does not allow it.
    bool addOrder(int index);
    void play();

protected:
    QString resultCaption(const Evaluation &evaluation) const override;
    void prepareResult(const Evaluation &evaluation) override;

private:
    void refresh();
    QList<int> keysOf(const MotifOrder &order) const;
    int tuneColumns() const;

    MotifRule m_rule;
    QList<int> m_keys;
    QList<MotifOrder> m_all;
    QList<MotifOrder> m_tune;
    QList<QPushButton *> m_orderButtons;
    QList<NoteRowWidget *> m_tuneRows;
    QGridLayout *m_tuneGrid = nullptr;
    QLabel *m_counter = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_play = nullptr;
    QPushButton *m_undo = nullptr;
    int m_length = 0;
};

} // namespace stages::music
