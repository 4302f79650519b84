// TrainingService, second part: certificates, lineage and the audit log
// (trainingservice.cpp has programmes, educators, evidence and progress).

#include "core/training/trainingservice.h"

#include "core/audit/auditlog.h"
#include "core/storage/database.h"
#include "core/storage/ids.h"
#include "core/storage/sqlquery.h"
#include "core/training/certificatepayload.h"
#include "core/training/signingkeys.h"
#include "core/training/trainingstore.h"
#include "core/training/trainingsupport.h"

#include <QHash>
#include <QSet>

namespace stages {

namespace {

using namespace trainingsupport;

const QString kTrainerProgrammeId = QStringLiteral("stages-trainer");

/// The certificate that makes @p educatorId a trainer, for the lineage: their latest trainer
/// certificate not revoked, else their latest trainer certificate at all.
const CertificateRecord *trainerCertificateOf(const QList<CertificateRecord> &all, const QString &educatorId)
{
    const CertificateRecord *best = nullptr;
    for (const CertificateRecord &c : all) {
        if (c.educatorId != educatorId || c.level < TrainingStore::kTrainerLevel)
            continue;
        const bool better = !best || (best->isRevoked() && !c.isRevoked())
            || (best->isRevoked() == c.isRevoked() && c.issuedOn >= best->issuedOn);
        if (better)
            best = &c;
    }
    return best;
}

/// Names from @p issuerId up through who certified them, to a founding trainer.
QStringList lineageNames(const QString &issuerId, const QList<CertificateRecord> &all,
                         const QHash<QString, QString> &names)
{
    QStringList lineage;
    QSet<QString> seen;
    QString current = issuerId;
    while (!current.isEmpty() && !seen.contains(current)) {
        seen.insert(current);
        lineage.append(names.value(current));
        const CertificateRecord *certificate = trainerCertificateOf(all, current);
        if (!certificate || certificate->founding)
            break;
        current = certificate->issuerEducatorId;
    }
    return lineage;
}

Result<QString> schoolName(const QSqlDatabase &db)
{
    auto name = SqlQuery(db, QStringLiteral("SELECT name FROM school ORDER BY created_at LIMIT 1")).scalar();
    if (!name)
        return Result<QString>::failure(name.error());
    return name->toString();
}

/// Fills in the name of each certificate's programme, in the language of the screens.
void nameProgrammes(QList<CertificateRecord> &certificates, const QList<Programme> &programmes)
{
    for (CertificateRecord &c : certificates) {
        c.programmeName = findProgramme(programmes, c.programmeId).name;
        if (c.programmeName.isEmpty()) // a programme no longer defined: the name it was signed with
            c.programmeName = CertificatePayload::fromJson(c.payload).value_or({}).programmeName;
    }
}

} // namespace

Result<CertificateRecord> TrainingService::issueCertificate(const Session &session, const QString &educatorId,
                                                            const QString &programmeId, const QString &password)
{
    using R = Result<CertificateRecord>;
    if (auto s = requireTraining(session); !s)
        return R::failure(s.error());
    const QDate today = todayOf(m_clock);
    TrainingStore store(m_db.sql());
    auto all = programmes();
    if (!all)
        return R::failure(all.error());
    const Programme programme = findProgramme(*all, programmeId);
    if (programme.id.isEmpty())
        return R::failure(tr("There is no training programme %1.").arg(programmeId));

    // Only a certified trainer who may sign certifies.
    auto issuers = store.educators(today, { {}, session.personId });
    if (!issuers)
        return R::failure(issuers.error());
    if (session.personId.isEmpty() || issuers->isEmpty())
        return R::failure(tr("Only a certified trainer can issue certificates, and you have no educator record."));
    const Educator issuer = issuers->constFirst();
    auto certificates = store.certificates();
    if (!certificates)
        return R::failure(certificates.error());
    QList<CertificateRecord> issuerCertificates;
    for (const CertificateRecord &c : *certificates) {
        if (c.educatorId == issuer.id)
            issuerCertificates.append(c);
    }
    if (!holdsValidTrainerCertificate(issuerCertificates, today))
        return R::failure(tr("Only a trainer with a valid trainer certificate can issue certificates."));
    auto maySign = m_keys.canSign(session.personId);
    if (!maySign)
        return R::failure(maySign.error());
    if (!*maySign)
        return R::failure(tr("You may not sign certificates yet: an administrator must allow it first."));
    if (issuer.id == educatorId)
        return R::failure(tr("Nobody can certify themselves; ask another trainer."));

    auto holders = store.educators(today, { educatorId, {} });
    if (!holders)
        return R::failure(holders.error());
    if (holders->isEmpty())
        return R::failure(tr("There is no educator with the id %1.").arg(educatorId));
    const Educator holder = holders->constFirst();
    auto eligibility = progress(session, educatorId, programmeId);
    if (!eligibility)
        return R::failure(eligibility.error());
    if (!eligibility->eligible())
        //: %1: an educator, %2: a programme; then one missing item per line.
        return R::failure(tr("%1 cannot be certified as %2 yet. Still missing:\n%3")
                              .arg(holder.displayName, programme.name, eligibility->missing().join(QLatin1Char('\n'))));

    QHash<QString, QString> names;
    auto everyone = store.educators(today);
    if (!everyone)
        return R::failure(everyone.error());
    for (const Educator &e : *everyone)
        names.insert(e.id, e.displayName);

    CertificateRecord record;
    record.educatorId = holder.id;
    record.holderName = holder.displayName;
    record.programmeId = programme.id;
    record.programmeName = programme.name;
    record.level = programme.level;
    record.issuerEducatorId = issuer.id;
    record.issuerName = issuer.displayName;
    return signAndStore(session, password, record, lineageNames(issuer.id, *certificates, names));
}

Result<CertificateRecord> TrainingService::recordFoundingTrainer(const Session &session, const QString &educatorId,
                                                                 const QString &password)
{
    using R = Result<CertificateRecord>;
    if (session.role != Role::Admin)
        return R::failure(tr("Only an administrator can record a founding trainer."));
    const QDate today = todayOf(m_clock);
    TrainingStore store(m_db.sql());
    auto holders = store.educators(today, { educatorId, {} });
    if (!holders)
        return R::failure(holders.error());
    if (holders->isEmpty())
        return R::failure(tr("There is no educator with the id %1.").arg(educatorId));
    const Educator holder = holders->constFirst();
    if (holder.status == EducatorStatus::Trainer)
        return R::failure(tr("%1 is a trainer with a valid certificate already.").arg(holder.displayName));
    auto all = programmes();
    if (!all)
        return R::failure(all.error());
    const Programme programme = findProgramme(*all, kTrainerProgrammeId);
    if (programme.id.isEmpty())
        return R::failure(tr("There is no training programme %1.").arg(kTrainerProgrammeId));

    CertificateRecord record;
    record.educatorId = holder.id;
    record.holderName = holder.displayName;
    record.programmeId = programme.id;
    record.programmeName = programme.name;
    record.level = programme.level;
    record.issuerName = session.displayName; // the admin who records the organisation's first trainers
    record.founding = true;
    return signAndStore(session, password, record, {});
}

Result<CertificateRecord> TrainingService::signAndStore(const Session &session, const QString &password,
                                                        CertificateRecord record, const QStringList &lineage)
{
    using R = Result<CertificateRecord>;
    auto all = programmes();
    if (!all)
        return R::failure(all.error());
    auto organisation = schoolName(m_db.sql());
    if (!organisation)
        return R::failure(organisation.error());
    auto publicKey = m_keys.publicKey();
    if (!publicKey)
        return R::failure(publicKey.error());
    // The slow part (Argon2) before the write lock.
    auto key = m_keys.unlock(session, password);
    if (!key)
        return R::failure(key.error());

    record.id = newId();
    record.code = CertificatePayload::newCode();
    record.issuedOn = todayOf(m_clock);
    record.expiresOn = CertificationRules::expiry(record.issuedOn, findProgramme(*all, record.programmeId));
    CertificatePayload payload;
    payload.id = record.id;
    payload.code = record.code;
    payload.holderName = record.holderName;
    payload.holderId = record.educatorId;
    payload.programmeId = record.programmeId;
    payload.programmeName = record.programmeName;
    payload.level = record.level;
    payload.issued = record.issuedOn;
    payload.expires = record.expiresOn;
    payload.issuerName = record.issuerName;
    payload.issuerId = record.issuerEducatorId;
    payload.lineage = lineage;
    payload.organisation = *organisation;
    payload.publicKey = *publicKey;
    record.payload = payload.canonicalJson();
    record.signature = key->sign(record.payload);
    if (!OrganisationKey::verify(record.payload, record.signature, *publicKey))
        return R::failure(WrappedKey::tr("The stored signing key is damaged and cannot be used."));

    TrainingStore store(m_db.sql());
    Transaction tx(m_db.sql());
    if (auto s = tx.status(); !s)
        return R::failure(s.error());
    if (auto s = store.insertCertificate(record); !s)
        return R::failure(s.error());
    if (record.founding) {
        if (auto s = store.setFounding(record.educatorId); !s)
            return R::failure(s.error());
    }
    const QJsonObject detail { { QStringLiteral("code"), record.code },
                               { QStringLiteral("educator"), record.educatorId },
                               { QStringLiteral("programme"), record.programmeId },
                               { QStringLiteral("level"), record.level },
                               { QStringLiteral("issued"), record.issuedOn.toString(Qt::ISODate) },
                               { QStringLiteral("expires"), record.expiresOn.toString(Qt::ISODate) },
                               { QStringLiteral("founding"), record.founding } };
    if (auto s = AuditLog::record(m_db.sql(), m_clock.now(), session, QStringLiteral("certificate.issue"), record.id,
                                  json(detail));
        !s)
        return R::failure(s.error());
    if (auto s = tx.commit(); !s)
        return R::failure(s.error());
    return record;
}

Status TrainingService::revokeCertificate(const Session &session, const QString &certificateId, const QString &reason)
{
    if (auto s = requireTraining(session); !s)
        return s;
    const QDate today = todayOf(m_clock);
    TrainingStore store(m_db.sql());
    if (session.role != Role::Admin) {
        // A trainer revokes only while holding a valid trainer certificate, like issuing.
        auto self = store.educators(today, { {}, session.personId });
        if (!self)
            return Status::from(self);
        if (session.personId.isEmpty() || self->isEmpty() || self->constFirst().status != EducatorStatus::Trainer)
            return Status::failure(tr("Only an administrator or a trainer with a valid trainer certificate can revoke "
                                      "certificates."));
    }
    if (reason.trimmed().isEmpty())
        return Status::failure(tr("Say why the certificate is revoked."));
    Transaction tx(m_db.sql());
    if (auto s = tx.status(); !s)
        return s;
    auto found = store.certificates({ certificateId, {} });
    if (!found)
        return Status::from(found);
    if (found->isEmpty())
        return Status::failure(tr("There is no certificate with the id %1.").arg(certificateId));
    if (found->constFirst().isRevoked())
        return Status::failure(tr("This certificate was revoked already."));
    if (auto s = store.revokeCertificate(certificateId, session.personId, m_clock.now(), reason.trimmed()); !s)
        return s;
    const QJsonObject detail { { QStringLiteral("code"), found->constFirst().code },
                               { QStringLiteral("reason"), reason.trimmed() } };
    if (auto s = AuditLog::record(m_db.sql(), m_clock.now(), session, QStringLiteral("certificate.revoke"),
                                  certificateId, json(detail));
        !s)
        return s;
    return tx.commit();
}

Result<QList<CertificateRecord>> TrainingService::certificates(const Session &session,
                                                               const CertificateFilter &filter) const
{
    using R = Result<QList<CertificateRecord>>;
    if (auto s = requireTraining(session); !s)
        return R::failure(s.error());
    auto all = programmes();
    if (!all)
        return R::failure(all.error());
    auto list = TrainingStore(m_db.sql()).certificates({ {}, filter.educatorId });
    if (!list)
        return list;
    nameProgrammes(*list, *all);
    if (!filter.expiringWithinDays)
        return list;
    const QDate today = todayOf(m_clock);
    QList<CertificateRecord> soon;
    for (const CertificateRecord &c : *list) {
        if (!c.isRevoked() && CertificationRules::expiresSoon(c.expiresOn, today, *filter.expiringWithinDays))
            soon.append(c);
    }
    std::sort(soon.begin(), soon.end(),
              [](const CertificateRecord &a, const CertificateRecord &b) { return a.expiresOn < b.expiresOn; });
    return soon;
}

Result<CertificateRecord> TrainingService::certificate(const Session &session, const QString &certificateId) const
{
    using R = Result<CertificateRecord>;
    if (auto s = requireTraining(session); !s)
        return R::failure(s.error());
    auto found = findCertificate(certificateId);
    if (!found)
        return R::failure(found.error());
    if (!found->has_value())
        return R::failure(tr("There is no certificate with the id %1.").arg(certificateId));
    return **found;
}

Result<std::optional<CertificateRecord>> TrainingService::findCertificate(const QString &certificateId) const
{
    using R = Result<std::optional<CertificateRecord>>;
    if (certificateId.isEmpty())
        return std::optional<CertificateRecord>();
    auto all = programmes();
    if (!all)
        return R::failure(all.error());
    auto found = TrainingStore(m_db.sql()).certificates({ certificateId, {} });
    if (!found)
        return R::failure(found.error());
    if (found->isEmpty())
        return std::optional<CertificateRecord>();
    nameProgrammes(*found, *all);
    return std::optional<CertificateRecord>(found->constFirst());
}

Result<QList<LineageNode>> TrainingService::lineage(const Session &session) const
{
    using R = Result<QList<LineageNode>>;
    if (auto s = requireTraining(session); !s)
        return R::failure(s.error());
    TrainingStore store(m_db.sql());
    auto educators = store.educators(todayOf(m_clock));
    if (!educators)
        return R::failure(educators.error());
    auto certificates = store.certificates();
    if (!certificates)
        return R::failure(certificates.error());
    QList<LineageNode> nodes;
    for (const Educator &e : *educators) {
        LineageNode node;
        node.educatorId = e.id;
        node.name = e.displayName;
        node.status = e.status;
        node.trainedById = e.trainedById;
        const CertificateRecord *latest = nullptr;
        for (const CertificateRecord &c : *certificates) { // ordered by issue date
            if (c.educatorId != e.id)
                continue;
            node.certificateIds.append(c.id);
            latest = &c;
        }
        if (latest && !latest->founding)
            node.certifiedById = latest->issuerEducatorId;
        nodes.append(node);
    }
    return nodes;
}

Result<QList<TrainingAuditEntry>> TrainingService::auditLog(const Session &session, const QString &subject) const
{
    if (auto s = requireTraining(session); !s)
        return Result<QList<TrainingAuditEntry>>::failure(s.error());
    return TrainingStore(m_db.sql()).auditLog(subject);
}

} // namespace stages
