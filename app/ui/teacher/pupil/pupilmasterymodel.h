#pragma once

#include "core/progress/attemptservice.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace stages {

/// One pupil's mastery as a grid: one row per domain, one column per stage (the domain's title
/// in column 0). A cell shows the level number (0-4); LevelRole gives the MasteryLevel as an int,
/// or -1 where the domain has no such stage. Filled from DashboardService::pupilMastery and the
/// domains' ladders; a stage the pupil has not tried is NotStarted.
class PupilMasteryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int LevelRole = Qt::UserRole + 1;
    static constexpr int DomainRole = Qt::UserRole + 2; ///< the domain id, on every cell of a row

    /// A domain as the grid shows it: its id, title and the titles of its stages (stage 1 first).
    struct Domain
    {
        QString id;
        QString title;
        QStringList stageTitles;
    };

    explicit PupilMasteryModel(QObject *parent = nullptr);

    void setMastery(const QList<Domain> &domains, const QList<StageMastery> &mastery);
    /// The level in @p domain's @p stage (NotStarted when not tried or unknown).
    MasteryLevel level(const QString &domain, int stage) const;
    QString domainAt(int row) const;
    /// The first stage of the row's domain below Proficient (what to assign next); 0 when every
    /// stage is Proficient or Mastered, or the row does not exist.
    int nextStage(int row) const;
    /// The stage a cell stands for (its column), or 0 for the title column.
    static int stageOf(const QModelIndex &index) { return index.column(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Row
    {
        Domain domain;
        QList<StageMastery> stages; ///< index: stage - 1, one per ladder stage
    };
    const StageMastery *cell(const QModelIndex &index) const;

    QList<Row> m_rows;
    int m_columns = 1;
};

} // namespace stages
