#pragma once

#include "exercises/framework/evaluation.h"
#include "exercises/framework/view/taskscreen.h"

class QLabel;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;
class QHBoxLayout;

namespace stages {

class TaskRun;

/// The shell of a domain's own task screen (AnswerKind::Custom: an instrument, a drawing canvas):
/// the instruction at the top (a few big words, with the speaker button), the work area the task
/// fills, a row of buttons ending in "I'm done", and the result page (a title, stars, a caption,
/// anything the screen moves there, the note, Map and Next). The subclass owns its TaskRun and
/// calls showResult() with the final evaluation; the page then stores toAttempt().
class CustomTaskScreen : public TaskScreen
{
    Q_OBJECT

public:
    explicit CustomTaskScreen(QWidget *parent = nullptr);
    ~CustomTaskScreen() override;

    /// The run of the exercise (the subclass's).
    virtual const TaskRun &taskRun() const = 0;
    AttemptRecord toAttempt() const override;
    void setResultNote(const QString &text) override;
    bool showsResult() const override;

    QLabel *instructionLabel() const { return m_instruction; }
    QPushButton *doneButton() const { return m_done; }
    QPushButton *nextButton() const override { return m_next; }
    QPushButton *mapButton() const override { return m_map; }
    QLabel *resultTitle() const { return m_resultTitle; }
    QLabel *resultCaptionLabel() const { return m_resultCaption; }
    QLabel *resultNote() const { return m_resultNote; }

    /// A big round-cornered grey button as on the other pupil screens.
    static QPushButton *bigButton(const QString &text, const QString &objectName, QWidget *parent);

protected:
    /// Puts @p banner above everything (a "no sound" notice).
    void addBanner(QWidget *banner);
    QVBoxLayout *workLayout() const { return m_workLayout; }
    /// The row of buttons at the bottom of the work page (Done is already in it, last).
    QHBoxLayout *buttonRow() const { return m_buttons; }
    void setInstruction(const QString &text);
    /// Shows the result page for @p evaluation (the run has finished) and emits finished().
    void showResult(const Evaluation &evaluation);
    /// Words under the result title ("You drew 5 of 7 lines.").
    virtual QString resultCaption(const Evaluation &evaluation) const = 0;
    /// Called when the result page is about to show: screens may move widgets onto it.
    virtual void prepareResult(const Evaluation &) { }
    QVBoxLayout *resultExtraLayout() const { return m_resultExtra; }

    void showEvent(QShowEvent *event) override;

private:
    QVBoxLayout *m_outer = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_instruction = nullptr;
    QVBoxLayout *m_workLayout = nullptr;
    QHBoxLayout *m_buttons = nullptr;
    QVBoxLayout *m_resultExtra = nullptr;
    QPushButton *m_done = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_map = nullptr;
    QLabel *m_resultTitle = nullptr;
    QLabel *m_resultStars = nullptr;
    QLabel *m_resultCaption = nullptr;
    QLabel *m_resultNote = nullptr;
};

} // namespace stages
