#pragma once

#include "exercises/framework/session/exerciserun.h"
#include "exercises/framework/view/taskscreen.h"

#include <memory>

class QAbstractButton;
class QBoxLayout;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace stages {

class ElementVoice;
class ExerciseEngine;
class FeedbackOverlay;
class HintPresenter;
class ItemRowWidget;
class NumberPad;
class RingControls;
class RowFlow;
class RowShapeView;
class RuleCard;
class RuleChoicePage;
class SameRowsPanel;
class SpeakButton;
class Speaker;
class TokenButton;

/// The pupil's exercise screen for every task of the exercise model: a short instruction (icon
/// and a few words), the shown rows, the answer row with empty slots, big tokens to click, drag,
/// touch or pick by keyboard (digits, arrows, Enter), a hint button and "I'm done". Rows are
/// judged at once by the Evaluator through ExerciseRun; the screen only shows and forwards.
/// After "I'm done" it emits finished() (the page stores the attempt) and shows the result with
/// the whole systematic list or the right answer.
class ExerciseScreen : public TaskScreen
{
    Q_OBJECT

public:
    ExerciseScreen(const ExerciseEngine &engine, const Exercise &exercise, const Clock &clock,
                   QWidget *parent = nullptr);
    ~ExerciseScreen() override;

    ExerciseRun *run() const { return m_run; }
    AttemptRecord toAttempt() const override { return m_run->toAttempt(); }

    /// Makes the elements heard (music: a token sounds when tapped or placed, rows play back).
    void setVoice(std::unique_ptr<ElementVoice> voice);
    ElementVoice *voice() const { return m_voice.get(); }

    /// Shows @p view beside the row being built (or the example row of a counting exercise), fed
    /// with that row as it changes: a domain's picture of what a row means (the screen owns it).
    /// Lattice paths get their grid without asking.
    void setShapeView(RowShapeView *view);
    RowShapeView *shapeView() const { return m_shape; }
    /// The buttons that turn the ring being built (necklaces, bracelets), else null.
    RingControls *ringControls() const { return m_ringControls; }

    /// Instruction for a task, for the exercise screen and the stage map ("Make all the different rows").
    static QString instruction(const ExerciseRun &run);
    /// The rule that decides when two rows are the same, in a few words ("Order matters.").
    static QString ruleText(const ExerciseRun &run);
    /// What the speaker button reads: the instruction and the rule in words.
    QString spokenWords() const;

    /// Reads the instruction and the rule aloud once when the screen opens, and shows a speaker
    /// button beside them while @p speaker can speak (not owned; nullptr: silent).

    /// Shown under the result: "Saved", or why not.
    void setResultNote(const QString &text) override;

    // For tests and screenshots.
    QList<TokenButton *> paletteButtons() const { return m_palette; }
    ItemRowWidget *answerRow() const { return m_answer; }
    QList<ItemRowWidget *> rowWidgets() const { return m_rowWidgets; }
    QList<ItemRowWidget *> givenWidgets() const { return m_givenWidgets; }
    /// same-in-every-row: the choices under the shown rows.
    QList<ItemRowWidget *> choiceWidgets() const { return m_choiceWidgets; }
    QList<ItemRowWidget *> resultWidgets() const { return m_resultWidgets; }
    QList<QAbstractButton *> numberButtons() const { return m_numberButtons; }
    QPushButton *doneButton() const { return m_done; }
    QPushButton *hintButton() const { return m_hint; }
    QPushButton *nextButton() const override { return m_next; }
    QPushButton *mapButton() const override { return m_map; }
    QLabel *ruleLabel() const { return m_rule; }
    /// "create" with a rule to pick: the page of picture cards (null otherwise).
    RuleChoicePage *ruleChoicePage() const { return m_ruleChoice; }
    /// The picked rule's small card in the header, null before picking.
    RuleCard *chosenRuleCard() const { return m_ruleCard; }
    /// The shown pairs of a transfer (source element above its new look), empty otherwise.
    QList<ItemRowWidget *> pairWidgets() const { return m_pairWidgets; }
    /// The areas that hold rows (given, found, result): tests check nothing in them is hidden.
    QList<RowFlow *> rowFlows() const;
    QLabel *counterLabel() const { return m_counter; }
    QLabel *resultTitle() const { return m_resultTitle; }
    FeedbackOverlay *feedback() const { return m_feedback; }
    SameRowsPanel *twinsPanel() const { return m_twins; }
    bool showsResult() const override;
    /// The palette symbols that draw @p values.
    QList<int> symbolsOf(const Item &values) const;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;
    /// The page gives the screen the focus when it opens it: the first card or token takes it,
    /// where its ring shows (issue 14, point 5).
    void focusInEvent(QFocusEvent *event) override;

private:
    /// Puts the focus on the rule card or palette token a keyboard starts on.
    void focusFirstPart(Qt::FocusReason reason);
    QWidget *buildWorkPage();
    /// Shows the create rule in force in the header (words, its element, the picked card).
    void presentRule();
    QWidget *buildResultPage();
    QWidget *buildPalette();
    QWidget *buildNumberPad();
    QWidget *buildTransferPairs(QWidget *parent);
    ItemRowWidget *makeRow(const Item &values, int slotSize, QWidget *parent) const;
    void fillFlow(RowFlow *flow, QList<ItemRowWidget *> &widgets, const ItemList &items, bool bySystem,
                  const QJsonArray &elements = {});
    void playRow(ItemRowWidget *row);

