#pragma once

#include "core/progress/attemptservice.h"

#include <QWidget>

class QPushButton;

namespace stages {

class SpeakButton;
class Speaker;

/// What every pupil exercise screen is to the page that shows it, whatever the task and the
/// domain: it works on one exercise, emits finished() once when the pupil is done (the page then
/// stores toAttempt()), shows the result with Next (and Map, where there is a map), and takes a
/// note under the result ("New level: familiar!"). ExerciseScreen is the one for the framework's
/// tasks; a domain makes its own for tasks with AnswerKind::Custom (DomainView::createScreen).
class TaskScreen : public QWidget
{
    Q_OBJECT

public:
    explicit TaskScreen(QWidget *parent = nullptr);
    ~TaskScreen() override;

    /// The attempt to store once finished() was emitted (person left empty: the signed-in pupil).
    virtual AttemptRecord toAttempt() const = 0;
    /// Shown under the result: "New level ...", or why the attempt is not saved yet.
    virtual void setResultNote(const QString &text) = 0;
    virtual bool showsResult() const = 0;
    virtual QPushButton *nextButton() const = 0;
    virtual QPushButton *mapButton() const = 0;

    /// Lends the speaker that reads the screen's words aloud for children who cannot read yet
    /// (issue 8, point 8); not owned, may be nullptr. The words are read once when the screen
    /// first shows, and again whenever the pupil presses the speaker button (or F1).
    void setSpeaker(Speaker *speaker);
    /// The speaker button (hidden while no speaker can speak); nullptr if the screen has none.
    SpeakButton *speakButton() const { return m_speakButton; }

    /// Whether the result offers "Map" (the warm-up has no map). Default: true.
    void setMapAvailable(bool available);
    bool isMapAvailable() const { return m_mapAvailable; }

signals:
    void finished();
    void nextRequested();
    void mapRequested();

protected:
    /// Shows the result's buttons: Next gets the focus but ignores clicks for a short moment, so
    /// the second tap of a double tap on "I'm done" cannot skip the result (issue 7, defect 5).
    void presentResultButtons();
    /// Makes the screen's speaker button (F1), reading @p speech; the screen places it.
    SpeakButton *makeSpeakButton(const QString &speech);
    /// What the speaker button reads from now on (a new instruction).
    void setSpeech(const QString &speech);
    /// Reads the words once, the first time the screen shows (call from showEvent()).
    void readAloudOnce();

private:
    bool m_mapAvailable = true;
    SpeakButton *m_speakButton = nullptr;
    bool m_readAloud = false; ///< the words were read once on opening
};

} // namespace stages
