#pragma once

#include "core/dashboard/dashboard.h"
#include "exercises/framework/stageladder.h"

#include <QAbstractTableModel>

namespace stages {

/// The heat map of one domain: a row per pupil, column 0 the pupil's name, then a column per
/// stage of the domain's ladder holding the pupil's mastery level (NotStarted where the pupil
/// has not tried the stage). Filled from ClassDashboard::pupils; no database.
class HeatMapModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        LevelRole = Qt::UserRole + 1, ///< int MasteryLevel of a stage cell (-1 in the name column)
        PersonIdRole,                 ///< the pupil's id, in every column
        SortRole,                     ///< name for column 0, level for the stage columns
    };

    explicit HeatMapModel(QObject *parent = nullptr);

    /// @p stages: the columns, in ladder order (StageLadder::stages()).
    void setPupils(const QList<PupilProgressRow> &pupils, const QString &domain, const QList<Stage> &stages);

    QString domain() const { return m_domain; }
    /// The column of stage @p number, or -1.
    int columnOfStage(int number) const;
    MasteryLevel level(int row, int stageNumber) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PupilProgressRow> m_pupils;
    QString m_domain;
    QList<Stage> m_stages;
};

} // namespace stages
