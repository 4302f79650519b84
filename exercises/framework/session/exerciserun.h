#pragma once

#include "exercises/framework/answerkind.h"
#include "exercises/framework/createrule.h"
#include "exercises/framework/session/taskrun.h"

#include <QObject>

namespace stages {

class Clock;
class ExerciseEngine;

/// One pupil working on one exercise: the row being built, the rows accepted so far, the number
/// or entry chosen, hints used and the time. No widgets: the exercise screen shows it and
/// forwards the pupil's intent; every judgement comes from the engine's Evaluator, the same code
/// stagesctl uses. Holds references to the engine and the clock, which must outlive it.
class ExerciseRun : public QObject, public TaskRun
{
    Q_OBJECT

public:
    /// How the pupil answers, as the exercise's task says (Task::answerKind()).
    using AnswerKind = stages::AnswerKind;

    /// What happened to a row handed in with submitDraft().
    enum class RowVerdict { Accepted, Incomplete, Duplicate, Invalid, BreaksRule };
    struct RowResult
    {
        RowVerdict verdict = RowVerdict::Incomplete;
        int twinRow = -1; ///< Duplicate: the earlier accepted row it repeats
        int twinGiven = -1; ///< Duplicate: the shown (given) row it repeats (find-missing)
    };

    /// One token the pupil can place: @p value goes to any free slot, or only to slot
    /// @p position for products (each position is its own group).
    struct PaletteToken
    {
        int symbol = 0;
        int value = 0;
        int position = -1;
    };

    ExerciseRun(const ExerciseEngine &engine, Exercise exercise, const Clock &clock, QObject *parent = nullptr);

    AnswerKind answerKind() const { return m_kind; }

    int itemLength() const { return m_itemLength; }
    /// The elements as the prompt describes them, and for transfer the target skin's.
    QJsonArray elements() const;
    QJsonArray paletteElements() const;
    QList<PaletteToken> palette() const;
    /// Which element shows @p value at @p position (products offset each group).
    int symbolOf(int position, int value) const;
    /// The shown rows of find-missing, spot-duplicate and next-in-order.
    ItemList givenItems() const;
    /// The choices of same-in-every-row (-1 for an empty place); empty when the given rows are
    /// themselves the choices (spot-duplicate).
    ItemList choiceItems() const;
    /// build-all's total when the exercise shows it ("3 of 6"), find-missing's missing count; else -1.
    int targetCount() const;

    // --- the row being built (values, -1 for an empty slot) ---
    const Item &draft() const { return m_draft; }
    bool draftComplete() const;
    /// Puts @p token in its slot, or the first empty one; false when there is no room.
    bool place(const PaletteToken &token);
    /// Puts @p token in slot @p slot when it may go there.
    bool placeAt(int slot, const PaletteToken &token);
    void clearSlot(int slot);
    void clearDraft();
    /// Rows tasks: checks the draft at once; an accepted row joins rows() and the draft empties,
    /// a refused one stays so the pupil can see and fix it. Row tasks: the draft is the answer.
    RowResult submitDraft();

    const ItemList &rows() const { return m_rows; }
    void removeRow(int index);

    // --- "create" with a rule the pupil picks from the cards ---
    /// Whether a rule has to be picked before rows can count.
    bool needsRuleChoice() const;
    /// The rules offered (CreateTask::choices()), empty for other exercises.
    QList<CreateRule> ruleChoices() const;
    /// Picks @p rule (one of ruleChoices(), before any row is made); false otherwise.
    bool chooseRule(const CreateRule &rule);
    /// The rule the rows follow now (the exercise's, or the picked one), none before picking.
    std::optional<CreateRule> createRule() const;
    /// The prompt element the rule names (starts with ●), or an empty object.
    QJsonObject ruleElement() const;

    // --- count and spot-duplicate ---
    int number() const { return m_number; }
    void setNumber(int number);
    int choice() const { return m_choice; }
    void choose(int index);

    /// The answer as the Evaluator takes it (and as it is stored).
    QJsonValue answer() const override;
    bool hasAnswer() const;
    /// build-all after finishing: every arrangement in systematic order.
    ItemList allItems() const;
    /// Whether @p item (any representation) is among the accepted rows.
    bool found(const Item &item) const;

signals:
    void draftChanged();
    void rowsChanged();
    void numberChanged();
    void choiceChanged();
    void ruleChosen();
    void hintsUsedChanged();
    void finished();

protected:
    std::optional<AttemptRecord::Artifact> artifact(const QJsonValue &answer) const override;
    void hintsChanged() override { emit hintsUsedChanged(); }
    void finishedNow() override { emit finished(); }

private:
    Item canonical(const Item &item) const;
    QJsonValue rowsAnswer(const QJsonArray &rows) const;

    AnswerKind m_kind = AnswerKind::Rows;
    int m_itemLength = 0;
    Item m_draft;
    ItemList m_rows;
    int m_number = -1;
    int m_choice = -1;
    std::optional<CreateRule> m_chosenRule;
};

} // namespace stages
