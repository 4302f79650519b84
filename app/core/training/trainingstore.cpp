#include "core/training/trainingstore.h"

#include "core/storage/ids.h"
#include "core/storage/sqlquery.h"
#include "core/training/programmejson.h"

#include <QJsonDocument>
#include <QSet>

namespace stages {

namespace {

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate dateFrom(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : fromDbTime(value.toString());
}

QString scoresText(const QList<int> &scores)
{
    QStringList parts;
    for (int s : scores)
        parts.append(QString::number(s));
    return parts.join(QLatin1Char(','));
}

QList<int> scoresFrom(const QString &text)
{
    QList<int> scores;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        scores.append(part.trimmed().toInt());
    return scores;
}

} // namespace

TrainingStore::TrainingStore(QSqlDatabase db)
    : m_db(std::move(db))
{ }

Result<QList<Programme>> TrainingStore::storedProgrammes() const
{
    using R = Result<QList<Programme>>;
    SqlQuery q(m_db, QStringLiteral("SELECT definition FROM programme_edit ORDER BY id"));
    if (auto s = q.exec(); !s)
        return R::failure(s.error());
    QList<Programme> list;
    while (q.next()) {
        auto programme = ProgrammeJson::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
        if (!programme)
            return R::failure(programme.error());
        list.append(*programme);
    }
    return list;
}

Status TrainingStore::saveProgramme(const Programme &programme, const QString &personId, const QDateTime &at)
{
    SqlQuery remove(m_db, QStringLiteral("DELETE FROM programme_edit WHERE id = :id"));
    remove.bind(QStringLiteral(":id"), programme.id);
    if (auto s = remove.exec(); !s)
        return s;
    SqlQuery insert(m_db,
                    QStringLiteral("INSERT INTO programme_edit (id, definition, updated_by, updated_at) "
                                   "VALUES (:id, :def, :by, :at)"));
    insert.bind(QStringLiteral(":id"), programme.id)
        .bind(QStringLiteral(":def"),
              QString::fromUtf8(QJsonDocument(ProgrammeJson::toJson(programme)).toJson(QJsonDocument::Compact)))
        .bind(QStringLiteral(":by"), textOrNull(personId))
        .bind(QStringLiteral(":at"), toDbTime(at));
    return insert.exec();
}

Result<QList<Educator>> TrainingStore::educators(const QDate &today, const EducatorQuery &query) const
{
    using R = Result<QList<Educator>>;
    QString sql = QStringLiteral(
        "SELECT e.id, e.person_id, e.display_name, e.organisation, e.trained_by, t.display_name, e.founding, "
        "e.created_at, (SELECT COUNT(*) FROM signing_key k WHERE k.person_id = e.person_id) "
        "FROM educator e LEFT JOIN educator t ON t.id = e.trained_by ");
    if (!query.id.isEmpty())
        sql += QLatin1String("WHERE e.id = :id ");
    else if (!query.personId.isEmpty())
        sql += QLatin1String("WHERE e.person_id = :person ");
    sql += QLatin1String("ORDER BY e.display_name, e.id");
    SqlQuery q(m_db, sql);
    if (!query.id.isEmpty())
        q.bind(QStringLiteral(":id"), query.id);
    else if (!query.personId.isEmpty())
        q.bind(QStringLiteral(":person"), query.personId);
    if (auto s = q.exec(); !s)
        return R::failure(s.error());
    QList<Educator> list;
    while (q.next()) {
        Educator e;
        e.id = q.value(0).toString();
        e.personId = q.value(1).toString();
        e.displayName = q.value(2).toString();
        e.organisation = q.value(3).toString();
        e.trainedById = q.value(4).toString();
        e.trainedByName = q.value(5).toString();
        e.founding = q.value(6).toInt() != 0;
        e.createdAt = timeFrom(q.value(7));
        e.canSign = q.value(8).toInt() > 0;
        list.append(e);
    }
    if (list.isEmpty())
        return list;
    auto all = certificates(CertificateQuery { {}, list.size() == 1 ? list.constFirst().id : QString() });
    if (!all)
        return R::failure(all.error());
    for (Educator &e : list) {
        QList<CertificateRecord> own;
        for (const CertificateRecord &c : *all) {
            if (c.educatorId == e.id)
                own.append(c);
        }
        e.status = statusFrom(own, today);
    }
    return list;
}

Status TrainingStore::insertEducator(const Educator &educator, const QString &createdBy)
{
    SqlQuery q(m_db,
               QStringLiteral("INSERT INTO educator (id, person_id, display_name, organisation, trained_by, "
                              "founding, created_at, created_by) "
                              "VALUES (:id, :person, :name, :org, :trainer, :founding, :at, :by)"));
    q.bind(QStringLiteral(":id"), educator.id)
        .bind(QStringLiteral(":person"), textOrNull(educator.personId))
        .bind(QStringLiteral(":name"), educator.displayName)
        .bind(QStringLiteral(":org"), textOrNull(educator.organisation))
        .bind(QStringLiteral(":trainer"), textOrNull(educator.trainedById))
        .bind(QStringLiteral(":founding"), educator.founding ? 1 : 0)
        .bind(QStringLiteral(":at"), toDbTime(educator.createdAt))
        .bind(QStringLiteral(":by"), textOrNull(createdBy));
    return q.exec();
}

Status TrainingStore::setFounding(const QString &educatorId)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE educator SET founding = 1 WHERE id = :id"));
    q.bind(QStringLiteral(":id"), educatorId);
    return q.exec();
}

