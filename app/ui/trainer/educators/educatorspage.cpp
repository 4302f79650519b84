#include "ui/trainer/educators/educatorspage.h"

#include "core/accounts/accountservice.h"
#include "core/training/trainingservice.h"
#include "ui/trainer/educators/addeducatordialog.h"
#include "ui/trainer/educators/educatorfiltermodel.h"
#include "ui/trainer/educators/educatortablemodel.h"
#include "ui/trainer/trainerwidgets.h"

#include <QComboBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

namespace stages {

EducatorsPage::EducatorsPage(TrainingService &training, AccountService &accounts, const Session &session,
                             QWidget *parent)
    : QWidget(parent)
    , m_training(training)
    , m_accounts(accounts)
    , m_session(session)
{
    setObjectName(QStringLiteral("educatorsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    auto *top = new QHBoxLayout;
    top->addWidget(trainerui::heading(tr("Educators"), this), 1);
    m_open = trainerui::button(QStringLiteral("teacher"), tr("Open"), QStringLiteral("openEducatorButton"), this);
    m_open->setToolTip(tr("Progress, evidence and certificates of the selected educator (Enter)"));
    m_open->setEnabled(false);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const QString id = selectedId(); !id.isEmpty())
            emit educatorActivated(id);
    });
    top->addWidget(m_open);
    m_add = trainerui::button(QStringLiteral("add"), tr("Add educator…"), QStringLiteral("addEducatorButton"), this);
    connect(m_add, &QPushButton::clicked, this, &EducatorsPage::addEducator);
    top->addWidget(m_add);
    layout->addLayout(top);

    auto *filters = new QHBoxLayout;
    auto *statusLabel = new QLabel(tr("&Status:"), this);
    filters->addWidget(statusLabel);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("educatorStatusFilter"));
    //: Screen reader name of the status filter of the educators
    m_status->setAccessibleName(tr("Status"));
    statusLabel->setBuddy(m_status);
    //: Status filter of the Educators page: every status
    m_status->addItem(tr("All"), -1);
    for (const EducatorStatus s : { EducatorStatus::InTraining, EducatorStatus::CertifiedTeacher,
                                    EducatorStatus::Trainer, EducatorStatus::Lapsed })
        m_status->addItem(educatorStatusName(s), int(s));
    filters->addWidget(m_status);
    filters->addSpacing(16);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("educatorSearch"));
    //: Screen reader name of the search field of the educators
    m_search->setAccessibleName(tr("Search educators"));
    m_search->setPlaceholderText(tr("Search by name or organisation"));
    m_search->setClearButtonEnabled(true);
    filters->addWidget(m_search, 1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("educatorCount"));
    filters->addWidget(m_count);
    layout->addLayout(filters);

    m_model = new EducatorTableModel(this);
    m_proxy = new EducatorFilterModel(this);
    m_proxy->setSourceModel(m_model);
    m_table = trainerui::makeTable(m_proxy, QStringLiteral("educatorTable"), this);
    //: Screen reader name of a table
    m_table->setAccessibleName(tr("Educators"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EducatorTableModel::NameColumn, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(EducatorTableModel::NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->resizeSection(EducatorTableModel::StatusColumn, 220);
    m_table->horizontalHeader()->resizeSection(EducatorTableModel::OrganisationColumn, 200);
    m_table->horizontalHeader()->resizeSection(EducatorTableModel::TrainedByColumn, 180);
    m_table->setToolTip(tr("Double-click or press Enter to open an educator."));
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { emit educatorActivated(index.data(Qt::UserRole).toString()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_open->setEnabled(!selectedId().isEmpty()); });
    layout->addWidget(m_table, 1);
    m_message = trainerui::messageLabel(QStringLiteral("educatorsMessage"), this);
    layout->addWidget(m_message);

    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        const int status = m_status->currentData().toInt();
        m_proxy->setStatus(status < 0 ? std::nullopt : std::optional(EducatorStatus(status)));
        updateCount();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        updateCount();
    });
    reload();
}

void EducatorsPage::reload()
{
    const QString selected = selectedId();
    auto educators = m_training.educators(m_session);
    m_model->setEducators(educators ? educators.value() : QList<Educator>());
    trainerui::showMessage(m_message, educators ? QString() : educators.error());
    updateCount();
    if (!selected.isEmpty())
        selectEducator(selected);
}

void EducatorsPage::selectEducator(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid()) {
        m_table->setCurrentIndex(index);
        m_table->selectRow(index.row());
    }
}

QString EducatorsPage::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(Qt::UserRole).toString();
}

void EducatorsPage::updateCount()
{
    //: How many educators the table shows after the filters, of how many there are
    m_count->setText(tr("%1 of %n", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
}

void EducatorsPage::addEducator()
{
    const QList<Person> staff = m_accounts.people(m_session).value_or({});
    AddEducatorDialog dialog(m_training, m_session, staff, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectEducator(dialog.added().id);
    m_table->setFocus();
    emit educatorsChanged();
}

} // namespace stages
