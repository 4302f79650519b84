#include "ui/trainer/certificates/certificatefiltermodel.h"

namespace stages {

CertificateFilterModel::CertificateFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortLocaleAware(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(CertificateTableModel::SortRole);
}

void CertificateFilterModel::setState(std::optional<CertificateTableModel::State> state)
{
    m_state = state;
    invalidateFilter();
}

void CertificateFilterModel::setSearchText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool CertificateFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    using State = CertificateTableModel::State;
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex holder = model->index(sourceRow, CertificateTableModel::HolderColumn, sourceParent);
    if (m_state) {
        const auto state = State(model->data(holder, CertificateTableModel::StateRole).toInt());
        const bool valid = state == State::Valid || state == State::ExpiringSoon;
        if (*m_state == State::Valid ? !valid : state != *m_state)
            return false;
    }
    if (m_text.isEmpty())
        return true;
    for (const int column : { int(CertificateTableModel::HolderColumn), int(CertificateTableModel::ProgrammeColumn),
                              int(CertificateTableModel::CodeColumn) }) {
        if (model->index(sourceRow, column, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace stages
