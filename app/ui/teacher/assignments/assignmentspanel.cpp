#include "ui/teacher/assignments/assignmentspanel.h"

#include "core/school/classservice.h"
#include "exercises/domains/domains.h"
#include "ui/shell/appcontext.h"
#include "ui/teacher/assignments/assigndialog.h"
#include "ui/teacher/assignments/assignmenttablemodel.h"
#include "ui/teacher/assignments/pupilcompletionmodel.h"
#include "ui/widgets/artwork.h"
#include "ui/widgets/emptystate.h"

#include <QComboBox>
#include <QHeaderView>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>

namespace stages {

namespace {

QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(32);
    table->horizontalHeader()->setDefaultSectionSize(120);
    // A model without columns yet (no assignment chosen) has no section to stretch.
    if (model->columnCount() > 0)
        table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    return table;
}

} // namespace

AssignmentsPanel::AssignmentsPanel(AppContext &context, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_session(session)
    , m_service(context.database(), context.clock())
    , m_exercises(makeExerciseContent())
{
    setObjectName(QStringLiteral("assignmentsPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    auto *top = new QHBoxLayout;
    auto *heading = new QLabel(tr("Assignments"), this);
    heading->setObjectName(QStringLiteral("areaTitle"));
    top->addWidget(heading, 1);
    m_close = new QPushButton(tr("Close"), this);
    m_close->setObjectName(QStringLiteral("closeAssignment"));
    m_close->setToolTip(tr("Pupils no longer see the selected assignment; you still do."));
    m_close->setMinimumHeight(36);
    connect(m_close, &QPushButton::clicked, this, &AssignmentsPanel::closeSelected);
    top->addWidget(m_close);
    m_delete = new QPushButton(tr("Delete…"), this);
    m_delete->setObjectName(QStringLiteral("deleteAssignment"));
    m_delete->setMinimumHeight(36);
    connect(m_delete, &QPushButton::clicked, this, &AssignmentsPanel::deleteSelected);
    top->addWidget(m_delete);
    m_new = new QPushButton(Artwork::icon(QStringLiteral("add")), tr("New…"), this);
    m_new->setObjectName(QStringLiteral("newAssignment"));
    m_new->setIconSize(QSize(20, 20));
    m_new->setMinimumHeight(36);
    m_new->setToolTip(tr("Give stages or exercises to the class or some of its pupils."));
    connect(m_new, &QPushButton::clicked, this, &AssignmentsPanel::newAssignment);
    top->addWidget(m_new);
    layout->addLayout(top);

    auto *filters = new QHBoxLayout;
    auto *classLabel = new QLabel(tr("&Class:"), this);
    m_class = new QComboBox(this);
    m_class->setObjectName(QStringLiteral("assignmentsClass"));
    //: Screen reader name of the class choice of the assignments (its label says "Class:")
    m_class->setAccessibleName(tr("Class"));
    m_class->setMinimumWidth(160);
    classLabel->setBuddy(m_class);
    filters->addWidget(classLabel);
    filters->addWidget(m_class);
    filters->addStretch(1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("assignmentsMessage"));
    filters->addWidget(m_message);
    layout->addLayout(filters);

    const AssignmentItemWords words(domainTitles(), m_exercises.get());
    m_model = new AssignmentTableModel(words, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AssignmentTableModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_table = makeTable(m_proxy, QStringLiteral("assignmentTable"), this);
    //: Screen reader name of a table
    m_table->setAccessibleName(tr("Assignments"));
    m_table->sortByColumn(AssignmentTableModel::CreatedColumn, Qt::DescendingOrder);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AssignmentsPanel::selectionChanged);

    m_completionModel = new PupilCompletionModel(words, this);
    m_completionProxy = new QSortFilterProxyModel(this);
    m_completionProxy->setSourceModel(m_completionModel);
    m_completionProxy->setSortRole(PupilCompletionModel::SortRole);
    m_completionProxy->setSortLocaleAware(true);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 8, 0, 0);
    m_completionTitle = new QLabel(lower);
    m_completionTitle->setStyleSheet(QStringLiteral("font-weight: bold; font-size: 15px;"));
    lowerLayout->addWidget(m_completionTitle);
    m_completion = makeTable(m_completionProxy, QStringLiteral("completionTable"), lower);
    //: Screen reader name of a table
    m_completion->setAccessibleName(tr("Who has done the assignment"));
    m_completion->sortByColumn(PupilCompletionModel::PupilColumn, Qt::AscendingOrder);
    m_completion->horizontalHeader()->setStretchLastSection(true);
    lowerLayout->addWidget(m_completion, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(lower);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    m_views = new QStackedWidget(this);
    m_views->addWidget(split);
    m_views->addWidget(new EmptyState(QStringLiteral("stages"), tr("No assignments yet"),
                                      tr("Choose New… to give the class stages or exercises. Pupils see them first on "
                                         "their home, as pictures."),
                                      m_views));
    layout->addWidget(m_views, 1);

    connect(m_class, &QComboBox::currentIndexChanged, this, &AssignmentsPanel::reload);
    reload();
}

AssignmentsPanel::~AssignmentsPanel() = default;

QString AssignmentsPanel::currentClassId() const
{
    return m_class->currentData().toString();
}

void AssignmentsPanel::setClass(const QString &classId)
{
    if (const int i = m_class->findData(classId); i >= 0)
        m_class->setCurrentIndex(i);
}

QString AssignmentsPanel::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(Qt::UserRole).toString();
}

void AssignmentsPanel::reload()
{
    const QString keep = selectedId();
    {
        // Classes added since the page was made appear; the chosen one stays chosen.
        const QSignalBlocker block(m_class);
        const QString chosen = currentClassId();
        m_class->clear();
        for (const SchoolClass &c : m_context.classes().classes().value_or({}))
            m_class->addItem(c.name, c.id);
        m_class->setCurrentIndex(qMax(0, m_class->findData(chosen)));
    }
    const QString classId = currentClassId();
    m_message->clear();
    QList<Assignment> list;
    if (!classId.isEmpty()) {
        auto read = m_service.listForClass(m_session, classId);
        if (read)
            list = read.value();
        else
            m_message->setText(read.error());
    }
    m_model->setAssignments(list);
    m_views->setCurrentIndex(list.isEmpty() ? 1 : 0);
    m_new->setEnabled(m_class->count() > 0);
    select(keep);
    selectionChanged();
}

void AssignmentsPanel::select(const QString &id)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (m_proxy->index(row, 0).data(Qt::UserRole).toString() == id) {
            m_table->selectRow(row);
            return;
        }
    }
    if (m_proxy->rowCount() > 0)
        m_table->selectRow(0);
}