Result<QList<EvidenceRecord>> TrainingStore::evidence(const QString &educatorId, const QString &programmeId,
                                                      const QString &evidenceId) const
{
    using R = Result<QList<EvidenceRecord>>;
    QString sql = QStringLiteral(
        "SELECT v.id, v.educator_id, v.programme_id, v.kind, v.amount, v.rubric_scores, v.note, v.class_id, "
        "v.occurred_on, v.recorded_by, p.display_name, v.recorded_at, v.corrected_at "
        "FROM evidence v LEFT JOIN person p ON p.id = v.recorded_by WHERE v.removed_at IS NULL ");
    if (!evidenceId.isEmpty())
        sql += QLatin1String("AND v.id = :id ");
    if (!educatorId.isEmpty())
        sql += QLatin1String("AND v.educator_id = :educator ");
    if (!programmeId.isEmpty())
        sql += QLatin1String("AND v.programme_id = :programme ");
    sql += QLatin1String("ORDER BY v.occurred_on, v.recorded_at, v.id");
    SqlQuery q(m_db, sql);
    if (!evidenceId.isEmpty())
        q.bind(QStringLiteral(":id"), evidenceId);
    if (!educatorId.isEmpty())
        q.bind(QStringLiteral(":educator"), educatorId);
    if (!programmeId.isEmpty())
        q.bind(QStringLiteral(":programme"), programmeId);
    if (auto s = q.exec(); !s)
        return R::failure(s.error());
    QList<EvidenceRecord> list;
    while (q.next()) {
        EvidenceRecord r;
        r.id = q.value(0).toString();
        r.educatorId = q.value(1).toString();
        r.programmeId = q.value(2).toString();
        r.evidence.kind = requirementKindFromKey(q.value(3).toString()).value_or(RequirementKind::PortfolioItems);
        r.evidence.amount = q.value(4).toDouble();
        r.evidence.rubricScores = scoresFrom(q.value(5).toString());
        r.note = q.value(6).toString();
        r.classId = q.value(7).toString();
        r.evidence.date = dateFrom(q.value(8));
        r.recordedById = q.value(9).toString();
        r.recordedByName = q.value(10).toString();
        r.recordedAt = timeFrom(q.value(11));
        r.correctedAt = timeFrom(q.value(12));
        list.append(r);
    }
    return list;
}

Status TrainingStore::insertEvidence(const EvidenceRecord &r)
{
    SqlQuery q(m_db,
               QStringLiteral("INSERT INTO evidence (id, educator_id, programme_id, kind, amount, rubric_scores, "
                              "note, class_id, occurred_on, recorded_by, recorded_at) "
                              "VALUES (:id, :educator, :programme, :kind, :amount, :scores, :note, :class, "
                              ":on, :by, :at)"));
    q.bind(QStringLiteral(":id"), r.id)
        .bind(QStringLiteral(":educator"), r.educatorId)
        .bind(QStringLiteral(":programme"), r.programmeId)
        .bind(QStringLiteral(":kind"), requirementKindKey(r.evidence.kind))
        .bind(QStringLiteral(":amount"), r.evidence.amount)
        .bind(QStringLiteral(":scores"), textOrNull(scoresText(r.evidence.rubricScores)))
        .bind(QStringLiteral(":note"), textOrNull(r.note))
        .bind(QStringLiteral(":class"), textOrNull(r.classId))
        .bind(QStringLiteral(":on"), dateOrNull(r.evidence.date))
        .bind(QStringLiteral(":by"), textOrNull(r.recordedById))
        .bind(QStringLiteral(":at"), toDbTime(r.recordedAt));
    return q.exec();
}

