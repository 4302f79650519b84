#include "ui/trainer/lineage/lineagetreemodel.h"

#include <QHash>
#include <functional>
#include <QSet>

namespace stages {

LineageTreeModel::LineageTreeModel(QObject *parent)
    : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({ tr("Educator"), tr("Status"),
                                //: Lineage column: how the educator hangs under their parent
                                tr("Relation") });
}

void LineageTreeModel::setLineage(const QList<LineageNode> &nodes)
{
    removeRows(0, rowCount());
    QHash<QString, const LineageNode *> byId;
    for (const LineageNode &n : nodes)
        byId.insert(n.educatorId, &n);
    const auto parentOf = [&](const LineageNode &n) {
        if (!n.certifiedById.isEmpty() && byId.contains(n.certifiedById))
            return n.certifiedById;
        if (n.certificateIds.isEmpty() && !n.trainedById.isEmpty() && byId.contains(n.trainedById))
            return n.trainedById;
        return QString();
    };
    QHash<QString, QList<const LineageNode *>> children;
    QList<const LineageNode *> roots;
    for (const LineageNode &n : nodes) {
        const QString parent = parentOf(n);
        if (parent.isEmpty() || parent == n.educatorId)
            roots.append(&n);
        else
            children[parent].append(&n);
    }
    QSet<QString> placed;
    std::function<void(QStandardItem *, const LineageNode *)> add = [&](QStandardItem *under, const LineageNode *n) {
        if (placed.contains(n->educatorId))
            return;
        placed.insert(n->educatorId);
        auto *name = new QStandardItem(n->name);
        name->setData(n->educatorId, Qt::UserRole);
        name->setEditable(false);
        auto *status = new QStandardItem(educatorStatusName(n->status));
        status->setEditable(false);
        QString relation;
        if (!under)
            relation = n->certificateIds.isEmpty() ? QString()
                                                   //: Lineage: a root of the tree, certified by nobody here
                                                   : tr("founding trainer");
        else if (!n->certifiedById.isEmpty())
            //: Lineage: the parent row certified this educator
            relation = tr("certified by %1").arg(under->text());
        else
            //: Lineage: the parent row trains this educator, no certificate yet
            relation = tr("in training with %1").arg(under->text());
        auto *rel = new QStandardItem(relation);
        rel->setEditable(false);
        const QList<QStandardItem *> row { name, status, rel };
        if (under)
            under->appendRow(row);
        else
            appendRow(row);
        for (const LineageNode *child : children.value(n->educatorId))
            add(name, child);
    };
    for (const LineageNode *root : roots)
        add(nullptr, root);
    // Whatever is left sits in a loop: put it at the roots rather than lose it.
    for (const LineageNode &n : nodes)
        add(nullptr, &n);
}

QStandardItem *LineageTreeModel::itemFor(const QString &educatorId) const
{
    const QModelIndexList found
        = match(index(0, 0), Qt::UserRole, educatorId, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? nullptr : itemFromIndex(found.first());
}

} // namespace stages
