#pragma once

#include "exercises/music/view/musictaskscreen.h"

class QAbstractButton;
class QButtonGroup;

namespace stages::music {

/// "listen-identify": Listen plays one tune or rhythm; the pupil picks which of the two to four
/// shown it was. Tunes are shown as rows of coloured notes, rhythms as grids (with their names
/// for the traditional rhythms of stage 5); each choice has its own small play button. Picking a
/// card and "I'm done" hands the index to the Evaluator.
///
/// The cards are marked with pictures (star, heart, moon, flower) and a small digit, never with
/// letters, which a child would read as note names; the digit keys 1-4 pick them. After a wrong
/// pick the result page shows the picked card crossed out in red beside the right one ticked in
/// green, and plays the right one with its notes lit, so the pupil hears what it was.
class ListenIdentifyScreen : public MusicTaskScreen
{
    Q_OBJECT

public:
    ListenIdentifyScreen(const ExerciseEngine &engine, const Exercise &exercise, const Clock &clock,
                         SoundService &sound, QWidget *parent = nullptr);

    QPushButton *listenButton() const { return m_listen; }
    QList<QAbstractButton *> choiceButtons() const;
    QList<QPushButton *> choicePlayButtons() const { return m_choicePlay; }
    int choice() const;
    /// The index of the choice that was played (the right answer).
    int rightChoice() const;
    /// After the answer: "right" for the right card, "wrong" for a wrong pick, empty otherwise.
    QString verdict(int index) const;
    /// Which picture marks choice @p index (0 star, 1 heart, 2 moon, 3 flower).
    static QString markName(int index);

    void listen();

protected:
    QString resultCaption(const Evaluation &evaluation) const override;
    void prepareResult(const Evaluation &evaluation) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QWidget *makeChoice(int index, QWidget *parent);
    void markVerdict(int index, bool right);
    void playChoice(int index);

    QPushButton *m_listen = nullptr;
    QButtonGroup *m_group = nullptr;
    QList<QPushButton *> m_choicePlay;
    QList<QWidget *> m_shapes; ///< the note row or grid of each choice
    QList<int> m_keys;
    ItemList m_items;
    QList<QPair<QString, QString>> m_named;
    int m_picked = -1; ///< the card picked, kept once the answer is in
};

} // namespace stages::music
