#pragma once

#include "core/training/certificationrules.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace stages {

/// Where an educator stands, from their certificates (computed, never stored).
enum class EducatorStatus {
    InTraining,        ///< no valid certificate yet
    CertifiedTeacher,  ///< a valid "Stages teacher" certificate
    Trainer,           ///< a valid "Stages trainer" certificate: may certify others
    Lapsed,            ///< had certificates, none valid any more (expired or revoked)
};

/// A person trained in the Stages method: a teacher or trainer account of this database, or
/// only a record (a teacher from another school, personId empty).
struct Educator
{
    QString id;
    QString personId;           ///< the account, when the educator has one here
    QString displayName;
    QString organisation;       ///< their school, when not this one
    QString trainedById;        ///< the educator who trains them (lineage); empty: nobody yet
    QString trainedByName;
    EducatorStatus status = EducatorStatus::InTraining;
    bool founding = false;      ///< recorded by an admin as one of the organisation's first trainers
    bool canSign = false;       ///< their account holds a wrapped copy of the organisation's key
    QDateTime createdAt;
};

struct NewEducator
{
    QString displayName;
    QString personId;           ///< optional: link to a teacher/trainer account
    QString organisation;
    QString trainedById;        ///< optional; defaults to the recording trainer's own educator
};

/// One stored piece of evidence: what Evidence (the rules' view) says, plus who and when.
struct EvidenceRecord
{
    QString id;
    QString educatorId;
    QString programmeId;
    Evidence evidence;          ///< kind, amount, rubric scores, date
    QString note;
    QString classId;            ///< practicum counted from this class's real activity (amount computed)
    QString recordedById;
    QString recordedByName;
    QDateTime recordedAt;
    QDateTime correctedAt;      ///< invalid: never corrected
};

struct NewEvidence
{
    QString educatorId;
    QString programmeId;
    RequirementKind kind = RequirementKind::WorkshopHours;
    double amount = 0.0;        ///< hours, weeks (ignored with classId) or items
    QList<int> rubricScores;    ///< observed lessons: 1..4 per criterion of the programme's rubric
    QDate date;                 ///< when it happened; invalid: today
    QString note;
    QString classId;            ///< practicum only: count the weeks this class was active
};

/// A certificate as the database keeps it. payload and signature are exactly what was signed.
struct CertificateRecord
{
    QString id;
    QString code;               ///< the verification code printed and in the QR code
    QString educatorId;
    QString holderName;
    QString programmeId;
    QString programmeName;
    int level = 1;
    QDate issuedOn;
    QDate expiresOn;            ///< invalid: never expires
    QString issuerEducatorId;   ///< empty for a founding certificate recorded by an admin
    QString issuerName;
    bool founding = false;
    QByteArray payload;         ///< canonical JSON (CertificatePayload::canonicalJson)
    QByteArray signature;       ///< 64-byte Ed25519 signature of payload
    QDateTime revokedAt;        ///< invalid: not revoked
    QString revokedByName;
    QString revokeReason;

    bool isRevoked() const { return revokedAt.isValid(); }
    /// Not revoked and not expired on @p today.
    bool isValidOn(const QDate &today) const;
};

/// One node of the lineage tree: an educator and who certified them.
struct LineageNode
{
    QString educatorId;
    QString name;
    EducatorStatus status = EducatorStatus::InTraining;
    QString certifiedById;      ///< issuer of their latest certificate; empty: a founding trainer or none
    QString trainedById;
    QList<QString> certificateIds;
};

/// One line of the audit log about training: evidence changes, issuance, revocation, grants.
struct TrainingAuditEntry
{
    QDateTime at;
    QString actorName;
    QString action;             ///< "evidence.add", "evidence.correct", "evidence.remove",
                                ///< "certificate.issue", "certificate.revoke", "signing.grant" ...
    QString subject;            ///< the evidence, certificate or person id
    QString detail;             ///< JSON: new values; for corrections also the old ones
};

/// The translated name of a status ("Certified teacher").
QString educatorStatusName(EducatorStatus status);

} // namespace stages
