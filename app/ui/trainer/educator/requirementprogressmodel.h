#pragma once

#include "core/training/certificationrules.h"

#include <QAbstractTableModel>

namespace stages {

/// One programme's progress for the educator page, a row per requirement (from
/// TrainingService::progress): what it is, how far (x / y; FractionRole 0..1 for the bar) and
/// what is still missing, in the core's words.
class RequirementProgressModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RequirementColumn, ProgressColumn, MissingColumn, ColumnCount };
    enum Roles { FractionRole = Qt::UserRole + 1, MetRole };

    explicit RequirementProgressModel(QObject *parent = nullptr);

    void setEligibility(const Eligibility &eligibility);
    const Eligibility &eligibility() const { return m_eligibility; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "12" or "7.5": an amount of hours, weeks or items as people write it.
    static QString amountText(double amount);

private:
    QString progressText(const RequirementProgress &p) const;

    Eligibility m_eligibility;
};

} // namespace stages
