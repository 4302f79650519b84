#include "exercises/framework/view/rulechoicepage.h"

#include "exercises/framework/session/exerciserun.h"
#include "exercises/framework/view/rulecard.h"

#include <QGridLayout>
#include <QLabel>

namespace stages {

namespace {

constexpr int kCardsPerRow = 3;

} // namespace

RuleChoicePage::RuleChoicePage(ExerciseRun &run, QWidget *parent)
    : QWidget(parent)
    , m_run(run)
{
    setObjectName(QStringLiteral("ruleChoicePage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    //: Under "Pick a rule for your rows!": what happens after picking a card
    auto *then = new QLabel(tr("Tap a card. Then make rows that follow its rule."), this);
    then->setObjectName(QStringLiteral("ruleChoiceHint"));
    then->setAlignment(Qt::AlignCenter);
    then->setWordWrap(true);
    then->setStyleSheet(QStringLiteral("font-size: 20px; color: #455A64;"));
    layout->addWidget(then);
    auto *grid = new QGridLayout;
    grid->setSpacing(14);
    const QList<CreateRule> rules = run.ruleChoices();
    const int columns = std::min<int>(kCardsPerRow, int(rules.size()));
    for (int i = 0; i < rules.size(); ++i) {
        auto *card = new RuleCard(rules.at(i), run.elements(), ruleSymbol(run, rules.at(i)), run.itemLength(), this);
        card->setObjectName(QStringLiteral("ruleCard%1").arg(i));
        if (i < 9)
            card->setShortcutText(QString::number(i + 1));
        connect(card, &RuleCard::clicked, this, [this, i] { pick(i); });
        // A short last row stays centred under the full ones.
        const int row = i / kCardsPerRow;
        const int inRow = std::min<int>(kCardsPerRow, int(rules.size()) - row * kCardsPerRow);
        const int column = (i % kCardsPerRow) * 2 + (columns - inRow);
        grid->addWidget(card, row, column, 1, 2);
        m_cards.append(card);
    }
    layout->addLayout(grid, 1);
}

bool RuleChoicePage::pick(int index)
{
    if (index < 0 || index >= m_cards.size())
        return false;
    return m_run.chooseRule(m_cards.at(index)->rule());
}

int RuleChoicePage::ruleSymbol(const ExerciseRun &run, const CreateRule &rule)
{
    if (!rule.usesElement())
        return -1;
    return run.symbolOf(std::max(0, rule.elementPosition(run.itemLength())), rule.element);
}

} // namespace stages
