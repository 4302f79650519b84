#include "ui/trainer/certificates/certificatetablemodel.h"

#include <QColor>
#include <QLocale>

namespace stages {

CertificateTableModel::CertificateTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CertificateTableModel::setCertificates(const QList<CertificateRecord> &certificates, const QDate &today)
{
    beginResetModel();
    m_certificates = certificates;
    m_today = today;
    endResetModel();
}

const CertificateRecord *CertificateTableModel::find(const QString &id) const
{
    for (const CertificateRecord &c : m_certificates) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

CertificateTableModel::State CertificateTableModel::state(const CertificateRecord &c) const
{
    if (c.isRevoked())
        return State::Revoked;
    if (!CertificationRules::isValid(c.expiresOn, m_today))
        return State::Expired;
    if (CertificationRules::expiresSoon(c.expiresOn, m_today, kReminderDays))
        return State::ExpiringSoon;
    return State::Valid;
}

QString CertificateTableModel::stateName(State state)
{
    switch (state) {
    case State::Valid:
        //: Certificate status
        return tr("Valid");
    case State::ExpiringSoon:
        //: Certificate status: still valid, expires within 90 days
        return tr("Valid, expires soon");
    case State::Expired:
        return tr("Expired");
    case State::Revoked:
        return tr("Revoked");
    }
    return {};
}

int CertificateTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_certificates.size());
}

int CertificateTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CertificateTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_certificates.size())
        return {};
    const CertificateRecord &c = m_certificates.at(index.row());
    if (role == Qt::UserRole)
        return c.id;
    if (role == StateRole)
        return int(state(c));
    if (role == SortRole) {
        if (index.column() == IssuedColumn)
            return c.issuedOn;
        if (index.column() == ExpiresColumn)
            return c.expiresOn.isValid() ? c.expiresOn : QDate(9999, 12, 31);
        return data(index, Qt::DisplayRole);
    }
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        switch (state(c)) {
        case State::Revoked:
        case State::Expired:
            return QColor(0xBF, 0x36, 0x0C);
        case State::ExpiringSoon:
            return QColor(0xA8, 0x5A, 0x00);
        case State::Valid:
            return QColor(0x2E, 0x7D, 0x32);
        }
    }
    if (role == Qt::ToolTipRole && c.isRevoked())
        //: Tooltip on a revoked certificate: who revoked it and why
        return tr("Revoked by %1: %2").arg(c.revokedByName, c.revokeReason);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case HolderColumn:
        return c.holderName;
    case ProgrammeColumn:
        return c.programmeName;
    case IssuedColumn:
        return QLocale().toString(c.issuedOn, QLocale::ShortFormat);
    case ExpiresColumn:
        //: A certificate that never expires
        return c.expiresOn.isValid() ? QLocale().toString(c.expiresOn, QLocale::ShortFormat) : tr("never");
    case StatusColumn:
        return stateName(state(c));
    case IssuerColumn:
        //: Issuer of a founding trainer's certificate (recorded by an admin)
        return c.founding ? tr("%1 (founding)").arg(c.issuerName) : c.issuerName;
    case CodeColumn:
        return c.code;
    default:
        return {};
    }
}

QVariant CertificateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case HolderColumn:
        //: Column: who holds the certificate
        return tr("Holder");
    case ProgrammeColumn:
        return tr("Programme");
    case IssuedColumn:
        return tr("Issued");
    case ExpiresColumn:
        return tr("Expires");
    case StatusColumn:
        return tr("Status");
    case IssuerColumn:
        //: Column: the trainer who signed the certificate
        return tr("Issued by");
    case CodeColumn:
        //: Column: the verification code of a certificate
        return tr("Code");
    default:
        return {};
    }
}

} // namespace stages
