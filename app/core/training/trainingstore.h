#pragma once

#include "core/result.h"
#include "core/training/training.h"

#include <QSqlDatabase>

namespace stages {

/// The SQL of TrainingService: reads rows into the training types and writes them back.
/// No rights and no rules here (TrainingService decides); every value is bound.
class TrainingStore
{
public:
    /// Certificates at this level or above make their holder a trainer who may certify.
    static constexpr int kTrainerLevel = 2;

    explicit TrainingStore(QSqlDatabase db);

    Result<QList<Programme>> storedProgrammes() const;
    Status saveProgramme(const Programme &programme, const QString &personId, const QDateTime &at);

    /// Educators (status and canSign filled in from certificates and signing keys on @p today),
    /// all of them or the one with @p id, or the one of account @p personId.
    struct EducatorQuery
    {
        QString id;
        QString personId;
    };
    Result<QList<Educator>> educators(const QDate &today, const EducatorQuery &query = {}) const;
    Status insertEducator(const Educator &educator, const QString &createdBy);
    Status setFounding(const QString &educatorId);

    /// Evidence in force (not removed) of an educator, optionally of one programme, or the one
    /// record @p evidenceId. Class practicum amounts are as stored (0): see practicumWeeks().
    Result<QList<EvidenceRecord>> evidence(const QString &educatorId, const QString &programmeId,
                                           const QString &evidenceId = {}) const;
    Status insertEvidence(const EvidenceRecord &record);
    Status updateEvidence(const EvidenceRecord &record);
    Status markEvidenceRemoved(const QString &evidenceId, const QDateTime &at);
    /// Distinct ISO weeks, from @p from on, with an attempt by a pupil of class @p classId.
    Result<int> practicumWeeks(const QString &classId, const QDate &from) const;

    /// Certificates (programmeName left empty), all, of one educator, or the one @p id.
    struct CertificateQuery
    {
        QString id;
        QString educatorId;
    };
    Result<QList<CertificateRecord>> certificates(const CertificateQuery &query = {}) const;
    Status insertCertificate(const CertificateRecord &record);
    Status revokeCertificate(const QString &certificateId, const QString &personId, const QDateTime &at,
                             const QString &reason);

    Result<QList<TrainingAuditEntry>> auditLog(const QString &subject) const;

    /// Where an educator stands, from their certificates on @p today.
    static EducatorStatus statusFrom(const QList<CertificateRecord> &certificates, const QDate &today);

private:
    QSqlDatabase m_db;
};

} // namespace stages
