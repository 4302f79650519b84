#include "ui/teacher/warmup/warmupresultsview.h"

#include "ui/teacher/warmup/warmupresultsmodel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace stages {

WarmUpResultsView::WarmUpResultsView(Database &database, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_results(database)
    , m_session(session)
{
    setObjectName(QStringLiteral("warmUpResults"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    auto *heading = new QLabel(tr("Results of warm-ups"), this);
    heading->setStyleSheet(QStringLiteral("font-size: 17px; font-weight: bold; color: #263238;"));
    layout->addWidget(heading);

    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("&Warm-up:"), this);
    m_choice = new QComboBox(this);
    m_choice->setObjectName(QStringLiteral("warmUpChoice"));
    m_choice->setAccessibleName(tr("Warm-up"));
    m_choice->setMinimumWidth(320);
    label->setBuddy(m_choice);
    row->addWidget(label);
    row->addWidget(m_choice);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("warmUpSummary"));
    m_summary->setStyleSheet(QStringLiteral("color: #37474F;"));
    row->addWidget(m_summary, 1);
    layout->addLayout(row);

    m_model = new WarmUpResultsModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(WarmUpResultsModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("warmUpResultsTable"));
    m_table->setAccessibleName(tr("Pupils' results in the warm-up"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(WarmUpResultsModel::PupilColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(WarmUpResultsModel::PupilColumn, QHeaderView::Stretch);
    m_table->setMinimumHeight(160);
    m_table->installEventFilter(this);
    connect(m_table, &QTableView::doubleClicked, this, &WarmUpResultsView::activate);
    layout->addWidget(m_table, 1);

    connect(m_choice, &QComboBox::currentIndexChanged, this, &WarmUpResultsView::showChosen);
    reload();
}

void WarmUpResultsView::reload()
{
    const QString chosen = m_choice->currentData().toString();
    auto history = m_results.history(m_session);
    const QSignalBlocker block(m_choice);
    m_choice->clear();
    if (!history) {
        m_summary->setText(history.error());
        m_model->setSummary({});
        return;
    }
    for (const ClassWarmUp &w : history.value()) {
        //: A warm-up in the list of results: %1 class ("2.A"), %2 date and time it started
        m_choice->addItem(tr("%1, %2").arg(w.className, QLocale().toString(w.startedAt.toLocalTime(), QLocale::ShortFormat)), w.id);
    }
    const int again = m_choice->findData(chosen);
    m_choice->setCurrentIndex(again >= 0 ? again : (m_choice->count() > 0 ? 0 : -1));
    m_choice->setEnabled(m_choice->count() > 0);
    showChosen();
}

void WarmUpResultsView::showWarmUp(const QString &warmUpId)
{
    const int i = m_choice->findData(warmUpId);
    if (i >= 0)
        m_choice->setCurrentIndex(i);
}

void WarmUpResultsView::showChosen()
{
    const QString id = m_choice->currentData().toString();
    if (id.isEmpty()) {
        m_model->setSummary({});
        m_summary->setText(tr("No warm-up yet. Start one above; its results appear here."));
        return;
    }
    auto summary = m_results.results(m_session, id);
    if (!summary) {
        m_model->setSummary({});
        m_summary->setText(summary.error());
        return;
    }
    m_model->setSummary(summary.value());
    //: Warm-up results: %1 pupils who did at least one exercise, %2 pupils in the class
    m_summary->setText(tr("%1 of %2 pupils took part.").arg(summary->participants()).arg(summary->pupils.size()));
}

void WarmUpResultsView::activate(const QModelIndex &index)
{
    if (index.isValid())
        emit pupilActivated(index.data(WarmUpResultsModel::PersonIdRole).toString());
}

bool WarmUpResultsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            activate(m_table->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace stages
