#include "ui/teacher/assignments/assigndialog.h"

#include "core/accounts/accountservice.h"
#include "core/clock.h"
#include "core/school/classservice.h"
#include "exercises/domains/domains.h"
#include "ui/shell/appcontext.h"
#include "ui/teacher/assignments/assignmentitemwords.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QListWidget>
#include <QRadioButton>
#include <QStackedWidget>

namespace stages {

namespace {

QListWidget *checkList(const QString &name, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(name);
    list->setMinimumHeight(120);
    // Space ticks the current row: the list works from the keyboard alone.
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    return list;
}

QListWidgetItem *checkItem(const QString &text, const QVariant &data, QListWidget *list)
{
    auto *item = new QListWidgetItem(text, list);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
    item->setData(Qt::UserRole, data);
    return item;
}

} // namespace

AssignDialog::AssignDialog(AppContext &context, const Session &session,
                           std::shared_ptr<const ExerciseContent> exercises, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_session(session)
    , m_service(context.database(), context.clock())
    , m_content(std::move(exercises))
{
    setObjectName(QStringLiteral("assignDialog"));
    setWindowTitle(tr("Assign work"));
    resize(620, 640);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;

    m_class = new QComboBox(this);
    m_class->setObjectName(QStringLiteral("assignClass"));
    for (const SchoolClass &c : context.classes().classes().value_or({}))
        m_class->addItem(c.name, c.id);
    form->addRow(tr("&Class:"), m_class);
    //: Screen reader name of the field labelled "Class:"
    m_class->setAccessibleName(tr("Class"));

    auto *whom = new QWidget(this);
    auto *whomLayout = new QVBoxLayout(whom);
    whomLayout->setContentsMargins(0, 0, 0, 0);
    m_wholeClass = new QRadioButton(tr("The &whole class"), whom);
    m_wholeClass->setObjectName(QStringLiteral("assignWholeClass"));
    m_wholeClass->setChecked(true);
    m_somePupils = new QRadioButton(tr("Only the &pupils ticked below"), whom);
    m_somePupils->setObjectName(QStringLiteral("assignSomePupils"));
    m_pupils = checkList(QStringLiteral("assignPupils"), whom);
    //: Screen reader name of the list of pupils to tick in the assignment dialog
    m_pupils->setAccessibleName(tr("Pupils"));
    m_pupils->setEnabled(false);
    whomLayout->addWidget(m_wholeClass);
    whomLayout->addWidget(m_somePupils);
    whomLayout->addWidget(m_pupils);
    connect(m_somePupils, &QRadioButton::toggled, m_pupils, &QWidget::setEnabled);
    form->addRow(tr("For whom:"), whom);

    m_domain = new QComboBox(this);
    m_domain->setObjectName(QStringLiteral("assignDomain"));
    for (const DomainModule *d : allDomains()) {
        if (d->isAvailable())
            m_domain->addItem(d->title(), d->id());
    }
    form->addRow(tr("&Game:"), m_domain);
    //: Screen reader name of the field labelled "Game:"
    m_domain->setAccessibleName(tr("Game"));

    auto *mode = new QWidget(this);
    auto *modeLayout = new QHBoxLayout(mode);
    modeLayout->setContentsMargins(0, 0, 0, 0);
    m_stagesMode = new QRadioButton(tr("Whole &stages"), mode);
    m_stagesMode->setObjectName(QStringLiteral("assignStagesMode"));
    m_stagesMode->setChecked(true);
    m_exercisesMode = new QRadioButton(tr("Particular &exercises"), mode);
    m_exercisesMode->setObjectName(QStringLiteral("assignExercisesMode"));
    modeLayout->addWidget(m_stagesMode);
    modeLayout->addWidget(m_exercisesMode);
    modeLayout->addStretch(1);
    form->addRow(tr("What:"), mode);

    m_what = new QStackedWidget(this);
    m_stages = checkList(QStringLiteral("assignStages"), m_what);
    //: Screen reader name of the list of stages to tick in the assignment dialog
    m_stages->setAccessibleName(tr("Stages"));
    m_what->addWidget(m_stages);
    auto *exercisesPage = new QWidget(m_what);
    auto *exercisesLayout = new QVBoxLayout(exercisesPage);
    exercisesLayout->setContentsMargins(0, 0, 0, 0);
    m_exerciseStage = new QComboBox(exercisesPage);
    m_exerciseStage->setObjectName(QStringLiteral("assignExerciseStage"));
    m_exerciseStage->setAccessibleName(tr("Stage of the exercises"));
    exercisesLayout->addWidget(m_exerciseStage);
    m_exercises = checkList(QStringLiteral("assignExercises"), exercisesPage);
    exercisesLayout->addWidget(m_exercises, 1);
    m_what->addWidget(exercisesPage);
    connect(m_exercisesMode, &QRadioButton::toggled, this, [this](bool on) { m_what->setCurrentIndex(on ? 1 : 0); });
    form->addRow(QString(), m_what);

    auto *due = new QWidget(this);
    auto *dueLayout = new QHBoxLayout(due);
    dueLayout->setContentsMargins(0, 0, 0, 0);
    m_dueCheck = new QCheckBox(tr("&Due date"), due);
    m_dueCheck->setObjectName(QStringLiteral("assignDueCheck"));
    m_due = new QDateEdit(due);
    m_due->setObjectName(QStringLiteral("assignDueDate"));
    //: Screen reader name of the due date field of the assignment dialog
    m_due->setAccessibleName(tr("Due date"));
    m_due->setCalendarPopup(true);
    const QDate today = context.clock().now().toLocalTime().date();
    m_due->setMinimumDate(today);
    m_due->setDate(today.addDays(7));
    m_due->setEnabled(false);
    connect(m_dueCheck, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    dueLayout->addWidget(m_dueCheck);
    dueLayout->addWidget(m_due);
    dueLayout->addStretch(1);
    form->addRow(tr("When:"), due);
    layout->addLayout(form, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("dialogMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #C62828;"));
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_assign = buttons->addButton(tr("Assign"), QDialogButtonBox::AcceptRole);
    m_assign->setObjectName(QStringLiteral("assignButton"));
    m_assign->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &AssignDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_class, &QComboBox::currentIndexChanged, this, &AssignDialog::fillPupils);
    connect(m_domain, &QComboBox::currentIndexChanged, this, &AssignDialog::fillStages);
    connect(m_exerciseStage, &QComboBox::currentIndexChanged, this, &AssignDialog::fillExercises);
    fillPupils();
    fillStages();
}

const ExerciseContent &AssignDialog::content()
{
    if (!m_content)
        m_content = makeExerciseContent();
    return *m_content;
}

void AssignDialog::fillPupils()
{
    m_pupils->clear();
    for (const Person &p : m_context.accounts().pupilsForSignIn(m_class->currentData().toString()).value_or({}))
        checkItem(p.displayName, p.id, m_pupils);
}

void AssignDialog::fillStages()
{
    m_stages->clear();
    {
        const QSignalBlocker block(m_exerciseStage);
        m_exerciseStage->clear();
        const StageLadder *ladder = content().catalogue().ladder(m_domain->currentData().toString());
        for (const Stage &s : ladder ? ladder->stages() : QList<Stage>()) {
            //: A stage in the teacher's list: %1 its number, %2 its title ("Three elements")
            const QString text = tr("Stage %1: %2").arg(s.number).arg(s.title);
            checkItem(text, s.number, m_stages)->setToolTip(s.goal);
            m_exerciseStage->addItem(text, s.number);
        }
    }
    fillExercises();
}

void AssignDialog::fillExercises()
{
    m_exercises->clear();
    const AssignmentItemWords words(domainTitles(), &content());
    for (const Exercise *e :
         content().catalogue().select(m_domain->currentData().toString(), m_exerciseStage->currentData().toInt())) {
        checkItem(words.exerciseName(e->id), e->id, m_exercises)->setToolTip(e->id);
    }
}

void AssignDialog::preselect(const QString &classId, const QStringList &pupilIds, const QString &domain,
                             const QList<int> &stages)
{
    if (const int i = m_class->findData(classId); i >= 0)
        m_class->setCurrentIndex(i);
    (pupilIds.isEmpty() ? m_wholeClass : m_somePupils)->setChecked(true);
    for (int row = 0; row < m_pupils->count(); ++row) {
        QListWidgetItem *item = m_pupils->item(row);
        item->setCheckState(pupilIds.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    if (!domain.isEmpty()) {
        if (const int i = m_domain->findData(domain); i >= 0)
            m_domain->setCurrentIndex(i);
    }
    m_stagesMode->setChecked(true);
    for (int row = 0; row < m_stages->count(); ++row) {
        QListWidgetItem *item = m_stages->item(row);
        item->setCheckState(stages.contains(item->data(Qt::UserRole).toInt()) ? Qt::Checked : Qt::Unchecked);
        if (stages.value(0) == item->data(Qt::UserRole).toInt())
            m_stages->setCurrentItem(item);
    }
}

AssignmentRequest AssignDialog::request() const
{
    AssignmentRequest r;
    r.classId = m_class->currentData().toString();
    if (m_somePupils->isChecked()) {
        for (int row = 0; row < m_pupils->count(); ++row) {
            if (m_pupils->item(row)->checkState() == Qt::Checked)
                r.pupilIds.append(m_pupils->item(row)->data(Qt::UserRole).toString());
        }
    }
    const QString domain = m_domain->currentData().toString();
    if (m_stagesMode->isChecked()) {
        for (int row = 0; row < m_stages->count(); ++row) {
            if (m_stages->item(row)->checkState() == Qt::Checked)
                r.items.append({ domain, m_stages->item(row)->data(Qt::UserRole).toInt(), {} });
        }
    } else {
        const int stage = m_exerciseStage->currentData().toInt();
        for (int row = 0; row < m_exercises->count(); ++row) {
            if (m_exercises->item(row)->checkState() == Qt::Checked)
                r.items.append({ domain, stage, m_exercises->item(row)->data(Qt::UserRole).toString() });
        }
    }
    if (m_dueCheck->isChecked())
        r.dueOn = m_due->date();
    return r;
}

void AssignDialog::accept()
{
    const AssignmentRequest r = request();
    if (m_somePupils->isChecked() && r.pupilIds.isEmpty()) {
        m_message->setText(tr("Tick at least one pupil, or choose the whole class."));
        return;
    }
    auto made = m_service.create(m_session, r);
    if (!made) {
        m_message->setText(made.error());
        return;
    }
    m_created = made.value();
    QDialog::accept();
}

} // namespace stages
