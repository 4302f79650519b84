#include "ui/teacher/assignments/pupilcompletionmodel.h"

namespace stages {

PupilCompletionModel::PupilCompletionModel(AssignmentItemWords words, QObject *parent)
    : QAbstractTableModel(parent)
    , m_words(std::move(words))
{ }

void PupilCompletionModel::setAssignment(const Assignment &assignment)
{
    beginResetModel();
    m_assignment = assignment;
    endResetModel();
}

void PupilCompletionModel::clear()
{
    setAssignment({});
}

int PupilCompletionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_assignment.pupils.size());
}

int PupilCompletionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_assignment.id.isEmpty() ? 0 : FirstItemColumn + int(m_assignment.items.size());
}

QVariant PupilCompletionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PupilCompletion &p = m_assignment.pupils.at(index.row());
    const int item = index.column() - FirstItemColumn;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == PupilColumn)
            return p.name;
        if (index.column() == DoneColumn)
            //: Items of an assignment a pupil has done: %1 done, %2 of how many
            return tr("%1/%2").arg(p.doneCount()).arg(p.itemsDone.size());
        //: A cell of the completion table: this stage is done (a tick) or not yet (a dash)
        return p.itemsDone.value(item) ? tr("✓ done") : tr("–");
    case SortRole:
        if (index.column() == PupilColumn)
            return p.name;
        if (index.column() == DoneColumn)
            return p.doneCount();
        return p.itemsDone.value(item) ? 1 : 0;
    case Qt::TextAlignmentRole:
        return index.column() == PupilColumn ? QVariant() : QVariant(int(Qt::AlignCenter));
    case Qt::UserRole:
        return p.personId;
    default:
        return {};
    }
}

QVariant PupilCompletionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == PupilColumn)
        return tr("Pupil");
    if (section == DoneColumn)
        return tr("Done");
    const int item = section - FirstItemColumn;
    if (item < 0 || item >= m_assignment.items.size())
        return {};
    return m_words.item(m_assignment.items.at(item));
}

} // namespace stages
