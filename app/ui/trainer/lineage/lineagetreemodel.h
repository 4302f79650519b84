#pragma once

#include "core/training/training.h"

#include <QStandardItemModel>

namespace stages {

/// Who certified whom, as a tree: each educator under the trainer who issued their latest
/// certificate; educators not certified yet under the trainer who trains them; founding
/// trainers (and anyone with neither) at the roots. Columns: name, status, relation.
/// Qt::UserRole on the name is the educator's id. A loop in the data (which the core should
/// never give) is cut: an educator appears once.
class LineageTreeModel : public QStandardItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, StatusColumn, RelationColumn, ColumnCount };

    explicit LineageTreeModel(QObject *parent = nullptr);

    void setLineage(const QList<LineageNode> &nodes);
    /// The item of the educator with @p id (name column); nullptr when absent.
    QStandardItem *itemFor(const QString &educatorId) const;
};

} // namespace stages
