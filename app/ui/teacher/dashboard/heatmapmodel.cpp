#include "ui/teacher/dashboard/heatmapmodel.h"

namespace stages {

HeatMapModel::HeatMapModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void HeatMapModel::setPupils(const QList<PupilProgressRow> &pupils, const QString &domain, const QList<Stage> &stages)
{
    beginResetModel();
    m_pupils = pupils;
    m_domain = domain;
    m_stages = stages;
    endResetModel();
}

int HeatMapModel::columnOfStage(int number) const
{
    for (int i = 0; i < m_stages.size(); ++i) {
        if (m_stages.at(i).number == number)
            return i + 1;
    }
    return -1;
}

MasteryLevel HeatMapModel::level(int row, int stageNumber) const
{
    if (row < 0 || row >= m_pupils.size())
        return MasteryLevel::NotStarted;
    const auto domain = m_pupils.at(row).mastery.constFind(m_domain);
    if (domain == m_pupils.at(row).mastery.constEnd())
        return MasteryLevel::NotStarted;
    return domain->value(stageNumber, MasteryLevel::NotStarted);
}

int HeatMapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pupils.size());
}

int HeatMapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_stages.size()) + 1;
}

QVariant HeatMapModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const PupilProgressRow &pupil = m_pupils.at(index.row());
    if (role == PersonIdRole)
        return pupil.id;
    if (index.column() == 0) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
        case SortRole:
            return pupil.name;
        case LevelRole:
            return -1;
        case Qt::ToolTipRole:
            //: Tooltip on a pupil's name in the heat map
            return tr("Double-click or press Enter to open %1.").arg(pupil.name);
        default:
            return {};
        }
    }
    const Stage &stage = m_stages.at(index.column() - 1);
    const MasteryLevel level = this->level(index.row(), stage.number);
    switch (role) {
    case Qt::DisplayRole:
    case LevelRole:
    case SortRole:
        return int(level);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ToolTipRole:
        //: Heat map tooltip: %1 pupil, %2 stage number, %3 stage title, %4 level name (e.g. "proficient")
        return tr("%1\nStage %2: %3\n%4").arg(pupil.name).arg(stage.number).arg(stage.title, masteryLevelName(level));
    case Qt::AccessibleTextRole:
        //: Read by a screen reader for one heat map cell: %1 pupil, %2 stage number, %3 level name
        return tr("%1, stage %2: %3").arg(pupil.name).arg(stage.number).arg(masteryLevelName(level));
    default:
        return {};
    }
}

QVariant HeatMapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0) {
        if (role == Qt::DisplayRole)
            return tr("Pupil");
        return {};
    }
    const Stage &stage = m_stages.at(section - 1);
    switch (role) {
    case Qt::DisplayRole:
        return stage.number;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        //: Heat map column header tooltip: %1 stage number, %2 stage title
        return tr("Stage %1: %2").arg(stage.number).arg(stage.title);
    default:
        return {};
    }
}

} // namespace stages
