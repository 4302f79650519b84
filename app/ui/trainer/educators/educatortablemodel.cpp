#include "ui/trainer/educators/educatortablemodel.h"

namespace stages {

EducatorTableModel::EducatorTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void EducatorTableModel::setEducators(const QList<Educator> &educators)
{
    beginResetModel();
    m_educators = educators;
    endResetModel();
}

int EducatorTableModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_educators.size(); ++row) {
        if (m_educators.at(row).id == id)
            return row;
    }
    return -1;
}

int EducatorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_educators.size());
}

int EducatorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EducatorTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_educators.size())
        return {};
    const Educator &e = m_educators.at(index.row());
    if (role == Qt::UserRole)
        return e.id;
    if (role == StatusRole)
        return int(e.status);
    if (role == Qt::ToolTipRole && index.column() == NameColumn) {
        if (e.founding)
            //: Tooltip on an educator: one of the organisation's first trainers
            return tr("A founding trainer of the organisation");
        return e.personId.isEmpty() ? tr("Only a record: no account in this database") : tr("Has an account in Stages");
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return e.displayName;
    case StatusColumn:
        return e.canSign ? tr("%1 · may sign").arg(educatorStatusName(e.status)) : educatorStatusName(e.status);
    case OrganisationColumn:
        return e.organisation;
    case TrainedByColumn:
        //: Educators table: nobody trains this educator (a founding trainer, say)
        return e.trainedByName.isEmpty() ? tr("—") : e.trainedByName;
    default:
        return {};
    }
}

QVariant EducatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case OrganisationColumn:
        //: Column: the educator's school or organisation
        return tr("Organisation");
    case TrainedByColumn:
        return tr("Trained by");
    default:
        return {};
    }
}

} // namespace stages