    void paletteClicked(int index);
    /// The palette token that key @p digit picks, or -1.
    int paletteIndexForKey(int digit) const;
    void placeToken(int slot, int index);
    void submitDraft();
    void showTwins(const ExerciseRun::RowResult &result);
    void refreshDraft();
    void refreshShape();
    void refreshRows();
    void refreshCounter();
    void refreshNumber();
    void refreshChoice();
    void finish();
    void showResult();

    ExerciseRun *m_run = nullptr;
    QList<ExerciseRun::PaletteToken> m_tokens;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_instruction = nullptr;
    QLabel *m_counter = nullptr;
    QLabel *m_rule = nullptr;
    QHBoxLayout *m_header = nullptr;
    RuleChoicePage *m_ruleChoice = nullptr;
    ItemRowWidget *m_ruleElement = nullptr;
    RuleCard *m_ruleCard = nullptr;
    RowFlow *m_givenFlow = nullptr;
    RowFlow *m_rowsFlow = nullptr;
    RowFlow *m_resultFlow = nullptr;
    RowFlow *m_choiceFlow = nullptr;
    QList<ItemRowWidget *> m_choiceWidgets;
    QList<ItemRowWidget *> m_pairWidgets;
    std::unique_ptr<ElementVoice> m_voice;
    QList<ItemRowWidget *> m_givenWidgets;
    QList<ItemRowWidget *> m_rowWidgets;
    QList<ItemRowWidget *> m_resultWidgets;
    QList<TokenButton *> m_palette;
    QList<QAbstractButton *> m_numberButtons;
    ItemRowWidget *m_answer = nullptr;
    QLabel *m_number = nullptr;
    NumberPad *m_numberPad = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_clear = nullptr;
    QPushButton *m_playDraft = nullptr;
    QPushButton *m_hint = nullptr;
    QPushButton *m_done = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_map = nullptr;
    QLabel *m_resultTitle = nullptr;
    QLabel *m_resultStars = nullptr;
    QLabel *m_resultCaption = nullptr;
    QLabel *m_resultNote = nullptr;
    FeedbackOverlay *m_feedback = nullptr;
    SameRowsPanel *m_twins = nullptr;
    RingControls *m_ringControls = nullptr;
    RowShapeView *m_shape = nullptr;
    QBoxLayout *m_shapeLine = nullptr; ///< where the shape view goes: by the answer row or the elements counted
    int m_shapeIndex = -1; ///< its place in that line
    QBoxLayout *m_foundLine = nullptr; ///< beside the found rows, for a long row's shape
    QTimer *m_clearTimer = nullptr;
    int m_greeting = 0;
    bool m_ring = false; ///< the rows are beads on a ring (necklaces, bracelets)
    std::unique_ptr<HintPresenter> m_hints;
};

} // namespace stages
