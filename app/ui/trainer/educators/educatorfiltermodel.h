#pragma once

#include "core/training/training.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace stages {

/// The Educators page's filter over an EducatorTableModel: one status (or all) and a search
/// text matched against name and organisation; sorting is locale-aware.
class EducatorFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit EducatorFilterModel(QObject *parent = nullptr);

    void setStatus(std::optional<EducatorStatus> status);
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<EducatorStatus> m_status;
    QString m_text;
};

} // namespace stages
