#pragma once

#include "exercises/framework/view/taskscreen.h"

class QLabel;
class QPushButton;

namespace stages {
class Clock;
class ExerciseEngine;
class FeedbackOverlay;
class ItemRowWidget;
class TokenButton;
struct Exercise;
} // namespace stages

namespace stages::movement {

class KarateFigureWidget;
class KarateRun;

/// "Make your own karate combination" (issue 8): the pupil fills a row with move tokens (tap,
/// drag or number keys), presses Watch and a painted figure performs it, each move lit in the
/// row as it is done. "I'm done" keeps the combination for the teacher; the result keeps the
/// figure and Watch, so the pupil can see it again.
class KarateScreen : public TaskScreen
{
    Q_OBJECT

public:
    KarateScreen(const ExerciseEngine &engine, const Exercise &exercise, const Clock &clock, QWidget *parent = nullptr);
    ~KarateScreen() override;

    AttemptRecord toAttempt() const override;
    void setResultNote(const QString &text) override;
    bool showsResult() const override { return m_finished; }
    QPushButton *nextButton() const override { return m_next; }
    QPushButton *mapButton() const override { return m_map; }

    KarateRun *run() const { return m_run; }
    KarateFigureWidget *figure() const { return m_figure; }
    ItemRowWidget *answerRow() const { return m_answer; }
    QList<TokenButton *> paletteButtons() const { return m_palette; }
    QPushButton *watchButton() const { return m_watch; }
    QPushButton *doneButton() const { return m_done; }
    QLabel *instructionLabel() const { return m_instruction; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void watch();
    void finish();

    KarateRun *m_run = nullptr;
    QLabel *m_instruction = nullptr;
    QLabel *m_rule = nullptr;
    QLabel *m_note = nullptr;
    KarateFigureWidget *m_figure = nullptr;
    ItemRowWidget *m_answer = nullptr;
    QWidget *m_paletteBox = nullptr;
    QList<TokenButton *> m_palette;
    QPushButton *m_clear = nullptr;
    QPushButton *m_watch = nullptr;
    QPushButton *m_done = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_map = nullptr;
    FeedbackOverlay *m_feedback = nullptr;
    bool m_finished = false;
};

} // namespace stages::movement
