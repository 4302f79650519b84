#pragma once

#include "exercises/framework/createrule.h"

#include <QJsonArray>
#include <QWidget>

namespace stages {

class ExerciseRun;
class RuleCard;

/// The first page of a "create" exercise in which the pupil picks the rule (issue 8): one
/// picture card per offered rule, in rows of three. A tap (or the card's number key) picks it
/// through ExerciseRun::chooseRule(); the screen then moves on to building rows.
class RuleChoicePage : public QWidget
{
    Q_OBJECT

public:
    RuleChoicePage(ExerciseRun &run, QWidget *parent = nullptr);

    const QList<RuleCard *> &cards() const { return m_cards; }
    /// Picks card @p index (keyboard); false when there is none.
    bool pick(int index);

    /// The symbol (index into the prompt's elements) a rule names, or -1.
    static int ruleSymbol(const ExerciseRun &run, const CreateRule &rule);

private:
    ExerciseRun &m_run;
    QList<RuleCard *> m_cards;
};

} // namespace stages
