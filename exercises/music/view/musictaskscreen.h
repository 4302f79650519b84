#pragma once

#include "exercises/framework/view/customtaskscreen.h"
#include "exercises/music/view/musicrun.h"

#include <memory>


namespace stages::music {

class InstrumentWidget;
class SoundService;

/// What every music task screen shares: the shell of CustomTaskScreen with the sound notice on
/// top. finishWith() judges the answer through MusicRun (the Evaluator) and shows the result;
/// the page then stores the attempt and may add a note with setResultNote().
/// create() makes the screen for a task (play-back, listen-identify, tap-rhythm, compose).
class MusicTaskScreen : public CustomTaskScreen
{
    Q_OBJECT

public:
    MusicTaskScreen(const ExerciseEngine &engine, const Exercise &exercise, const Clock &clock, SoundService &sound,
                    QWidget *parent = nullptr);
    ~MusicTaskScreen() override;

    static MusicTaskScreen *create(const ExerciseEngine &engine, const Exercise &exercise, const Clock &clock,
                                   SoundService &sound, QWidget *parent = nullptr);

    MusicRun &run() { return *m_run; }
    const MusicRun &run() const { return *m_run; }
    const TaskRun &taskRun() const override { return *m_run; }

    /// The on-screen instrument for the exercise's notes (a xylophone with just those bars) or
    /// drums (pads), playing through @p sound.
    static InstrumentWidget *makeInstrument(const MusicRun &run, SoundService &sound, QWidget *parent);

protected:
    SoundService &sound() const { return m_sound; }
    /// Judges @p answer, stores nothing itself: emits finished() and shows the result page.
    void finishWith(const QJsonValue &answer);
    /// Extra words under the result title ("You tapped 5 of 6 beats on time.").
    QString resultCaption(const Evaluation &evaluation) const override;

    /// The instrument that takes the digit keys wherever the focus is on the screen (issue 14,
    /// point 6): keys no other widget takes are passed on to it while it shows.
    void setKeyInstrument(InstrumentWidget *instrument) { m_keyInstrument = instrument; }

    void hideEvent(QHideEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;

private:
    std::unique_ptr<MusicRun> m_run;
    SoundService &m_sound;
    InstrumentWidget *m_keyInstrument = nullptr;
};

} // namespace stages::music
