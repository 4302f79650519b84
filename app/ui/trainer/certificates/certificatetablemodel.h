#pragma once

#include "core/training/training.h"

#include <QAbstractTableModel>

namespace stages {

/// Certificates, a row each: holder, programme, issued, expires, status, issuer, code. The status
/// comes from CertificationRules on the model's today: valid, expiring soon (within
/// kReminderDays, time for a renewal reminder), expired or revoked. Qt::UserRole is the
/// certificate's id, StateRole the State, SortRole dates as dates.
class CertificateTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { HolderColumn, ProgrammeColumn, IssuedColumn, ExpiresColumn, StatusColumn, IssuerColumn,
                  CodeColumn, ColumnCount };
    enum Roles { StateRole = Qt::UserRole + 1, SortRole };
    enum class State { Valid, ExpiringSoon, Expired, Revoked };
    static constexpr int kReminderDays = 90;

    explicit CertificateTableModel(QObject *parent = nullptr);

    void setCertificates(const QList<CertificateRecord> &certificates, const QDate &today);
    const QList<CertificateRecord> &certificates() const { return m_certificates; }
    /// The certificate with @p id; nullptr when not listed.
    const CertificateRecord *find(const QString &id) const;
    State state(const CertificateRecord &certificate) const;
    static QString stateName(State state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CertificateRecord> m_certificates;
    QDate m_today;
};

} // namespace stages