Status TrainingStore::updateEvidence(const EvidenceRecord &r)
{
    SqlQuery q(m_db,
               QStringLiteral("UPDATE evidence SET kind = :kind, amount = :amount, rubric_scores = :scores, "
                              "note = :note, class_id = :class, occurred_on = :on, corrected_at = :at "
                              "WHERE id = :id AND removed_at IS NULL"));
    q.bind(QStringLiteral(":kind"), requirementKindKey(r.evidence.kind))
        .bind(QStringLiteral(":amount"), r.evidence.amount)
        .bind(QStringLiteral(":scores"), textOrNull(scoresText(r.evidence.rubricScores)))
        .bind(QStringLiteral(":note"), textOrNull(r.note))
        .bind(QStringLiteral(":class"), textOrNull(r.classId))
        .bind(QStringLiteral(":on"), dateOrNull(r.evidence.date))
        .bind(QStringLiteral(":at"), toDbTime(r.correctedAt))
        .bind(QStringLiteral(":id"), r.id);
    return q.exec();
}

Status TrainingStore::markEvidenceRemoved(const QString &evidenceId, const QDateTime &at)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE evidence SET removed_at = :at WHERE id = :id AND removed_at IS NULL"));
    q.bind(QStringLiteral(":at"), toDbTime(at)).bind(QStringLiteral(":id"), evidenceId);
    return q.exec();
}

Result<int> TrainingStore::practicumWeeks(const QString &classId, const QDate &from) const
{
    // One row per day with activity (finished_at is ISO UTC text, so its first ten characters
    // are the date); the ISO week is worked out here, the same on SQLite and PostgreSQL.
    SqlQuery q(m_db,
               QStringLiteral("SELECT DISTINCT substr(a.finished_at, 1, 10) FROM attempt a "
                              "JOIN class_member m ON m.person_id = a.person_id "
                              "WHERE m.class_id = :c AND a.finished_at >= :from"));
    q.bind(QStringLiteral(":c"), classId).bind(QStringLiteral(":from"), from.toString(Qt::ISODate));
    if (auto s = q.exec(); !s)
        return Result<int>::failure(s.error());
    QSet<int> weeks;
    while (q.next()) {
        const QDate day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        if (!day.isValid())
            continue;
        int year = 0;
        const int week = day.weekNumber(&year);
        weeks.insert(year * 100 + week);
    }
    return int(weeks.size());
}

Result<QList<CertificateRecord>> TrainingStore::certificates(const CertificateQuery &query) const
{
    using R = Result<QList<CertificateRecord>>;
    QString sql = QStringLiteral(
        "SELECT c.id, c.code, c.educator_id, e.display_name, c.programme_id, c.level, c.issued_on, c.expires_on, "
        "c.issuer_educator_id, c.issuer_name, c.founding, c.payload, c.signature, c.revoked_at, p.display_name, "
        "c.revoke_reason FROM certificate c JOIN educator e ON e.id = c.educator_id "
        "LEFT JOIN person p ON p.id = c.revoked_by ");
    if (!query.id.isEmpty())
        sql += QLatin1String("WHERE c.id = :id ");
    else if (!query.educatorId.isEmpty())
        sql += QLatin1String("WHERE c.educator_id = :educator ");
    sql += QLatin1String("ORDER BY c.issued_on, c.code");
    SqlQuery q(m_db, sql);
    if (!query.id.isEmpty())
        q.bind(QStringLiteral(":id"), query.id);
    else if (!query.educatorId.isEmpty())
        q.bind(QStringLiteral(":educator"), query.educatorId);
    if (auto s = q.exec(); !s)
        return R::failure(s.error());
    QList<CertificateRecord> list;
    while (q.next()) {
        CertificateRecord c;
        c.id = q.value(0).toString();
        c.code = q.value(1).toString();
        c.educatorId = q.value(2).toString();
        c.holderName = q.value(3).toString();
        c.programmeId = q.value(4).toString();
        c.level = q.value(5).toInt();
        c.issuedOn = dateFrom(q.value(6));
        c.expiresOn = dateFrom(q.value(7));
        c.issuerEducatorId = q.value(8).toString();
        c.issuerName = q.value(9).toString();
        c.founding = q.value(10).toInt() != 0;
        c.payload = q.value(11).toString().toUtf8();
        c.signature = QByteArray::fromBase64(q.value(12).toString().toLatin1());
        c.revokedAt = timeFrom(q.value(13));
        // Revoked at the command line (no account): stagesctl, as the audit log says.
        c.revokedByName
            = c.revokedAt.isValid() && q.value(14).isNull() ? QStringLiteral("stagesctl") : q.value(14).toString();
        c.revokeReason = q.value(15).toString();
        list.append(c);
    }
    return list;
}

