#pragma once

#include "core/dashboard/dashboard.h"

#include <QAbstractTableModel>

namespace stages {

/// The pupils of a class who need the teacher's attention, each with the reasons in words
/// (AttentionFlag::text): only rows of ClassDashboard::pupils that carry at least one flag.
class NeedsAttentionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PupilColumn, ReasonsColumn, LastActiveColumn, StagesColumn, ColumnCount };
    enum Role {
        PersonIdRole = Qt::UserRole + 1,
        SortRole, ///< name, number of reasons, last active time, stages
    };

    explicit NeedsAttentionModel(QObject *parent = nullptr);

    void setPupils(const QList<PupilProgressRow> &pupils);
    const QList<PupilProgressRow> &pupils() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PupilProgressRow> m_rows;
};

} // namespace stages
