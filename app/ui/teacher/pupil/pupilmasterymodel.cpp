#include "ui/teacher/pupil/pupilmasterymodel.h"

#include "ui/teacher/dashboard/heatmapdelegate.h"

namespace stages {

PupilMasteryModel::PupilMasteryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PupilMasteryModel::setMastery(const QList<Domain> &domains, const QList<StageMastery> &mastery)
{
    beginResetModel();
    m_rows.clear();
    m_columns = 1;
    for (const Domain &d : domains) {
        Row row { d, {} };
        for (int stage = 1; stage <= d.stageTitles.size(); ++stage)
            row.stages.append(StageMastery { d.id, stage, MasteryLevel::NotStarted, 0, 0, 0.0, {} });
        for (const StageMastery &m : mastery) {
            if (m.domain == d.id && m.stage >= 1 && m.stage <= row.stages.size())
                row.stages[m.stage - 1] = m;
        }
        m_columns = std::max(m_columns, int(row.stages.size()) + 1);
        m_rows.append(row);
    }
    endResetModel();
}

MasteryLevel PupilMasteryModel::level(const QString &domain, int stage) const
{
    for (const Row &row : m_rows) {
        if (row.domain.id == domain && stage >= 1 && stage <= row.stages.size())
            return row.stages.at(stage - 1).level;
    }
    return MasteryLevel::NotStarted;
}

QString PupilMasteryModel::domainAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).domain.id : QString();
}

int PupilMasteryModel::nextStage(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return 0;
    for (const StageMastery &m : m_rows.at(row).stages) {
        if (m.level < MasteryLevel::Proficient)
            return m.stage;
    }
    return 0;
}

int PupilMasteryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PupilMasteryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

const StageMastery *PupilMasteryModel::cell(const QModelIndex &index) const
{
    if (!index.isValid() || index.column() == 0)
        return nullptr;
    const Row &row = m_rows.at(index.row());
    return index.column() <= row.stages.size() ? &row.stages.at(index.column() - 1) : nullptr;
}

QVariant PupilMasteryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == DomainRole)
        return row.domain.id;
    if (index.column() == 0) {
        if (role == Qt::DisplayRole)
            return row.domain.title;
        if (role == LevelRole)
            return -1;
        return {};
    }
    const StageMastery *m = cell(index);
    if (!m)
        return role == LevelRole ? QVariant(-1) : QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return int(m->level);
    case LevelRole:
        return int(m->level);
    case Qt::BackgroundRole:
        return HeatMapDelegate::levelColor(m->level);
    case Qt::ForegroundRole:
        return m->level >= MasteryLevel::Proficient ? QColor(Qt::white) : QColor(0x21, 0x21, 0x21);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (m->attempts == 0)
            //: A cell of a pupil's mastery grid: %1 stage number, %2 stage title, %3 level ("not started")
            return tr("Stage %1: %2 – %3").arg(m->stage).arg(row.domain.stageTitles.value(m->stage - 1),
                                                               masteryLevelName(m->level));
        //: A cell of a pupil's mastery grid: %1 stage, %2 its title, %3 level ("proficient"), %n attempts
        return tr("Stage %1: %2 – %3, %n attempt(s)", nullptr, m->attempts)
            .arg(m->stage)
            .arg(row.domain.stageTitles.value(m->stage - 1), masteryLevelName(m->level));
    default:
        return {};
    }
}

QVariant PupilMasteryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical || section < 0 || section >= m_columns)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        //: Column heading of the mastery grid: the subject (combinatorics, music, karate)
        return section == 0 ? tr("Domain") : QString::number(section);
    if (role == Qt::ToolTipRole && section > 0)
        return tr("Stage %1").arg(section);
    return {};
}

Qt::ItemFlags PupilMasteryModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.column() > 0 && !cell(index))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace stages
