#pragma once

#include "ui/trainer/certificates/certificatetablemodel.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace stages {

/// The Certificates page's filter over a CertificateTableModel: one state (or all; "valid"
/// includes those expiring soon) and a search text matched against holder, programme and code.
class CertificateFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CertificateFilterModel(QObject *parent = nullptr);

    void setState(std::optional<CertificateTableModel::State> state);
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<CertificateTableModel::State> m_state;
    QString m_text;
};

} // namespace stages
