#include "ui/teacher/dashboard/classoverviewmodel.h"

#include <QLocale>
#include <QRegularExpression>

namespace stages {

/// "2.A" before "10.A": numbers padded so that text order is number order.
QString ClassOverviewModel::naturalKey(const QString &name)
{
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    QString key;
    qsizetype last = 0;
    for (auto it = digits.globalMatch(name); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        key += name.mid(last, match.capturedStart() - last).toLower();
        key += match.captured().rightJustified(10, QLatin1Char('0'));
        last = match.capturedEnd();
    }
    return key + name.mid(last).toLower();
}

ClassOverviewModel::ClassOverviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ClassOverviewModel::setRows(const QList<ClassOverviewRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int ClassOverviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClassOverviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClassOverviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ClassOverviewRow &row = m_rows.at(index.row());
    if (role == ClassIdRole)
        return row.classId;
    if (role == Qt::TextAlignmentRole)
        return int(index.column() == ClassColumn ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignCenter);
    if (role == Qt::ToolTipRole && index.column() == ClassColumn)
        return tr("Click to see the dashboard of %1.").arg(row.className);
    const bool display = role == Qt::DisplayRole || role == Qt::AccessibleTextRole;
    if (!display && role != SortRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case ClassColumn:
        return role == SortRole ? QVariant(naturalKey(row.className)) : QVariant(row.className);
    case PupilsColumn:
        return row.pupils;
    case ActiveColumn:
        return row.activeLastWeek;
    case SuccessColumn:
        if (role == SortRole)
            return row.successRate;
        //: A success rate, e.g. "83 %"
        return tr("%1 %").arg(locale.toString(qRound(row.successRate * 100)));
    case MedianColumn:
        if (role == SortRole)
            return row.medianStagesProficient;
        return locale.toString(row.medianStagesProficient, 'f', 1);
    case AttentionColumn:
        return row.needAttention;
    default:
        return {};
    }
}

QVariant ClassOverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case ClassColumn:
            return tr("Class");
        case PupilsColumn:
            return tr("Pupils");
        case ActiveColumn:
            //: Column header: pupils who did an exercise in the last 7 days
            return tr("Active");
        case SuccessColumn:
            return tr("Success");
        case MedianColumn:
            //: Column header: the median number of stages pupils can do well
            return tr("Stages");
        case AttentionColumn:
            //: Column header: pupils who need the teacher's attention
            return tr("Attention");
        default:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ActiveColumn:
            return tr("Pupils who did an exercise in the last 7 days");
        case SuccessColumn:
            return tr("Share of attempts that succeeded");
        case MedianColumn:
            return tr("Median number of stages pupils can do well (proficient or mastered)");
        case AttentionColumn:
            return tr("Pupils who need your attention");
        default:
            break;
        }
    }
    return {};
}

} // namespace stages
