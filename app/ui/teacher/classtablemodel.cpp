#include "ui/teacher/classtablemodel.h"

namespace stages {

ClassTableModel::ClassTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ClassTableModel::setClasses(const QList<SchoolClass> &classes)
{
    beginResetModel();
    m_classes = classes;
    endResetModel();
}

int ClassTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_classes.size());
}

int ClassTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClassTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SchoolClass &c = m_classes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? QVariant(c.name) : QVariant(c.pupilCount);
    case Qt::TextAlignmentRole:
        return index.column() == PupilCountColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::UserRole:
        return c.id;
    default:
        return {};
    }
}

QVariant ClassTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Class");
    case PupilCountColumn:
        return tr("Pupils");
    default:
        return {};
    }
}

} // namespace stages
