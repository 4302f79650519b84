#include "ui/trainer/educators/educatorfiltermodel.h"

#include "ui/trainer/educators/educatortablemodel.h"

namespace stages {

EducatorFilterModel::EducatorFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortLocaleAware(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void EducatorFilterModel::setStatus(std::optional<EducatorStatus> status)
{
    m_status = status;
    invalidateFilter();
}

void EducatorFilterModel::setSearchText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool EducatorFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex name = model->index(sourceRow, EducatorTableModel::NameColumn, sourceParent);
    if (m_status && model->data(name, EducatorTableModel::StatusRole).toInt() != int(*m_status))
        return false;
    if (m_text.isEmpty())
        return true;
    const QModelIndex organisation = model->index(sourceRow, EducatorTableModel::OrganisationColumn, sourceParent);
    return name.data().toString().contains(m_text, Qt::CaseInsensitive)
        || organisation.data().toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace stages
