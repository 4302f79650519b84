#include "ui/trainer/educator/requirementprogressmodel.h"

#include <QLocale>

#include <cmath>

namespace stages {

RequirementProgressModel::RequirementProgressModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RequirementProgressModel::setEligibility(const Eligibility &eligibility)
{
    beginResetModel();
    m_eligibility = eligibility;
    endResetModel();
}

int RequirementProgressModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_eligibility.requirements.size());
}

int RequirementProgressModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RequirementProgressModel::amountText(double amount)
{
    const double rounded = std::round(amount);
    if (std::abs(amount - rounded) < 1e-9)
        return QLocale().toString(qlonglong(rounded));
    return QLocale().toString(amount, 'f', 1);
}

QString RequirementProgressModel::progressText(const RequirementProgress &p) const
{
    if (p.requirement.kind == RequirementKind::ObservedLessons) {
        if (p.achieved <= 0)
            //: Progress of observed lessons: done / needed
            return tr("%1 / %2 lessons").arg(amountText(p.achieved), amountText(p.needed));
        //: Progress of observed lessons: done / needed, the mean rubric score and the minimum mean
        return tr("%1 / %2 lessons · average %3 (needs %4)")
            .arg(amountText(p.achieved), amountText(p.needed), QLocale().toString(p.average, 'f', 1),
                 QLocale().toString(p.requirement.minimumAverage, 'f', 1));
    }
    //: Progress of a requirement: hours, weeks or items done / needed
    return tr("%1 / %2").arg(amountText(p.achieved), amountText(p.needed));
}

QVariant RequirementProgressModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_eligibility.requirements.size())
        return {};
    const RequirementProgress &p = m_eligibility.requirements.at(index.row());
    if (role == FractionRole)
        return p.needed > 0 ? std::clamp(p.achieved / p.needed, 0.0, 1.0) : (p.met ? 1.0 : 0.0);
    if (role == MetRole)
        return p.met;
    if (role == Qt::ToolTipRole && !p.ignored.isEmpty())
        return p.ignored.join(QLatin1Char('\n'));
    if (role == Qt::AccessibleTextRole && index.column() == ProgressColumn)
        return progressText(p);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case RequirementColumn:
        return p.requirement.title;
    case ProgressColumn:
        return progressText(p);
    case MissingColumn:
        //: A requirement of a programme is fulfilled
        return p.met ? tr("Done ✓") : p.missing;
    default:
        return {};
    }
}

QVariant RequirementProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RequirementColumn:
        return tr("Requirement");
    case ProgressColumn:
        return tr("Progress");
    case MissingColumn:
        return tr("Still missing");
    default:
        return {};
    }
}

} // namespace stages
