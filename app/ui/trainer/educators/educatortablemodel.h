#pragma once

#include "core/training/training.h"

#include <QAbstractTableModel>

namespace stages {

/// The educators of the trainer's Educators page, one row each: name, status, organisation,
/// who trains them and whether they may sign. Qt::UserRole on any column is the educator's id,
/// StatusRole the EducatorStatus as an int (for the status filter).
class EducatorTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, StatusColumn, OrganisationColumn, TrainedByColumn, ColumnCount };
    enum Roles { StatusRole = Qt::UserRole + 1 };

    explicit EducatorTableModel(QObject *parent = nullptr);

    void setEducators(const QList<Educator> &educators);
    const QList<Educator> &educators() const { return m_educators; }
    /// The row of the educator with @p id; -1 when not listed.
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Educator> m_educators;
};

} // namespace stages