void AssignmentsPanel::selectionChanged()
{
    const int row = m_model->rowOf(selectedId());
    m_close->setEnabled(row >= 0 && !m_model->assignments().at(row).closed);
    m_delete->setEnabled(row >= 0);
    if (row < 0) {
        m_completionModel->clear();
        m_completionTitle->clear();
        return;
    }
    const Assignment &a = m_model->assignments().at(row);
    m_completionModel->setAssignment(a);
    m_completion->horizontalHeader()->setSectionResizeMode(PupilCompletionModel::PupilColumn,
                                                           QHeaderView::ResizeToContents);
    //: Above the per-pupil table of the selected assignment: %1 pupils done, %2 of how many
    m_completionTitle->setText(tr("Pupils: %1 of %2 done").arg(a.pupilsDone()).arg(a.pupils.size()));
}

bool AssignmentsPanel::newAssignment()
{
    AssignDialog dialog(m_context, m_session, m_exercises, this);
    dialog.preselect(currentClassId());
    m_dialog = &dialog;
    const bool made = dialog.exec() == QDialog::Accepted && dialog.created();
    m_dialog = nullptr;
    if (!made)
        return false;
    setClass(dialog.created()->classId);
    reload();
    select(dialog.created()->id);
    return true;
}

void AssignmentsPanel::closeSelected()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    if (auto s = m_service.close(m_session, id); !s)
        QMessageBox::warning(this, tr("Assignments"), s.error());
    reload();
}

void AssignmentsPanel::deleteSelected()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete the assignment?"),
        tr("The assignment disappears for you and the pupils. What the pupils did stays in their progress."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (auto s = m_service.remove(m_session, id); !s)
        QMessageBox::warning(this, tr("Assignments"), s.error());
    reload();
}

} // namespace stages
