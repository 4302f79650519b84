#include "ui/teacher/warmup/warmupresultsmodel.h"

#include <QBrush>
#include <QColor>

namespace stages {

WarmUpResultsModel::WarmUpResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void WarmUpResultsModel::setSummary(const WarmUpSummary &summary)
{
    beginResetModel();
    m_summary = summary;
    endResetModel();
}

int WarmUpResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_summary.pupils.size());
}

int WarmUpResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WarmUpResultsModel::display(const WarmUpPupilResult &r, int column) const
{
    switch (column) {
    case PupilColumn:
        return r.name;
    case TookPartColumn:
        return r.tookPart() ? tr("Yes") : tr("No");
    case ExercisesColumn:
        return r.exercises;
    case CorrectColumn:
        return r.tookPart() ? QVariant(r.successes) : QVariant(QStringLiteral("–"));
    case ScoreColumn:
        return r.tookPart() ? QVariant(QStringLiteral("%1 %").arg(qRound(r.averageScore * 100))) : QVariant(QStringLiteral("–"));
    case TimeColumn: {
        if (!r.tookPart())
            return QStringLiteral("–");
        const qint64 seconds = (r.durationMs + 500) / 1000;
        return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    }
    default:
        return {};
    }
}

QVariant WarmUpResultsModel::sortValue(const WarmUpPupilResult &r, int column)
{
    switch (column) {
    case PupilColumn:
        return r.name;
    case TookPartColumn:
        return r.tookPart() ? 1 : 0;
    case ExercisesColumn:
        return r.exercises;
    case CorrectColumn:
        return r.successes;
    case ScoreColumn:
        return r.averageScore;
    case TimeColumn:
        return r.durationMs;
    default:
        return {};
    }
}

QVariant WarmUpResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WarmUpPupilResult &r = m_summary.pupils.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(r, index.column());
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1: %2").arg(headerData(index.column(), Qt::Horizontal, Qt::DisplayRole).toString(),
                                            display(r, index.column()).toString());
    case Qt::TextAlignmentRole:
        return index.column() == PupilColumn ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::ForegroundRole:
        return r.tookPart() ? QVariant() : QVariant(QBrush(QColor(0x78, 0x90, 0x9C)));
    case SortRole:
        return sortValue(r, index.column());
    case PersonIdRole:
        return r.personId;
    default:
        return {};
    }
}

QVariant WarmUpResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PupilColumn:
        return tr("Pupil");
    case TookPartColumn:
        //: Column of the warm-up results: whether the pupil did any exercise in the warm-up
        return tr("Took part");
    case ExercisesColumn:
        return tr("Exercises");
    case CorrectColumn:
        return tr("Correct");
    case ScoreColumn:
        return tr("Average score");
    case TimeColumn:
        //: Column of the warm-up results: minutes:seconds spent on exercises
        return tr("Time");
    default:
        return {};
    }
}

} // namespace stages
