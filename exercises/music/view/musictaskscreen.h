#pragma once

#include "exercises/framework/view/taskscreen.h"
#include "exercises/music/view/musicrun.h"

#include <memory>

class QLabel;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace stages::music {

class InstrumentWidget;
class SoundService;

/// What every music task screen shares: the instruction at the top (a few big words), the
/// sound notice, the work area the task fills, and the result page (a title, stars, a short
/// caption, Next and Map). finishWith() judges the answer through MusicRun (the Evaluator) and
/// emits finished(); the page then stores the attempt and may add a note with setResultNote().
/// create() makes the screen for a task (play-back, listen-identify, tap-rhythm, compose).
class MusicTaskScreen : public TaskScreen
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
    AttemptRecord toAttempt() const override { return m_run->toAttempt(); }
    void setResultNote(const QString &text) override;

    QLabel *instructionLabel() const { return m_instruction; }
    QPushButton *doneButton() const { return m_done; }
    QPushButton *nextButton() const override { return m_next; }
    QPushButton *mapButton() const override { return m_map; }
    QLabel *resultTitle() const { return m_resultTitle; }
    QLabel *resultNote() const { return m_resultNote; }
    bool showsResult() const override;

    /// The on-screen instrument for the exercise's notes (a xylophone with just those bars) or
    /// drums (pads), playing through @p sound.
    static InstrumentWidget *makeInstrument(const MusicRun &run, SoundService &sound, QWidget *parent);
    /// A big round-cornered button as on the other pupil screens.
    static QPushButton *bigButton(const QString &text, const QString &objectName, QWidget *parent);

protected:
    SoundService &sound() const { return m_sound; }
    QVBoxLayout *workLayout() const { return m_workLayout; }
    /// The row of buttons at the bottom of the work page (Done is already in it, last).
    QLayout *buttonRow() const;
    void setInstruction(const QString &text);
    /// Judges @p answer, stores nothing itself: emits finished() and shows the result page.
    void finishWith(const QJsonValue &answer);
    /// Extra words under the result title ("You tapped 5 of 6 beats on time.").
    virtual QString resultCaption(const Evaluation &evaluation) const;
    /// Called when the result page is about to show: screens may move widgets onto it.
    virtual void prepareResult(const Evaluation &) { }
    QVBoxLayout *resultExtraLayout() const { return m_resultExtra; }

    void hideEvent(QHideEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    std::unique_ptr<MusicRun> m_run;
    SoundService &m_sound;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_instruction = nullptr;
    QVBoxLayout *m_workLayout = nullptr;
    QLayout *m_buttons = nullptr;
    QVBoxLayout *m_resultExtra = nullptr;
    QPushButton *m_done = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_map = nullptr;
    QLabel *m_resultTitle = nullptr;
    QLabel *m_resultStars = nullptr;
    QLabel *m_resultCaption = nullptr;
    QLabel *m_resultNote = nullptr;
};

} // namespace stages::music
