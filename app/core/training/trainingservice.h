#pragma once

#include "core/accounts/session.h"
#include "core/result.h"
#include "core/training/training.h"

#include <QCoreApplication>
#include <optional>

namespace stages {

class Clock;
class Database;
class SigningKeys;

/// Training of educators (issue 11): programmes, educators, evidence with its audit trail,
/// progress and eligibility (CertificationRules), certificates (signed with the organisation's
/// key through SigningKeys), revocation, renewal reminders and lineage.
///
/// Rights: reading and recording need Capability::CertifyEducators (trainers and admins);
/// issuing needs a session whose educator holds a valid trainer certificate and whose account
/// may sign; recording founding trainers and editing programmes needs an admin. Every change
/// writes the audit log in the same transaction.
class TrainingService
{
    Q_DECLARE_TR_FUNCTIONS(stages::TrainingService)

public:
    TrainingService(Database &database, const Clock &clock, SigningKeys &keys);

    // Programmes: the two defaults, overridden or extended by an admin's stored edits.
    Result<QList<Programme>> programmes() const;
    Status saveProgramme(const Session &session, const Programme &programme);

    // Educators
    Result<QList<Educator>> educators(const Session &session) const;
    Result<Educator> educator(const Session &session, const QString &educatorId) const;
    /// The educator record of an account; an error when it has none.
    Result<Educator> educatorForPerson(const Session &session, const QString &personId) const;
    Result<Educator> addEducator(const Session &session, const NewEducator &educator);

    // Evidence
    Result<QList<EvidenceRecord>> evidence(const Session &session, const QString &educatorId,
                                           const QString &programmeId = {}) const;
    /// Refused for a programme with a prerequisite the educator does not hold validly
    /// (a teacher enters the trainer programme only with a valid teacher certificate).
    Result<EvidenceRecord> addEvidence(const Session &session, const NewEvidence &evidence);
    /// Changes a record; the old values go to the audit log.
    Result<EvidenceRecord> correctEvidence(const Session &session, const QString &evidenceId,
                                           const NewEvidence &evidence);
    Status removeEvidence(const Session &session, const QString &evidenceId, const QString &reason);

    /// Progress per requirement and what is missing (practicum from classes counted from real
    /// activity: weeks with at least one attempt by a pupil of the class since the record's date).
    Result<Eligibility> progress(const Session &session, const QString &educatorId,
                                 const QString &programmeId) const;

    // Certificates
    /// Refused with Eligibility::missing() when not eligible, and when the session is not a
    /// certified trainer who may sign. @p password unlocks the signer's wrapped key.
    Result<CertificateRecord> issueCertificate(const Session &session, const QString &educatorId,
                                               const QString &programmeId, const QString &password);
    /// Admin only: records a founding trainer of the organisation (a trainer certificate that
    /// needs no evidence and no certifying trainer), signed with the admin's wrapped key.
    Result<CertificateRecord> recordFoundingTrainer(const Session &session, const QString &educatorId,
                                                    const QString &password);
    Status revokeCertificate(const Session &session, const QString &certificateId, const QString &reason);

    struct CertificateFilter
    {
        QString educatorId;              ///< empty: all
        std::optional<int> expiringWithinDays; ///< only valid ones expiring that soon
    };
    Result<QList<CertificateRecord>> certificates(const Session &session, const CertificateFilter &filter = {}) const;
    Result<CertificateRecord> certificate(const Session &session, const QString &certificateId) const;
    /// For verification without a session: whether the certificate with this id was revoked
    /// (std::nullopt when this database does not know it).
    Result<std::optional<CertificateRecord>> findCertificate(const QString &certificateId) const;

    Result<QList<LineageNode>> lineage(const Session &session) const;
    Result<QList<TrainingAuditEntry>> auditLog(const Session &session, const QString &subject = {}) const;

private:
    /// Signs @p record (holder, programme, issuer filled in) with the session's unlocked key and
    /// stores it with its audit entry.
    Result<CertificateRecord> signAndStore(const Session &session, const QString &password, CertificateRecord record,
                                           const QStringList &lineage);

    Database &m_db;
    const Clock &m_clock;
    SigningKeys &m_keys;
};

} // namespace stages
