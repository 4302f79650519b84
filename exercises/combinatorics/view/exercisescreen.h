#pragma once

#include "exercises/combinatorics/view/exerciserun.h"

#include <QWidget>

class QAbstractButton;
class QGridLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace stages {

class ExerciseEngine;
class FeedbackOverlay;
class ItemRowWidget;
class TokenButton;

/// The pupil's exercise screen for every task of the exercise model: a short instruction (icon
/// and a few words), the shown rows, the answer row with empty slots, big tokens to click, drag,
/// touch or pick by keyboard (digits, arrows, Enter), a hint button and "I'm done". Rows are
/// judged at once by the Evaluator through ExerciseRun; the screen only shows and forwards.
/// After "I'm done" it emits finished() (the page stores the attempt) and shows the result with
/// the whole systematic list or the right answer.
class ExerciseScreen : public QWidget
{
    Q_OBJECT

public:
    ExerciseScreen(const ExerciseEngine &engine, const Exercise &exercise, const Clock &clock, QWidget *parent = nullptr);
    ~ExerciseScreen() override;

    ExerciseRun *run() const { return m_run; }

    /// Instruction for a task, for the exercise screen and the stage map ("Make all the different rows").
    static QString instruction(const ExerciseRun &run);

    /// Shown under the result: "Saved", or why not.
    void setResultNote(const QString &text);

    // For tests and screenshots.
    QList<TokenButton *> paletteButtons() const { return m_palette; }
    ItemRowWidget *answerRow() const { return m_answer; }
    QList<ItemRowWidget *> rowWidgets() const { return m_rowWidgets; }
    QList<ItemRowWidget *> givenWidgets() const { return m_givenWidgets; }
    QList<ItemRowWidget *> resultWidgets() const { return m_resultWidgets; }
    QList<QAbstractButton *> numberButtons() const { return m_numberButtons; }
    QPushButton *doneButton() const { return m_done; }
    QPushButton *hintButton() const { return m_hint; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *mapButton() const { return m_map; }
    QLabel *counterLabel() const { return m_counter; }
    QLabel *resultTitle() const { return m_resultTitle; }
    FeedbackOverlay *feedback() const { return m_feedback; }
    bool showsResult() const;

signals:
    void finished();
    void nextRequested();
    void mapRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildWorkPage();
    QWidget *buildResultPage();
    QWidget *buildPalette();
    QWidget *buildNumberPad();
    ItemRowWidget *makeRow(const Item &values, int slotSize, QWidget *parent) const;
    QList<int> symbolsOf(const Item &values) const;
    void fillGrid(QGridLayout *grid, QList<ItemRowWidget *> &widgets, const ItemList &items, int slotSize, bool bySystem);

    void paletteClicked(int index);
    void placeToken(int slot, int index);
    void submitDraft();
    void refreshDraft();
    void refreshRows();
    void refreshCounter();
    void refreshNumber();
    void refreshChoice();
    void showHint();
    void finish();
    void showResult();

    ExerciseRun *m_run = nullptr;
    QList<ExerciseRun::PaletteToken> m_tokens;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_instruction = nullptr;
    QLabel *m_counter = nullptr;
    QGridLayout *m_givenGrid = nullptr;
    QGridLayout *m_rowsGrid = nullptr;
    QGridLayout *m_resultGrid = nullptr;
    QList<ItemRowWidget *> m_givenWidgets;
    QList<ItemRowWidget *> m_rowWidgets;
    QList<ItemRowWidget *> m_resultWidgets;
    QList<TokenButton *> m_palette;
    QList<QAbstractButton *> m_numberButtons;
    ItemRowWidget *m_answer = nullptr;
    QLabel *m_number = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_clear = nullptr;
    QPushButton *m_hint = nullptr;
    QPushButton *m_done = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_map = nullptr;
    QLabel *m_resultTitle = nullptr;
    QLabel *m_resultStars = nullptr;
    QLabel *m_resultCaption = nullptr;
    QLabel *m_resultNote = nullptr;
    FeedbackOverlay *m_feedback = nullptr;
    QTimer *m_clearTimer = nullptr;
    int m_greeting = 0;
};

} // namespace stages
