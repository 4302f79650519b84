#pragma once

#include "core/dashboard/dashboard.h"

#include <QAbstractTableModel>

#include <functional>

namespace stages {

/// A pupil's attempts for a table, newest first as given: what (in words), when (local time),
/// score, time taken, hints and whether it was solved. SortRole gives values that sort right
/// (numbers and QDateTime, not text); Qt::UserRole on any column gives the attempt id.
class AttemptTimelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { WhatColumn, WhenColumn, ScoreColumn, TimeColumn, HintsColumn, SolvedColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    /// @p describe puts an attempt's exercise into words ("Music · Stage 3: Rhythm"); without it,
    /// the domain and stage number are shown.
    explicit AttemptTimelineModel(std::function<QString(const AttemptEntry &)> describe = {},
                                  QObject *parent = nullptr);

    void setAttempts(const QList<AttemptEntry> &attempts);
    const QList<AttemptEntry> &attempts() const { return m_attempts; }
    /// "1:05" for 65 seconds, "12:00" for 12 minutes (minutes:seconds, hours folded into minutes).
    static QString durationText(qint64 ms);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::function<QString(const AttemptEntry &)> m_describe;
    QList<AttemptEntry> m_attempts;
};

} // namespace stages
