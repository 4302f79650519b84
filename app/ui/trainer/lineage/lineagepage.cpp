#include "ui/trainer/lineage/lineagepage.h"

#include "core/training/trainingservice.h"
#include "ui/trainer/lineage/lineagetreemodel.h"
#include "ui/trainer/trainerwidgets.h"

#include <QHeaderView>
#include <QTreeView>

namespace stages {

LineagePage::LineagePage(TrainingService &training, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_training(training)
    , m_session(session)
{
    setObjectName(QStringLiteral("lineagePage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(trainerui::heading(tr("Lineage"), this));
    auto *intro = new QLabel(tr("Who certified whom. The founding trainers of the organisation stand at the top; "
                                "each educator sits under the trainer who signed their latest certificate."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_model = new LineageTreeModel(this);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("lineageTree"));
    //: Screen reader name of the tree of who trained whom
    m_tree->setAccessibleName(tr("Lineage of trainers"));
    m_tree->setModel(m_model);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setStyleSheet(QStringLiteral("QTreeView::item { padding: 6px 2px; }")); // as tall as the tables' rows
    m_tree->header()->setSectionResizeMode(LineageTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->resizeSection(LineageTreeModel::StatusColumn, 200);
    m_tree->header()->resizeSection(LineageTreeModel::RelationColumn, 300);
    m_tree->setToolTip(tr("Double-click or press Enter to open an educator."));
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        emit educatorActivated(index.siblingAtColumn(LineageTreeModel::NameColumn).data(Qt::UserRole).toString());
    });
    layout->addWidget(m_tree, 1);
    m_message = trainerui::messageLabel(QStringLiteral("lineageMessage"), this);
    layout->addWidget(m_message);
    reload();
}

void LineagePage::reload()
{
    auto lineage = m_training.lineage(m_session);
    m_model->setLineage(lineage ? lineage.value() : QList<LineageNode>());
    trainerui::showMessage(m_message, lineage ? QString() : lineage.error());
    m_tree->expandAll();
}

} // namespace stages
