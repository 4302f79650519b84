#include "ui/teacher/dashboard/attentionrulesdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>

namespace stages {

namespace {

QSpinBox *makeBox(const QString &name, int max, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(0, max);
    //: Shown in an attention rule's number box at 0: the rule is turned off
    box->setSpecialValueText(AttentionRulesDialog::tr("Off"));
    return box;
}

} // namespace

AttentionRulesDialog::AttentionRulesDialog(const AttentionThresholds &current, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("attentionRulesDialog"));
    setWindowTitle(tr("Attention rules"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A pupil appears in the attention list when any of these is true. Set a rule to 0 to turn it off."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_sessions = makeBox(QStringLiteral("sessionsBox"), 50, this);
    m_failures = makeBox(QStringLiteral("failuresBox"), 20, this);
    m_inactive = makeBox(QStringLiteral("inactiveBox"), 365, this);
    m_behind = makeBox(QStringLiteral("behindBox"), 50, this);
    m_sessions->setToolTip(tr("A session is a day on which the pupil did at least one exercise."));
    form->addRow(tr("Sessions without a new stage:"), m_sessions);
    //: Screen reader name of the field labelled "Sessions without a new stage:"
    m_sessions->setAccessibleName(tr("Sessions without a new stage"));
    form->addRow(tr("Failed attempts in a row at one stage:"), m_failures);
    //: Screen reader name of the field labelled "Failed attempts in a row at one stage:"
    m_failures->setAccessibleName(tr("Failed attempts in a row at one stage"));
    form->addRow(tr("Days without an exercise:"), m_inactive);
    //: Screen reader name of the field labelled "Days without an exercise:"
    m_inactive->setAccessibleName(tr("Days without an exercise"));
    form->addRow(tr("Stages behind the class median:"), m_behind);
    //: Screen reader name of the field labelled "Stages behind the class median:"
    m_behind->setAccessibleName(tr("Stages behind the class median"));
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                             | QDialogButtonBox::RestoreDefaults,
                                         this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { showThresholds(AttentionThresholds()); });
    layout->addWidget(buttons);
    showThresholds(current);
}

void AttentionRulesDialog::showThresholds(const AttentionThresholds &t)
{
    m_sessions->setValue(t.sessionsWithoutNewStage);
    m_failures->setValue(t.failuresInARow);
    m_inactive->setValue(t.inactiveDays);
    m_behind->setValue(t.stagesBehindMedian);
}

AttentionThresholds AttentionRulesDialog::thresholds() const
{
    AttentionThresholds t;
    t.sessionsWithoutNewStage = m_sessions->value();
    t.failuresInARow = m_failures->value();
    t.inactiveDays = m_inactive->value();
    t.stagesBehindMedian = m_behind->value();
    return t;
}

} // namespace stages
