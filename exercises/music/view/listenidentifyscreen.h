#pragma once

#include "exercises/music/view/musictaskscreen.h"

class QAbstractButton;
class QButtonGroup;

namespace stages::music {

/// "listen-identify": Listen plays one tune or rhythm; the pupil picks which of the two to four
/// shown it was. Tunes are shown as rows of coloured notes, rhythms as grids (with their names
/// for the traditional rhythms of stage 5); each choice has its own small play button. Picking a
/// card and "I'm done" hands the index to the Evaluator.
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

    void listen();

protected:
    QString resultCaption(const Evaluation &evaluation) const override;

private:
    QWidget *makeChoice(int index, QWidget *parent);
    void playChoice(int index);

    QPushButton *m_listen = nullptr;
    QButtonGroup *m_group = nullptr;
    QList<QPushButton *> m_choicePlay;
    QList<QWidget *> m_shapes; ///< the note row or grid of each choice
    QList<int> m_keys;
    ItemList m_items;
    QList<QPair<QString, QString>> m_named;
};

} // namespace stages::music
