#include "ui/teacher/pupilsworkpanel.h"

#include "core/school/classservice.h"
#include "exercises/domains/domains.h"
#include "ui/teacher/artifactdialog.h"
#include "ui/teacher/artifacttablemodel.h"
#include "ui/widgets/emptystate.h"

#include <QComboBox>
#include <QHeaderView>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>

namespace stages {

PupilsWorkPanel::PupilsWorkPanel(Database &database, const Clock &clock, ClassService &classes, const Session &session,
                                 QWidget *parent)
    : QWidget(parent)
    , m_service(database, clock)
    , m_classes(classes)
    , m_session(session)
{
    setObjectName(QStringLiteral("pupilsWorkPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    auto *top = new QHBoxLayout;
    auto *heading = new QLabel(tr("Pupils' work"), this);
    heading->setObjectName(QStringLiteral("areaTitle"));
    top->addWidget(heading, 1);
    m_open = new QPushButton(tr("Open…"), this);
    m_open->setObjectName(QStringLiteral("openWork"));
    m_open->setMinimumHeight(36);
    m_open->setEnabled(false);
    connect(m_open, &QPushButton::clicked, this, &PupilsWorkPanel::openSelected);
    top->addWidget(m_open);
    layout->addLayout(top);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Class:"), this));
    m_classFilter = new QComboBox(this);
    m_classFilter->setObjectName(QStringLiteral("workClassFilter"));
    //: Screen reader name of the class filter (its label says "Class:")
    m_classFilter->setAccessibleName(tr("Class"));
    m_classFilter->setMinimumWidth(160);
    connect(m_classFilter, &QComboBox::currentIndexChanged, this, &PupilsWorkPanel::reload);
    filters->addWidget(m_classFilter);
    filters->addStretch(1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("workCount"));
    filters->addWidget(m_count);
    layout->addLayout(filters);

    m_model = new ArtifactTableModel([this](const QString &id) { return exerciseName(id); }, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ArtifactTableModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("workTable"));
    //: Screen reader name of the table of the pupils' saved work
    m_table->setAccessibleName(tr("Pupils' work"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ArtifactTableModel::DateColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Arrows move inside the table, Tab moves on to the next control (issue 14, point 4).
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(34);
    m_table->horizontalHeader()->setDefaultSectionSize(130);
    m_table->horizontalHeader()->setSectionResizeMode(ArtifactTableModel::ExerciseColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ArtifactTableModel::PupilColumn, QHeaderView::ResizeToContents);
    m_table->setToolTip(tr("Double-click a piece of work to open it."));
    connect(m_table, &QTableView::activated, this, &PupilsWorkPanel::openSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_open->setEnabled(m_table->selectionModel()->hasSelection()); });

    m_views = new QStackedWidget(this);
    m_views->addWidget(m_table);
    m_views->addWidget(new EmptyState(
        QStringLiteral("work"), tr("No work yet"),
        tr("When pupils create their own rows, move sequences or melodies, they appear here."), m_views));
    layout->addWidget(m_views, 1);

    {
        const QSignalBlocker block(m_classFilter);
        m_classFilter->addItem(tr("All classes"), QString());
        for (const SchoolClass &c : m_classes.classes().value_or({}))
            m_classFilter->addItem(c.name, c.id);
    }
    reload();
}

PupilsWorkPanel::~PupilsWorkPanel() = default;

QString PupilsWorkPanel::exerciseName(const QString &exerciseId) const
{
    // Empty when unknown (another domain's exercise): the table then shows the work's title.
    const Exercise *e = m_exercises ? m_exercises->catalogue().find(exerciseId) : nullptr;
    if (!e)
        return {};
    const StageLadder *ladder = m_exercises->catalogue().ladder(e->domain);
    const Stage *stage = ladder ? ladder->stage(e->stage) : nullptr;
    //: An exercise for teachers: %1 stage number, %2 stage title ("Creating")
    return stage ? tr("Stage %1: %2").arg(e->stage).arg(stage->title) : QString();
}

void PupilsWorkPanel::reload()
{
    auto list = m_service.list(m_session, m_classFilter->currentData().toString());
    if (!list) {
        m_count->setText(list.error());
        m_model->setArtifacts({});
        return;
    }
    // The catalogue is only needed once there is work to name and draw.
    if (!m_exercises && !list->isEmpty())
        m_exercises = makeExerciseContent();
    m_model->setArtifacts(list.value());
    m_views->setCurrentIndex(list->isEmpty() ? 1 : 0);
    //: Number of pieces of pupils' work in the table
    m_count->setText(tr("%n piece(s) of work", nullptr, int(list->size())));
    m_open->setEnabled(m_table->selectionModel()->hasSelection());
}

void PupilsWorkPanel::openSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        open(rows.first().data(Qt::UserRole).toString());
}

bool PupilsWorkPanel::open(const QString &artifactId)
{
    const auto detail = m_service.read(m_session, artifactId);
    if (!detail) {
        QMessageBox::information(this, tr("Pupils' work"), detail.error());
        return false;
    }
    if (!m_exercises)
        m_exercises = makeExerciseContent();
    ArtifactDialog dialog(m_service, m_session, detail.value(), m_exercises, this);
    m_dialog = &dialog;
    dialog.exec();
    m_dialog = nullptr;
    // New comments change the counts; keep the same work selected.
    reload();
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (m_proxy->index(row, 0).data(Qt::UserRole).toString() == artifactId)
            m_table->selectRow(row);
    }
    return true;
}

} // namespace stages
