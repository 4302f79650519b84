#include "ui/trainer/educator/rubricform.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QLabel>
#include <QRadioButton>

namespace stages {

RubricForm::RubricForm(const QStringList &criteria, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("rubricForm"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    const QStringList levels {
        //: Rubric score 1 of 4 for an observed lesson
        tr("1 not yet"),
        //: Rubric score 2 of 4
        tr("2 partly"),
        //: Rubric score 3 of 4
        tr("3 well"),
        //: Rubric score 4 of 4
        tr("4 very well"),
    };
    auto *head = new QWidget(this);
    auto *headRow = new QHBoxLayout(head);
    headRow->setContentsMargins(0, 0, 0, 0);
    for (const QString &level : levels) {
        auto *label = new QLabel(level, head);
        label->setObjectName(QStringLiteral("hintSmall"));
        label->setMinimumWidth(80);
        headRow->addWidget(label);
    }
    grid->addWidget(head, 0, 1);
    for (int row = 0; row < criteria.size(); ++row) {
        auto *name = new QLabel(criteria.at(row), this);
        name->setWordWrap(true);
        grid->addWidget(name, row + 1, 0);
        auto *choices = new QWidget(this);
        choices->setObjectName(QStringLiteral("rubricRow%1").arg(row));
        auto *line = new QHBoxLayout(choices);
        line->setContentsMargins(0, 0, 0, 0);
        auto *group = new QButtonGroup(choices);
        for (int score = 1; score <= 4; ++score) {
            auto *button = new QRadioButton(QString::number(score), choices);
            button->setObjectName(QStringLiteral("rubric%1score%2").arg(row).arg(score));
            //: Accessible name of a rubric choice: criterion and score
            button->setAccessibleName(tr("%1: %2").arg(criteria.at(row), levels.at(score - 1)));
            button->setMinimumWidth(80);
            group->addButton(button, score);
            line->addWidget(button);
        }
        connect(group, &QButtonGroup::idClicked, this, &RubricForm::changed);
        name->setBuddy(group->button(1));
        m_groups.append(group);
        grid->addWidget(choices, row + 1, 1);
    }
    grid->setColumnStretch(0, 1);
}

QList<int> RubricForm::scores() const
{
    QList<int> scores;
    for (const QButtonGroup *group : m_groups)
        scores.append(std::max(0, group->checkedId()));
    return scores;
}

void RubricForm::setScores(const QList<int> &scores)
{
    for (int row = 0; row < m_groups.size() && row < scores.size(); ++row) {
        if (QAbstractButton *b = m_groups.at(row)->button(scores.at(row)))
            b->setChecked(true);
    }
    emit changed();
}

bool RubricForm::isComplete() const
{
    for (const QButtonGroup *group : m_groups) {
        if (group->checkedId() < 1)
            return false;
    }
    return true;
}

QRadioButton *RubricForm::choice(int row, int score) const
{
    if (row < 0 || row >= m_groups.size())
        return nullptr;
    return qobject_cast<QRadioButton *>(m_groups.at(row)->button(score));
}

} // namespace stages
