#include "ui/teacher/pupil/attempttimelinemodel.h"

#include <QLocale>

#include <cmath>

namespace stages {

AttemptTimelineModel::AttemptTimelineModel(std::function<QString(const AttemptEntry &)> describe, QObject *parent)
    : QAbstractTableModel(parent)
    , m_describe(std::move(describe))
{
}

void AttemptTimelineModel::setAttempts(const QList<AttemptEntry> &attempts)
{
    beginResetModel();
    m_attempts = attempts;
    endResetModel();
}

QString AttemptTimelineModel::durationText(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, (ms + 500) / 1000);
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

int AttemptTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_attempts.size());
}

int AttemptTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttemptTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AttemptEntry &a = m_attempts.at(index.row());
    if (role == Qt::UserRole)
        return a.id;
    const int percent = int(std::lround(a.score * 100.0));
    if (role == SortRole) {
        switch (index.column()) {
        case WhatColumn:
            return data(index, Qt::DisplayRole);
        case WhenColumn:
            return a.finishedAt;
        case ScoreColumn:
            return percent;
        case TimeColumn:
            return a.durationMs;
        case HintsColumn:
            return a.hintsUsed;
        case SolvedColumn:
            return int(a.success);
        }
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == WhatColumn)
        return a.mixedSet ? tr("%1 (in a warm-up)").arg(a.exerciseId) : a.exerciseId;
    if (role == Qt::TextAlignmentRole && index.column() != WhatColumn)
        return int(Qt::AlignCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case WhatColumn:
        if (m_describe) {
            if (const QString words = m_describe(a); !words.isEmpty())
                return words;
        }
        //: An attempt's exercise when nothing better is known: %1 domain id, %2 stage number
        return tr("%1, stage %2").arg(a.domain).arg(a.stage);
    case WhenColumn:
        return QLocale().toString(a.finishedAt.toLocalTime(), QLocale::ShortFormat);
    case ScoreColumn:
        //: A score in per cent
        return tr("%1 %").arg(percent);
    case TimeColumn:
        return durationText(a.durationMs);
    case HintsColumn:
        return a.hintsUsed;
    case SolvedColumn:
        //: Whether the pupil solved an exercise
        return a.success ? tr("Yes") : tr("No");
    }
    return {};
}

QVariant AttemptTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhatColumn:
        //: Column of a pupil's attempts: which exercise
        return tr("Exercise");
    case WhenColumn:
        return tr("When");
    case ScoreColumn:
        return tr("Score");
    case TimeColumn:
        //: Column of a pupil's attempts: how long it took (minutes:seconds)
        return tr("Time");
    case HintsColumn:
        return tr("Hints");
    case SolvedColumn:
        return tr("Solved");
    }
    return {};
}

} // namespace stages
