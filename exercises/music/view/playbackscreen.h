#pragma once

#include "exercises/music/view/musictaskscreen.h"

namespace stages::music {

class InstrumentWidget;
class NoteRowWidget;

/// "play-back": Listen plays the tune (each bar or pad lights as its note sounds), then the
/// pupil plays it back on the instrument; the notes played fill a row of empty circles. "Start
/// again" empties the row; "I'm done" hands the notes to the Evaluator. The tune's length comes
/// from the exercise, so it grows by stage.
class PlayBackScreen : public MusicTaskScreen
{
    Q_OBJECT

public:
    PlayBackScreen(const ExerciseEngine &engine, const Exercise &exercise, const Clock &clock, SoundService &sound,
                   QWidget *parent = nullptr);

    QPushButton *listenButton() const { return m_listen; }
    QPushButton *againButton() const { return m_again; }
    InstrumentWidget *instrument() const { return m_instrument; }
    NoteRowWidget *answerRow() const { return m_row; }
    /// The symbols played so far.
    const Item &played() const { return m_played; }
    /// Notes lit while listening, in order (tests check them against the tune).
    const QList<int> &heard() const { return m_heard; }

    void listen();

protected:
    QString resultCaption(const Evaluation &evaluation) const override;
    void prepareResult(const Evaluation &evaluation) override;

private:
    void notePlayed(int key);
    void refresh();

    QPushButton *m_listen = nullptr;
    QPushButton *m_again = nullptr;
    InstrumentWidget *m_instrument = nullptr;
    NoteRowWidget *m_row = nullptr;
    NoteRowWidget *m_target = nullptr;
    QList<int> m_keys;
    Item m_played;
    QList<int> m_heard;
    int m_length = 0;
};

} // namespace stages::music
