#pragma once

#include "core/dashboard/dashboard.h"

#include <QAbstractTableModel>

namespace stages {

/// The school overview: one row per class (DashboardService::schoolOverview) with its pupils,
/// how many were active last week, the success rate, the median of stages at Proficient or
/// better and how many pupils need attention.
class ClassOverviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// A key that sorts class names in number order ("2.A" before "10.A").
    static QString naturalKey(const QString &name);

    enum Column {
        ClassColumn,
        PupilsColumn,
        ActiveColumn,
        SuccessColumn,
        MedianColumn,
        AttentionColumn,
        ColumnCount
    };
    enum Role {
        ClassIdRole = Qt::UserRole + 1,
        SortRole, ///< the raw figure (name, count, rate)
    };

    explicit ClassOverviewModel(QObject *parent = nullptr);

    void setRows(const QList<ClassOverviewRow> &rows);
    const QList<ClassOverviewRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ClassOverviewRow> m_rows;
};

} // namespace stages
