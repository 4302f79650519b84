#pragma once

#include "core/progress/assignment.h"
#include "ui/teacher/assignments/assignmentitemwords.h"

#include <QAbstractTableModel>

namespace stages {

/// Completion of one assignment per pupil: name, items done (x/y), then one column per item with
/// a tick or a dash (words, not colour alone). SortRole gives sortable values.
class PupilCompletionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PupilColumn, DoneColumn, FirstItemColumn };
    static constexpr int SortRole = Qt::UserRole + 1;

    PupilCompletionModel(AssignmentItemWords words, QObject *parent = nullptr);

    void setAssignment(const Assignment &assignment);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    AssignmentItemWords m_words;
    Assignment m_assignment;
};

} // namespace stages
