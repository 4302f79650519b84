#include "ui/teacher/assignments/assignmenttablemodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace stages {

AssignmentTableModel::AssignmentTableModel(AssignmentItemWords words, QObject *parent)
    : QAbstractTableModel(parent)
    , m_words(std::move(words))
{ }

void AssignmentTableModel::setAssignments(const QList<Assignment> &assignments)
{
    beginResetModel();
    m_assignments = assignments;
    endResetModel();
}

int AssignmentTableModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_assignments.size(); ++row) {
        if (m_assignments.at(row).id == id)
            return row;
    }
    return -1;
}

int AssignmentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_assignments.size());
}

int AssignmentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssignmentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Assignment &a = m_assignments.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhatColumn:
            //: An assignment the teacher closed (pupils no longer see it): %1 what it asked
            return a.closed ? tr("%1 (closed)").arg(m_words.items(a.items)) : m_words.items(a.items);
        case ForWhomColumn:
            return AssignmentItemWords::forWhom(a);
        case DueColumn:
            //: Due column of an assignment without a due date
            return a.dueOn.isValid() ? QLocale().toString(a.dueOn, QLocale::ShortFormat) : tr("–");
        //: Pupils who finished an assignment: %1 done, %2 of how many
        case DoneColumn:
            return tr("%1/%2").arg(a.pupilsDone()).arg(a.pupils.size());
        case CreatedColumn:
            return QLocale().toString(a.createdAt.toLocalTime().date(), QLocale::ShortFormat);
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case DueColumn:
            return a.dueOn.isValid() ? QVariant(a.dueOn) : QVariant(QDate(9999, 12, 31));
        case DoneColumn:
            return a.pupils.isEmpty() ? 0.0 : double(a.pupilsDone()) / double(a.pupils.size());
        case CreatedColumn:
            return a.createdAt;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (index.column() == WhatColumn) {
            QStringList lines;
            for (const AssignmentItem &item : a.items)
                lines.append(m_words.item(item));
            return lines.join(QLatin1Char('\n'));
        }
        return {};
    case Qt::ForegroundRole:
        return a.closed ? QVariant(QBrush(QColor(QStringLiteral("#78909C")))) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == DoneColumn ? QVariant(int(Qt::AlignCenter)) : QVariant();
    case Qt::UserRole:
        return a.id;
    default:
        return {};
    }
}

QVariant AssignmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    //: Column of the assignments table: the stages or exercises asked
    case WhatColumn:
        return tr("What");
    case ForWhomColumn:
        return tr("For whom");
    case DueColumn:
        return tr("Due");
    //: Column: how many pupils have finished the assignment
    case DoneColumn:
        return tr("Done");
    case CreatedColumn:
        return tr("Given on");
    default:
        return {};
    }
}

} // namespace stages