Status TrainingStore::insertCertificate(const CertificateRecord &c)
{
    SqlQuery q(m_db,
               QStringLiteral("INSERT INTO certificate (id, code, educator_id, programme_id, level, issued_on, "
                              "expires_on, issuer_educator_id, issuer_name, founding, payload, signature) "
                              "VALUES (:id, :code, :educator, :programme, :level, :issued, :expires, :issuer, "
                              ":issuerName, :founding, :payload, :signature)"));
    q.bind(QStringLiteral(":id"), c.id)
        .bind(QStringLiteral(":code"), c.code)
        .bind(QStringLiteral(":educator"), c.educatorId)
        .bind(QStringLiteral(":programme"), c.programmeId)
        .bind(QStringLiteral(":level"), c.level)
        .bind(QStringLiteral(":issued"), dateOrNull(c.issuedOn))
        .bind(QStringLiteral(":expires"), dateOrNull(c.expiresOn))
        .bind(QStringLiteral(":issuer"), textOrNull(c.issuerEducatorId))
        .bind(QStringLiteral(":issuerName"), c.issuerName)
        .bind(QStringLiteral(":founding"), c.founding ? 1 : 0)
        .bind(QStringLiteral(":payload"), QString::fromUtf8(c.payload))
        .bind(QStringLiteral(":signature"), QString::fromLatin1(c.signature.toBase64()));
    return q.exec();
}

Status TrainingStore::revokeCertificate(const QString &certificateId, const QString &personId, const QDateTime &at,
                                        const QString &reason)
{
    SqlQuery q(m_db,
               QStringLiteral("UPDATE certificate SET revoked_at = :at, revoked_by = :by, revoke_reason = :why "
                              "WHERE id = :id AND revoked_at IS NULL"));
    q.bind(QStringLiteral(":at"), toDbTime(at))
        .bind(QStringLiteral(":by"), textOrNull(personId))
        .bind(QStringLiteral(":why"), reason)
        .bind(QStringLiteral(":id"), certificateId);
    return q.exec();
}

Result<QList<TrainingAuditEntry>> TrainingStore::auditLog(const QString &subject) const
{
    using R = Result<QList<TrainingAuditEntry>>;
    QString sql = QStringLiteral(
        "SELECT a.at, p.display_name, a.action, a.subject, a.detail FROM audit_log a "
        "LEFT JOIN person p ON p.id = a.actor_id "
        "WHERE (a.action LIKE 'evidence.%' OR a.action LIKE 'certificate.%' OR a.action LIKE 'signing.%' "
        "OR a.action LIKE 'educator.%' OR a.action LIKE 'programme.%') ");
    // An educator's id also finds their evidence, certificates and their account's signing grants.
    if (!subject.isEmpty())
        sql += QLatin1String("AND (a.subject = :s1 OR a.subject IN (SELECT id FROM evidence WHERE educator_id = :s2) "
                             "OR a.subject IN (SELECT id FROM certificate WHERE educator_id = :s3) "
                             "OR a.subject IN (SELECT person_id FROM educator WHERE id = :s4)) ");
    sql += QLatin1String("ORDER BY a.at, a.id");
    SqlQuery q(m_db, sql);
    if (!subject.isEmpty()) {
        for (const char *name : { ":s1", ":s2", ":s3", ":s4" })
            q.bind(QLatin1String(name), subject);
    }
    if (auto s = q.exec(); !s)
        return R::failure(s.error());
    QList<TrainingAuditEntry> list;
    while (q.next()) {
        TrainingAuditEntry e;
        e.at = timeFrom(q.value(0));
        e.actorName = q.value(1).isNull() ? QStringLiteral("stagesctl") : q.value(1).toString();
        e.action = q.value(2).toString();
        e.subject = q.value(3).toString();
        e.detail = q.value(4).toString();
        list.append(e);
    }
    return list;
}

EducatorStatus TrainingStore::statusFrom(const QList<CertificateRecord> &certificates, const QDate &today)
{
    if (certificates.isEmpty())
        return EducatorStatus::InTraining;
    int best = 0;
    for (const CertificateRecord &c : certificates) {
        if (c.isValidOn(today))
            best = std::max(best, c.level);
    }
    if (best >= kTrainerLevel)
        return EducatorStatus::Trainer;
    if (best >= 1)
        return EducatorStatus::CertifiedTeacher;
    return EducatorStatus::Lapsed;
}

} // namespace stages
