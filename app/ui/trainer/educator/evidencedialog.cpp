#include "ui/trainer/educator/evidencedialog.h"

#include "core/training/trainingservice.h"
#include "ui/trainer/educator/evidencetablemodel.h"
#include "ui/trainer/educator/rubricform.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace stages {

namespace {

Requirement requirementOf(const Programme &programme, RequirementKind kind)
{
    for (const Requirement &r : programme.requirements) {
        if (r.kind == kind)
            return r;
    }
    return {};
}

} // namespace

EvidenceDialog::EvidenceDialog(TrainingService &training, const Session &session, const Educator &educator,
                               const Programme &programme, RequirementKind kind, const QList<SchoolClass> &classes,
                               const QDate &today, const std::optional<EvidenceRecord> &existing, QWidget *parent)
    : QDialog(parent)
    , m_training(training)
    , m_session(session)
    , m_educatorId(educator.id)
    , m_programmeId(programme.id)
    , m_kind(kind)
    , m_existing(existing)
{
    setObjectName(QStringLiteral("evidenceDialog"));
    const QString kindName = EvidenceTableModel::kindName(kind);
    setWindowTitle(existing ?
                             //: Dialog title: correct a piece of evidence, e.g. "Correct: Observed lesson"
                       tr("Correct: %1").arg(kindName)
                             //: Dialog title: record evidence, e.g. "Record: Workshop hours"
                             : tr("Record: %1").arg(kindName));
    auto *layout = new QVBoxLayout(this);
    //: Dialog intro: educator and programme, e.g. "Jana Nováková · Stages teacher"
    auto *who = new QLabel(tr("%1 · %2").arg(educator.displayName, programme.name), this);
    who->setObjectName(QStringLiteral("areaSubtitle"));
    layout->addWidget(who);
    auto *form = new QFormLayout;
    m_date = new QDateEdit(existing ? existing->evidence.date : today, this);
    m_date->setObjectName(QStringLiteral("evidenceDate"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(today);
    form->addRow(tr("&Date:"), m_date);
    //: Screen reader name of the field labelled "Date:"
    m_date->setAccessibleName(tr("Date"));

    const Requirement requirement = requirementOf(programme, kind);
    switch (kind) {
    case RequirementKind::WorkshopHours:
        m_hours = new QDoubleSpinBox(this);
        m_hours->setObjectName(QStringLiteral("evidenceHours"));
        m_hours->setRange(0.5, 200);
        m_hours->setSingleStep(0.5);
        m_hours->setDecimals(1);
        m_hours->setValue(existing ? existing->evidence.amount : 4);
        //: Unit after the number of workshop hours
        m_hours->setSuffix(tr(" h"));
        form->addRow(tr("&Hours:"), m_hours);
        //: Screen reader name of the field labelled "Hours:"
        m_hours->setAccessibleName(tr("Hours"));
        break;
    case RequirementKind::PracticumWeeks:
        m_weeks = new QSpinBox(this);
        m_weeks->setObjectName(QStringLiteral("evidenceWeeks"));
        m_weeks->setRange(1, 104);
        m_weeks->setValue(existing ? int(existing->evidence.amount) : 1);
        form->addRow(tr("&Weeks:"), m_weeks);
        //: Screen reader name of the field labelled "Weeks:"
        m_weeks->setAccessibleName(tr("Weeks"));
        m_class = new QComboBox(this);
        m_class->setObjectName(QStringLiteral("evidenceClass"));
        //: Practicum: the weeks are typed in, not counted from a class in Stages
        m_class->addItem(tr("Typed in above"), QString());
        for (const SchoolClass &c : classes)
            //: Practicum counted from a class of this school, e.g. "Count from class 2.B"
            m_class->addItem(tr("Count from class %1").arg(c.name), c.id);
        if (existing)
            m_class->setCurrentIndex(std::max(0, m_class->findData(existing->classId)));
        m_class->setToolTip(tr("Weeks with at least one exercise by a pupil of the class since the date count."));
        connect(m_class, &QComboBox::currentIndexChanged, this,
                [this] { m_weeks->setEnabled(m_class->currentData().toString().isEmpty()); });
        m_weeks->setEnabled(m_class->currentData().toString().isEmpty());
        form->addRow(tr("&Class:"), m_class);
        //: Screen reader name of the field labelled "Class:"
        m_class->setAccessibleName(tr("Class"));
        break;
    case RequirementKind::PortfolioItems:
        m_items = new QSpinBox(this);
        m_items->setObjectName(QStringLiteral("evidenceItems"));
        m_items->setRange(1, 100);
        m_items->setValue(existing ? int(existing->evidence.amount) : 1);
        form->addRow(tr("&Items:"), m_items);
        //: Screen reader name of the field labelled "Items:"
        m_items->setAccessibleName(tr("Items"));
        break;
    case RequirementKind::ObservedLessons:
        break;
    }
    layout->addLayout(form);
    if (kind == RequirementKind::ObservedLessons) {
        //: Above the rubric form of an observed lesson
        auto *rubricTitle = new QLabel(tr("Score each criterion of the lesson from 1 to 4:"), this);
        layout->addWidget(rubricTitle);
        m_rubric = new RubricForm(requirement.rubricCriteria, this);
        if (existing)
            m_rubric->setScores(existing->evidence.rubricScores);
        layout->addWidget(m_rubric);
    }
    auto *noteLabel = new QLabel(tr("&Note:"), this);
    layout->addWidget(noteLabel);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("evidenceNote"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(80);
    m_note->setPlaceholderText(tr("What happened, what to work on next (optional)"));
    if (existing)
        m_note->setPlainText(existing->note);
    noteLabel->setBuddy(m_note);
    layout->addWidget(m_note);
    if (existing) {
        auto *audit = new QLabel(tr("The old values stay in the audit log."), this);
        audit->setObjectName(QStringLiteral("hintSmall"));
        layout->addWidget(audit);
    }
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("dialogMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #BF360C;"));
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Ok);
    m_save->setObjectName(QStringLiteral("saveEvidenceButton"));
    m_save->setText(existing ? tr("Save correction") : tr("Record"));
    connect(buttons, &QDialogButtonBox::accepted, this, &EvidenceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EvidenceDialog::reject);
    layout->addWidget(buttons);
    resize(kind == RequirementKind::ObservedLessons ? 620 : 440, sizeHint().height());
}

NewEvidence EvidenceDialog::evidence() const
{
    NewEvidence e;
    e.educatorId = m_educatorId;
    e.programmeId = m_programmeId;
    e.kind = m_kind;
    e.date = m_date->date();
    e.note = m_note->toPlainText().trimmed();
    if (m_hours)
        e.amount = m_hours->value();
    if (m_weeks) {
        e.classId = m_class->currentData().toString();
        e.amount = e.classId.isEmpty() ? m_weeks->value() : 0;
    }
    if (m_items)
        e.amount = m_items->value();
    if (m_rubric) {
        e.rubricScores = m_rubric->scores();
        e.amount = 1;
    }
    return e;
}

void EvidenceDialog::accept()
{
    if (m_rubric && !m_rubric->isComplete()) {
        m_message->setText(tr("Choose a score from 1 to 4 for every criterion."));
        return;
    }
    auto saved = m_existing ? m_training.correctEvidence(m_session, m_existing->id, evidence())
                            : m_training.addEvidence(m_session, evidence());
    if (!saved) {
        m_message->setText(saved.error());
        return;
    }
    m_saved = saved.value();
    QDialog::accept();
}

} // namespace stages
