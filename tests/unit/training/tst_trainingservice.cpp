// TrainingService through a real SQLite file (issue 11): the certification rules as the service
// applies them, who may do what, signatures, revocation, renewal reminders, the audit log and
// practicum counted from a class's real attempts.

#include "core/progress/attemptservice.h"
#include "core/storage/sqlquery.h"
#include "core/training/certificatepayload.h"
#include "trainingfixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace stages;
using namespace stages::test;

namespace {

const QString kTeacher = TrainingSchool::kTeacher;
const QString kTrainer = TrainingSchool::kTrainer;

int certificateCount(TrainingSchool &t)
{
    return SqlQuery(t.database.db->sql(), QStringLiteral("SELECT COUNT(*) FROM certificate")).scalar().value().toInt();
}

} // namespace

class TestTrainingService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { STAGES_SKIP_WITHOUT_TEST_BACKEND(); }
    void foundingTrainerIsATrainerWhoMaySign()
    {
        TrainingSchool t;
        const Educator tia = t.training.educator(t.school.admin, t.tia.id).value();
        QCOMPARE(tia.status, EducatorStatus::Trainer);
        QVERIFY(tia.founding);
        QVERIFY(tia.canSign);
        QCOMPARE(tia.personId, t.school.trainer.personId);
        const Educator tom = t.training.educator(t.school.trainer, t.tom.id).value();
        QCOMPARE(tom.status, EducatorStatus::InTraining);
        QCOMPARE(tom.trainedById, t.tia.id); // the recording trainer trains them by default
        QCOMPARE(tom.trainedByName, QStringLiteral("Tia Trainer"));
        QVERIFY(!tom.canSign);
        // A founding certificate: no certifying trainer, the admin as issuer, three years.
        const auto certificates = t.training.certificates(t.school.admin, { t.tia.id, {} }).value();
        QCOMPARE(certificates.size(), 1);
        QVERIFY(certificates.first().founding);
        QVERIFY(certificates.first().issuerEducatorId.isEmpty());
        QCOMPARE(certificates.first().issuerName, QStringLiteral("Ada Admin"));
        QCOMPARE(certificates.first().expiresOn, QDate(2029, 9, 1));
        QCOMPARE(certificates.first().level, 2);
        // Only an admin records founding trainers.
        auto byTrainer = t.training.recordFoundingTrainer(t.school.trainer, t.tom.id, t.password);
        QVERIFY(!byTrainer.ok());
        QVERIFY(byTrainer.error().contains(QLatin1String("administrator")));
    }

    void eligibleEducatorIsCertifiedAndTheSignatureVerifies()
    {
        TrainingSchool t;
        t.fulfilTeacher(t.tom.id);
        QVERIFY(t.training.progress(t.school.trainer, t.tom.id, kTeacher).value().eligible());
        auto issued = t.training.issueCertificate(t.school.trainer, t.tom.id, kTeacher, t.password);
        QVERIFY2(issued.ok(), qPrintable(issued.error()));
        QCOMPARE(issued->level, 1);
        QCOMPARE(issued->issuedOn, QDate(2026, 9, 1));
        QCOMPARE(issued->expiresOn, QDate(2029, 9, 1)); // three years by default
        QCOMPARE(issued->issuerEducatorId, t.tia.id);
        QCOMPARE(t.training.educator(t.school.trainer, t.tom.id)->status, EducatorStatus::CertifiedTeacher);

        // What is stored is what was signed, and the organisation's public key verifies it.
        const CertificateRecord stored = t.training.certificate(t.school.trainer, issued->id).value();
        QCOMPARE(stored.payload, issued->payload);
        QCOMPARE(stored.signature, issued->signature);
        QCOMPARE(stored.programmeName, QStringLiteral("Stages teacher"));
        const QByteArray publicKey = t.keys.publicKey().value();
        QVERIFY(OrganisationKey::verify(stored.payload, stored.signature, publicKey));
        QByteArray tampered = stored.payload;
        tampered[tampered.size() / 2] = char(tampered.at(tampered.size() / 2) ^ 0x01);
        QVERIFY(!OrganisationKey::verify(tampered, stored.signature, publicKey));

        const CertificatePayload payload = CertificatePayload::fromJson(stored.payload).value();
        QCOMPARE(payload.id, stored.id);
        QCOMPARE(payload.code, stored.code);
        QCOMPARE(payload.holderName, QStringLiteral("Tom Teacher"));
        QCOMPARE(payload.holderId, t.tom.id);
        QCOMPARE(payload.issuerName, QStringLiteral("Tia Trainer"));
        QCOMPARE(payload.lineage, QStringList { QStringLiteral("Tia Trainer") });
        QCOMPARE(payload.organisation, QStringLiteral("Test School"));
        QCOMPARE(payload.publicKey, publicKey);
        QCOMPARE(payload.expires, QDate(2029, 9, 1));

        // A wrong password signs nothing.
        t.fulfilTeacher(t.tom.id);
        auto wrong = t.training.issueCertificate(t.school.trainer, t.tom.id, kTeacher, QStringLiteral("not-it"));
        QVERIFY(!wrong.ok());
        QCOMPARE(certificateCount(t), 2); // Tia's founding one and Tom's
    }

    void notEligibleIsRefusedWithWhatIsMissing()
    {
        TrainingSchool t;
        t.add(t.tom.id, kTeacher, RequirementKind::WorkshopHours, 10);
        t.add(t.tom.id, kTeacher, RequirementKind::ObservedLessons, 0, { 2, 3, 2, 3 });
        const Eligibility progress = t.training.progress(t.school.trainer, t.tom.id, kTeacher).value();
        QVERIFY(!progress.eligible());
        QCOMPARE(progress.requirements.at(0).achieved, 10.0);
        auto refused = t.training.issueCertificate(t.school.trainer, t.tom.id, kTeacher, t.password);
        QVERIFY(!refused.ok());
        const QStringList missing = progress.missing();
        QCOMPARE(missing.size(), 4);
        for (const QString &line : missing)
            QVERIFY2(refused.error().contains(line), qPrintable(refused.error() + QLatin1String(" lacks ") + line));
        QVERIFY(refused.error().contains(QLatin1String("6 more workshop hour(s)")));
        QVERIFY(refused.error().contains(QLatin1String("8 more practicum week(s)")));
        QVERIFY(refused.error().contains(QLatin1String("3 more portfolio item(s)")));
        QCOMPARE(certificateCount(t), 1); // only Tia's founding certificate
    }

    void theTrainerProgrammeNeedsAValidTeacherCertificate()
    {
        TrainingSchool t;
        NewEvidence hours { t.tom.id, kTrainer, RequirementKind::WorkshopHours, 4, {}, {}, {}, {} };
        auto refused = t.training.addEvidence(t.school.trainer, hours);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QLatin1String("valid Stages teacher certificate")),
                 qPrintable(refused.error()));

        t.fulfilTeacher(t.tom.id);
        QVERIFY(t.training.issueCertificate(t.school.trainer, t.tom.id, kTeacher, t.password).ok());
        QVERIFY(t.training.addEvidence(t.school.trainer, hours).ok());
        t.fulfilTrainer(t.tom.id);
        QVERIFY(t.training.progress(t.school.trainer, t.tom.id, kTrainer)->eligible());

        // Three years on, Tom's teacher certificate has expired (and so has Tia's founding one,
        // which the admin records again so that a valid trainer is there to certify).
        t.advanceDays(3 * 365 + 1);
        QCOMPARE(t.training.educator(t.school.trainer, t.tom.id)->status, EducatorStatus::Lapsed);
        QVERIFY(t.training.recordFoundingTrainer(t.school.admin, t.tia.id, t.password).ok());
        QVERIFY(!t.training.addEvidence(t.school.trainer, hours).ok());
        const Eligibility progress = t.training.progress(t.school.trainer, t.tom.id, kTrainer).value();
        QVERIFY(!progress.prerequisiteMet);
        auto blocked = t.training.issueCertificate(t.school.trainer, t.tom.id, kTrainer, t.password);
        QVERIFY(!blocked.ok());
        QVERIFY2(blocked.error().contains(QLatin1String("a valid Stages teacher certificate")),
                 qPrintable(blocked.error()));

        // Renewed, Tom may be certified as a trainer, and then certify others himself.
        t.fulfilTeacher(t.tom.id);
        QVERIFY(t.training.issueCertificate(t.school.trainer, t.tom.id, kTeacher, t.password).ok());
        auto trainer = t.training.issueCertificate(t.school.trainer, t.tom.id, kTrainer, t.password);
        QVERIFY2(trainer.ok(), qPrintable(trainer.error()));
        QCOMPARE(t.training.educator(t.school.trainer, t.tom.id)->status, EducatorStatus::Trainer);
    }

    void onlyACertifiedTrainerWhoMaySignCertifies()
    {
        TrainingSchool t;
        AccountService accounts(*t.database.db, t.clock);
        const Person tereza = accounts
                                  .addPerson(t.school.admin,
                                             { Role::Trainer,
                                               QStringLiteral("Tereza Trainer"),
                                               QStringLiteral("tereza"),
                                               t.password,
                                               {},
                                               0,
                                               {} })
                                  .value();
        const Session terezaSession = accounts.signInWithPassword(QStringLiteral("tereza"), t.password).value();
        const Educator terezaEducator = t.training.addEducator(t.school.admin, { {}, tereza.id, {}, {} }).value();
        t.fulfilTeacher(t.tom.id);

        // A trainer account without a trainer certificate (even one allowed to sign).
        QVERIFY(t.keys.grant(t.school.admin, t.password, tereza.id, t.password).ok());
        auto uncertified = t.training.issueCertificate(terezaSession, t.tom.id, kTeacher, t.password);
        QVERIFY(!uncertified.ok());
        QVERIFY2(uncertified.error().contains(QLatin1String("valid trainer certificate")),
                 qPrintable(uncertified.error()));

        // A certified trainer not allowed to sign.
        QVERIFY(t.training.recordFoundingTrainer(t.school.admin, terezaEducator.id, t.password).ok());
        QVERIFY(t.keys.withdraw(t.school.admin, tereza.id).ok());
        auto unsigned_ = t.training.issueCertificate(terezaSession, t.tom.id, kTeacher, t.password);
        QVERIFY(!unsigned_.ok());
        QVERIFY2(unsigned_.error().contains(QLatin1String("administrator must allow")), qPrintable(unsigned_.error()));

        // A trainer whose certificate was revoked.
        const QString tiaCertificate = t.training.certificates(t.school.admin, { t.tia.id, {} })->first().id;
        QVERIFY(
            t.training.revokeCertificate(t.school.admin, tiaCertificate, QStringLiteral("left the programme")).ok());
        auto revoked = t.training.issueCertificate(t.school.trainer, t.tom.id, kTeacher, t.password);
        QVERIFY(!revoked.ok());
        QVERIFY(revoked.error().contains(QLatin1String("valid trainer certificate")));

        // A trainer whose certificate expired.
        TrainingSchool u;
        u.fulfilTeacher(u.tom.id);
        u.advanceDays(3 * 366);
        auto expired = u.training.issueCertificate(u.school.trainer, u.tom.id, kTeacher, u.password);
        QVERIFY(!expired.ok());
        QVERIFY(expired.error().contains(QLatin1String("valid trainer certificate")));
        // An admin who is no educator cannot issue either, and nobody certifies themselves.
        QVERIFY(!u.training.issueCertificate(u.school.admin, u.tom.id, kTeacher, u.password).ok());
        QVERIFY(u.training.recordFoundingTrainer(u.school.admin, u.tia.id, u.password).ok());
        u.fulfilTeacher(u.tia.id);
        auto self = u.training.issueCertificate(u.school.trainer, u.tia.id, kTeacher, u.password);
        QVERIFY(!self.ok());
        QCOMPARE(certificateCount(t), 2);
    }

    void rolesAreEnforced()
    {
        TrainingSchool t;
        t.fulfilTeacher(t.tom.id);
        // A teacher cannot issue (not even for themselves), nor read anyone's evidence.
        auto byTeacher = t.training.issueCertificate(t.school.teacher, t.tom.id, kTeacher, t.password);
        QVERIFY(!byTeacher.ok());
        QVERIFY2(byTeacher.error().contains(QLatin1String("Only trainers and administrators")),
                 qPrintable(byTeacher.error()));
        QVERIFY(!t.training.evidence(t.school.teacher, t.tom.id).ok());
        // A pupil reads nothing.
        auto byPupil = t.training.evidence(t.school.pupil, t.tom.id);
        QVERIFY(!byPupil.ok());
        QVERIFY(byPupil.error().contains(QLatin1String("Only trainers and administrators")));
        QVERIFY(!t.training.educators(t.school.pupil).ok());
        QVERIFY(!t.training.progress(t.school.pupil, t.tom.id, kTeacher).ok());
        QVERIFY(!t.training.certificates(t.school.pupil).ok());
        QVERIFY(!t.training.auditLog(t.school.pupil).ok());
        QVERIFY(
            !t.training
                 .addEvidence(t.school.pupil, { t.tom.id, kTeacher, RequirementKind::WorkshopHours, 1, {}, {}, {}, {} })
                 .ok());
        // Tom may see his own record, not change programmes; the admin reads and records.
        QCOMPARE(t.training.educatorForPerson(t.school.teacher, t.school.teacher.personId)->id, t.tom.id);
        QVERIFY(!t.training.educatorForPerson(t.school.teacher, t.school.trainer.personId).ok());
        QVERIFY(!t.training.saveProgramme(t.school.trainer, defaultProgrammes().first()).ok());
        QCOMPARE(t.training.evidence(t.school.admin, t.tom.id)->size(), 5);
        QCOMPARE(t.training.evidence(t.school.trainer, t.tom.id)->size(), 5);
        // A pupil's account cannot become an educator.
        QVERIFY(!t.training.addEducator(t.school.admin, { {}, t.school.pupilId, {}, {} }).ok());
        // Evidence of a kind the programme does not count, or with impossible values, is refused.
        QVERIFY(!t.training
                     .addEvidence(t.school.trainer,
                                  { t.tom.id, kTeacher, RequirementKind::WorkshopHours, -2, {}, {}, {}, {} })
                     .ok());
        QVERIFY(
            !t.training
                 .addEvidence(t.school.trainer,
                              { t.tom.id, kTeacher, RequirementKind::ObservedLessons, 0, { 3, 5, 3, 3 }, {}, {}, {} })
                 .ok());
        QVERIFY(
            !t.training
                 .addEvidence(t.school.trainer,
                              { t.tom.id, kTeacher, RequirementKind::WorkshopHours, 2, {}, QDate(2026, 9, 2), {}, {} })
                 .ok());
    }

    void correctionsAndActionsAreAudited()
    {
        TrainingSchool t;
        t.clock.advance(1000);
        const EvidenceRecord hours = t.add(t.tom.id, kTeacher, RequirementKind::WorkshopHours, 6);
        t.clock.advance(1000);
        NewEvidence changed { t.tom.id, kTeacher,           RequirementKind::WorkshopHours,  8,
                              {},       QDate(2026, 8, 30), QStringLiteral("two workshops"), {} };
        auto corrected = t.training.correctEvidence(t.school.trainer, hours.id, changed);
        QVERIFY2(corrected.ok(), qPrintable(corrected.error()));
        QCOMPARE(corrected->evidence.amount, 8.0);
        QVERIFY(corrected->correctedAt.isValid());
        QCOMPARE(t.training.evidence(t.school.trainer, t.tom.id)->first().evidence.amount, 8.0);
        t.clock.advance(1000);
        const EvidenceRecord portfolio = t.add(t.tom.id, kTeacher, RequirementKind::PortfolioItems, 1);
        t.clock.advance(1000);
        QVERIFY(t.training.removeEvidence(t.school.trainer, portfolio.id, QStringLiteral("entered twice")).ok());
        QCOMPARE(t.training.evidence(t.school.trainer, t.tom.id)->size(), 1);

        const auto log = t.training.auditLog(t.school.admin, t.tom.id).value();
        QStringList actions;
        for (const TrainingAuditEntry &e : log)
            actions.append(e.action);
        QCOMPARE(actions,
                 (QStringList { QStringLiteral("educator.add"), QStringLiteral("evidence.add"),
                                QStringLiteral("evidence.correct"), QStringLiteral("evidence.add"),
                                QStringLiteral("evidence.remove") }));
        const TrainingAuditEntry correction = log.at(2);
        QCOMPARE(correction.actorName, QStringLiteral("Tia Trainer"));
        QCOMPARE(correction.subject, hours.id);
        const QJsonObject detail = QJsonDocument::fromJson(correction.detail.toUtf8()).object();
        QCOMPARE(detail.value(QStringLiteral("old")).toObject().value(QStringLiteral("amount")).toDouble(), 6.0);
        QCOMPARE(detail.value(QStringLiteral("old")).toObject().value(QStringLiteral("date")).toString(),
                 QStringLiteral("2026-09-01"));
        QCOMPARE(detail.value(QStringLiteral("new")).toObject().value(QStringLiteral("amount")).toDouble(), 8.0);
        QCOMPARE(detail.value(QStringLiteral("new")).toObject().value(QStringLiteral("note")).toString(),
                 QStringLiteral("two workshops"));
        const QJsonObject removal = QJsonDocument::fromJson(log.at(4).detail.toUtf8()).object();
        QCOMPARE(removal.value(QStringLiteral("reason")).toString(), QStringLiteral("entered twice"));

        // Issue, revoke and signing grants are in the log too.
        t.fulfilTeacher(t.tom.id);
        const CertificateRecord issued
            = t.training.issueCertificate(t.school.trainer, t.tom.id, kTeacher, t.password).value();
        t.clock.advance(1000);
        QVERIFY(t.training.revokeCertificate(t.school.trainer, issued.id, QStringLiteral("issued by mistake")).ok());
        const auto all = t.training.auditLog(t.school.admin).value();
        const auto has = [&all](const QString &action, const QString &subject) {
            return std::any_of(all.cbegin(), all.cend(),
                               [&](const TrainingAuditEntry &e) { return e.action == action && e.subject == subject; });
        };
        QVERIFY(has(QStringLiteral("certificate.issue"), issued.id));
        QVERIFY(has(QStringLiteral("certificate.revoke"), issued.id));
        QVERIFY(has(QStringLiteral("signing.grant"), t.school.trainer.personId));
        QVERIFY(has(QStringLiteral("signing.create"), t.school.admin.personId));
    }

    void revokedCertificatesAreNoLongerValid()
    {
        TrainingSchool t;
        t.fulfilTeacher(t.tom.id);
        const CertificateRecord issued
            = t.training.issueCertificate(t.school.trainer, t.tom.id, kTeacher, t.password).value();
        QVERIFY(!t.training.revokeCertificate(t.school.teacher, issued.id, QStringLiteral("no")).ok());
        QVERIFY(!t.training.revokeCertificate(t.school.trainer, issued.id, QStringLiteral("  ")).ok());
        QVERIFY(t.training.revokeCertificate(t.school.trainer, issued.id, QStringLiteral("issued by mistake")).ok());
        const CertificateRecord revoked = t.training.certificate(t.school.admin, issued.id).value();
        QVERIFY(revoked.isRevoked());
        QVERIFY(!revoked.isValidOn(QDate(2026, 9, 2)));
        QCOMPARE(revoked.revokeReason, QStringLiteral("issued by mistake"));
        QCOMPARE(revoked.revokedByName, QStringLiteral("Tia Trainer"));
        QCOMPARE(t.training.educator(t.school.admin, t.tom.id)->status, EducatorStatus::Lapsed);
        QVERIFY(!t.training.revokeCertificate(t.school.admin, issued.id, QStringLiteral("again")).ok());
        // Verification without a session finds it, revoked.
        const auto found = t.training.findCertificate(issued.id).value();
        QVERIFY(found.has_value());
        QVERIFY(found->isRevoked());
        QVERIFY(!t.training.findCertificate(QStringLiteral("no-such-id")).value().has_value());
    }

    void renewalRemindersListCertificatesExpiringSoon()
    {
        TrainingSchool t;
        t.fulfilTeacher(t.tom.id);
        const CertificateRecord tom
            = t.training.issueCertificate(t.school.trainer, t.tom.id, kTeacher, t.password).value();
        TrainingService::CertificateFilter soon;
        soon.expiringWithinDays = 90;
        QVERIFY(t.training.certificates(t.school.trainer, soon)->isEmpty());
        QCOMPARE(t.training.certificates(t.school.trainer)->size(), 2);

        t.clock.set(QDateTime(QDate(2029, 7, 1), QTime(9, 0), Qt::UTC)); // 62 days before both expire
        const auto expiring = t.training.certificates(t.school.trainer, soon).value();
        QCOMPARE(expiring.size(), 2);
        soon.expiringWithinDays = 30;
        QVERIFY(t.training.certificates(t.school.trainer, soon)->isEmpty());
        soon.expiringWithinDays = 90;
        soon.educatorId = t.tom.id;
        QCOMPARE(t.training.certificates(t.school.trainer, soon)->size(), 1);
        QCOMPARE(t.training.certificates(t.school.trainer, soon)->first().id, tom.id);

        // Revoked or expired ones need no reminder.
        QVERIFY(t.training.revokeCertificate(t.school.admin, tom.id, QStringLiteral("moved away")).ok());
        QVERIFY(t.training.certificates(t.school.trainer, soon)->isEmpty());
        soon.educatorId.clear();
        t.clock.set(QDateTime(QDate(2029, 9, 1), QTime(9, 0), Qt::UTC));
        QVERIFY(t.training.certificates(t.school.admin, soon)->isEmpty());
    }

    void practicumIsCountedFromTheClassAttempts()
    {
        TrainingSchool t;
        // Before the record's date: not counted.
        const auto attemptOn = [&t](const QDateTime &at) {
            t.clock.set(at);
            AttemptRecord a;
            a.exerciseId = QStringLiteral("comb/perm/n3/colors/build-all/s1");
            a.domain = QStringLiteral("combinatorics");
            a.stage = 1;
            a.score = 1.0;
            a.success = true;
            a.durationMs = 30000;
            QVERIFY(AttemptService(*t.database.db, t.clock).record(t.school.pupil, a).ok());
        };
        attemptOn(QDateTime(QDate(2026, 9, 7), QTime(9, 0), Qt::UTC)); // Monday, week 37: before
        attemptOn(QDateTime(QDate(2026, 9, 14), QTime(9, 0), Qt::UTC)); // week 38
        attemptOn(QDateTime(QDate(2026, 9, 16), QTime(9, 0), Qt::UTC)); // week 38 again
        attemptOn(QDateTime(QDate(2026, 9, 18), QTime(13, 0), Qt::UTC)); // week 38 again
        attemptOn(QDateTime(QDate(2026, 9, 28), QTime(9, 0), Qt::UTC)); // week 40
        attemptOn(QDateTime(QDate(2027, 1, 1), QTime(9, 0), Qt::UTC)); // week 53 of 2026

        NewEvidence practicum;
        practicum.educatorId = t.tom.id;
        practicum.programmeId = kTeacher;
        practicum.kind = RequirementKind::PracticumWeeks;
        practicum.amount = 99; // ignored: counted from the class
        practicum.classId = t.school.classId;
        practicum.date = QDate(2026, 9, 8);
        auto added = t.training.addEvidence(t.school.trainer, practicum);
        QVERIFY2(added.ok(), qPrintable(added.error()));
        QCOMPARE(added->evidence.amount, 3.0);
        QCOMPARE(t.training.evidence(t.school.trainer, t.tom.id)->first().evidence.amount, 3.0);
        const Eligibility progress = t.training.progress(t.school.trainer, t.tom.id, kTeacher).value();
        QCOMPARE(progress.requirements.at(1).achieved, 3.0);
        QVERIFY(progress.requirements.at(1).missing.contains(QLatin1String("5 more practicum week(s)")));

        // Another week of activity counts at once.
        attemptOn(QDateTime(QDate(2027, 1, 5), QTime(9, 0), Qt::UTC));
        QCOMPARE(t.training.progress(t.school.trainer, t.tom.id, kTeacher)->requirements.at(1).achieved, 4.0);
        // Only practicum comes from a class.
        practicum.kind = RequirementKind::WorkshopHours;
        QVERIFY(!t.training.addEvidence(t.school.trainer, practicum).ok());
    }

    void programmesCanBeEditedByAnAdmin()
    {
        TrainingSchool t;
        Programme teacher = t.training.programmes()->first();
        QCOMPARE(teacher.id, kTeacher);
        teacher.requirements[0].minimum = 4; // four workshop hours
        teacher.validityYears = 5;
        QVERIFY(t.training.saveProgramme(t.school.admin, teacher).ok());
        const auto programmes = t.training.programmes().value();
        QCOMPARE(programmes.size(), 2);
        QCOMPARE(programmes.first().requirements.first().minimum, 4.0);
        QCOMPARE(programmes.first().validityYears, 5);
        t.add(t.tom.id, kTeacher, RequirementKind::WorkshopHours, 4);
        QVERIFY(t.training.progress(t.school.trainer, t.tom.id, kTeacher)->requirements.first().met);
        // The edited validity sets the expiry.
        t.fulfilTeacher(t.tom.id);
        QCOMPARE(t.training.issueCertificate(t.school.trainer, t.tom.id, kTeacher, t.password)->expiresOn,
                 QDate(2031, 9, 1));
        // A broken programme is refused.
        teacher.requirements[0].minimum = -1;
        QVERIFY(!t.training.saveProgramme(t.school.admin, teacher).ok());
    }

    void lineageShowsWhoCertifiedWhom()
    {
        TrainingSchool t;
        t.fulfilTeacher(t.tom.id);
        QVERIFY(t.training.issueCertificate(t.school.trainer, t.tom.id, kTeacher, t.password).ok());
        t.fulfilTrainer(t.tom.id);
        QVERIFY(t.training.issueCertificate(t.school.trainer, t.tom.id, kTrainer, t.password).ok());
        // Tom, now a trainer allowed to sign, certifies an educator from another school.
        AccountService accounts(*t.database.db, t.clock);
        QVERIFY(accounts.changePassword(t.school.teacher, t.password, QStringLiteral("tom-new-1")).ok());
        // Tom's account is a teacher's: only trainers and admins may hold the key.
        QVERIFY(!t.keys.grant(t.school.admin, t.password, t.school.teacher.personId, QStringLiteral("tom-new-1")).ok());
        Session tomAsTrainer = t.school.teacher;
        QVERIFY(!t.keys.canSign(tomAsTrainer.personId).value());
        SqlQuery promote(t.database.db->sql(), QStringLiteral("UPDATE person SET role = 'trainer' WHERE id = :p"));
        promote.bind(QStringLiteral(":p"), tomAsTrainer.personId);
        QVERIFY(promote.exec().ok());
        tomAsTrainer.role = Role::Trainer;
        QVERIFY(t.keys.grant(t.school.admin, t.password, tomAsTrainer.personId, QStringLiteral("tom-new-1")).ok());
        const Educator eva
            = t.training.addEducator(tomAsTrainer, { QStringLiteral("Eva Malá"), {}, QStringLiteral("ZŠ Brno"), {} })
                  .value();
        QCOMPARE(eva.trainedById, t.tom.id);
        QCOMPARE(eva.organisation, QStringLiteral("ZŠ Brno"));
        NewEvidence e { eva.id, kTeacher, RequirementKind::WorkshopHours, 16, {}, {}, {}, {} };
        QVERIFY(t.training.addEvidence(tomAsTrainer, e).ok());
        e.kind = RequirementKind::PracticumWeeks;
        e.amount = 8;
        QVERIFY(t.training.addEvidence(tomAsTrainer, e).ok());
        e.kind = RequirementKind::PortfolioItems;
        e.amount = 3;
        QVERIFY(t.training.addEvidence(tomAsTrainer, e).ok());
        e.kind = RequirementKind::ObservedLessons;
        e.rubricScores = { 3, 3, 3, 3 };
        QVERIFY(t.training.addEvidence(tomAsTrainer, e).ok());
        QVERIFY(t.training.addEvidence(tomAsTrainer, e).ok());
        const CertificateRecord evas
            = t.training.issueCertificate(tomAsTrainer, eva.id, kTeacher, QStringLiteral("tom-new-1")).value();
        QCOMPARE(CertificatePayload::fromJson(evas.payload)->lineage,
                 (QStringList { QStringLiteral("Tom Teacher"), QStringLiteral("Tia Trainer") }));

        const auto nodes = t.training.lineage(t.school.admin).value();
        QCOMPARE(nodes.size(), 3);
        const auto node = [&nodes](const QString &id) {
            return *std::find_if(nodes.cbegin(), nodes.cend(),
                                 [&](const LineageNode &n) { return n.educatorId == id; });
        };
        QVERIFY(node(t.tia.id).certifiedById.isEmpty()); // founding
        QCOMPARE(node(t.tia.id).status, EducatorStatus::Trainer);
        QCOMPARE(node(t.tom.id).certifiedById, t.tia.id);
        QCOMPARE(node(t.tom.id).certificateIds.size(), 2);
        QCOMPARE(node(eva.id).certifiedById, t.tom.id);
        QCOMPARE(node(eva.id).trainedById, t.tom.id);
        QCOMPARE(node(eva.id).status, EducatorStatus::CertifiedTeacher);
    }
};

QTEST_GUILESS_MAIN(TestTrainingService)
#include "tst_trainingservice.moc"
