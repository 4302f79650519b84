#pragma once

#include "core/progress/warmupresults.h"

#include <QAbstractTableModel>

namespace stages {

/// The pupils of one warm-up as table rows: took part, exercises, correct, average score, time.
/// Qt::UserRole gives a sortable value (numbers), Qt::UserRole + 1 the pupil's id.
class WarmUpResultsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PupilColumn, TookPartColumn, ExercisesColumn, CorrectColumn, ScoreColumn, TimeColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int PersonIdRole = Qt::UserRole + 1;

    explicit WarmUpResultsModel(QObject *parent = nullptr);

    void setSummary(const WarmUpSummary &summary);
    const WarmUpSummary &summary() const { return m_summary; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant display(const WarmUpPupilResult &r, int column) const;
    static QVariant sortValue(const WarmUpPupilResult &r, int column);

    WarmUpSummary m_summary;
};

} // namespace stages
