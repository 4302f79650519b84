#pragma once

#include "core/progress/assignment.h"
#include "ui/teacher/assignments/assignmentitemwords.h"

#include <QAbstractTableModel>

namespace stages {

/// The assignments of one class as a table for the teacher: what, for whom, due, pupils done
/// (x/y), made on. Display text in DisplayRole, sortable values in SortRole, the id in UserRole.
class AssignmentTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { WhatColumn, ForWhomColumn, DueColumn, DoneColumn, CreatedColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    AssignmentTableModel(AssignmentItemWords words, QObject *parent = nullptr);

    void setAssignments(const QList<Assignment> &assignments);
    const QList<Assignment> &assignments() const { return m_assignments; }
    /// The row of @p id, or -1.
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    AssignmentItemWords m_words;
    QList<Assignment> m_assignments;
};

} // namespace stages
