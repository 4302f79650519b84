#include "ui/teacher/dashboard/needsattentionmodel.h"

#include <QLocale>

namespace stages {

namespace {

QStringList reasonTexts(const PupilProgressRow &pupil)
{
    QStringList texts;
    for (const AttentionFlag &flag : pupil.attention)
        texts.append(flag.text);
    return texts;
}

} // namespace

NeedsAttentionModel::NeedsAttentionModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void NeedsAttentionModel::setPupils(const QList<PupilProgressRow> &pupils)
{
    beginResetModel();
    m_rows.clear();
    for (const PupilProgressRow &pupil : pupils) {
        if (!pupil.attention.isEmpty())
            m_rows.append(pupil);
    }
    endResetModel();
}

int NeedsAttentionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NeedsAttentionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NeedsAttentionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const PupilProgressRow &pupil = m_rows.at(index.row());
    if (role == PersonIdRole)
        return pupil.id;
    const QLocale locale;
    switch (index.column()) {
    case PupilColumn:
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::AccessibleTextRole)
            return pupil.name;
        if (role == Qt::ToolTipRole)
            return tr("Double-click or press Enter to open %1.").arg(pupil.name);
        break;
    case ReasonsColumn:
        // One reason a line: each is a sentence of its own ("Inactive for 46 days").
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return reasonTexts(pupil).join(QLatin1Char('\n'));
        if (role == Qt::AccessibleTextRole)
            return reasonTexts(pupil).join(QStringLiteral(". "));
        if (role == SortRole)
            return int(pupil.attention.size());
        break;
    case LastActiveColumn:
        if (role == SortRole)
            return pupil.lastActive.isValid() ? pupil.lastActive.toMSecsSinceEpoch() : qint64(0);
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
            if (!pupil.lastActive.isValid())
                //: Last active: the pupil has never done an exercise
                return tr("never");
            return locale.toString(pupil.lastActive.toLocalTime().date(), QLocale::ShortFormat);
        }
        break;
    case StagesColumn:
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::AccessibleTextRole)
            return pupil.stagesProficient;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant NeedsAttentionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case PupilColumn:
            return tr("Pupil");
        case ReasonsColumn:
            //: Column header: why a pupil needs the teacher's attention
            return tr("Why");
        case LastActiveColumn:
            return tr("Last active");
        case StagesColumn:
            //: Column header: stages at Proficient or better
            return tr("Stages");
        default:
            break;
        }
    }
    if (role == Qt::ToolTipRole && section == StagesColumn)
        return tr("Stages the pupil can do well (proficient or mastered)");
    return {};
}

} // namespace stages
