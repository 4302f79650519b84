#include "core/training/trainingservice.h"

#include "core/audit/auditlog.h"
#include "core/clock.h"
#include "core/storage/database.h"
#include "core/storage/ids.h"
#include "core/storage/sqlquery.h"
#include "core/text/textinput.h"
#include "core/training/certificatepayload.h"
#include "core/training/programmejson.h"
#include "core/training/signingkeys.h"
#include "core/training/trainingstore.h"
#include "core/training/trainingsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace stages {

namespace {

using namespace trainingsupport;

constexpr int kMaxNoteLength = 2000;

QJsonObject evidenceJson(const EvidenceRecord &r)
{
    QJsonArray scores;
    for (int s : r.evidence.rubricScores)
        scores.append(s);
    QJsonObject o { { QStringLiteral("educator"), r.educatorId },
                    { QStringLiteral("programme"), r.programmeId },
                    { QStringLiteral("kind"), requirementKindKey(r.evidence.kind) },
                    { QStringLiteral("amount"), r.evidence.amount },
                    { QStringLiteral("date"), r.evidence.date.toString(Qt::ISODate) },
                    { QStringLiteral("note"), r.note } };
    if (!scores.isEmpty())
        o.insert(QStringLiteral("scores"), scores);
    if (!r.classId.isEmpty())
        o.insert(QStringLiteral("class"), r.classId);
    return o;
}

/// The stored form of @p in for @p programme: checked, dated (today when no date), class
/// practicum stored with amount 0 (counted from attempts when read).
Result<EvidenceRecord> checkedEvidence(const NewEvidence &in, const Programme &programme, const QDate &today,
                                       const QSqlDatabase &db)
{
    using R = Result<EvidenceRecord>;
    const auto requirement = std::find_if(programme.requirements.cbegin(), programme.requirements.cend(),
                                          [&](const Requirement &r) { return r.kind == in.kind; });
    if (requirement == programme.requirements.cend())
        //: %1 is a programme's name, e.g. "Stages trainer".
        return R::failure(
            TrainingService::tr("The %1 programme does not count this kind of evidence.").arg(programme.name));
    EvidenceRecord r;
    r.educatorId = in.educatorId;
    r.programmeId = programme.id;
    r.evidence.kind = in.kind;
    r.evidence.date = in.date.isValid() ? in.date : today;
    if (r.evidence.date > today)
        return R::failure(TrainingService::tr("Evidence cannot be dated in the future."));
    r.note = in.note.trimmed();
    if (r.note.size() > kMaxNoteLength)
        return R::failure(TrainingService::tr("The note is too long: at most %1 characters.").arg(kMaxNoteLength));
    r.classId = in.classId.trimmed();
    if (!r.classId.isEmpty() && in.kind != RequirementKind::PracticumWeeks)
        return R::failure(TrainingService::tr("Only practicum weeks can be counted from a class."));

    switch (in.kind) {
    case RequirementKind::ObservedLessons: {
        const qsizetype criteria = requirement->rubricCriteria.size();
        const bool inRange = std::all_of(in.rubricScores.cbegin(), in.rubricScores.cend(),
                                         [](int score) { return score >= 1 && score <= 4; });
        if (in.rubricScores.size() != criteria || !inRange)
            return R::failure(TrainingService::tr("An observed lesson needs a score from 1 to 4 for each of the %n "
                                                  "criteria.",
                                                  nullptr, int(criteria)));
        r.evidence.rubricScores = in.rubricScores;
        r.evidence.amount = 1.0; // one lesson
        break;
    }
    case RequirementKind::PracticumWeeks:
        if (!r.classId.isEmpty()) {
            SqlQuery cls(db, QStringLiteral("SELECT COUNT(*) FROM school_class WHERE id = :c"));
            cls.bind(QStringLiteral(":c"), r.classId);
            auto found = cls.scalar();
            if (!found)
                return R::failure(found.error());
            if (found->toInt() == 0)
                return R::failure(TrainingService::tr("There is no such class in this school."));
            r.evidence.amount = 0.0; // counted from the class's attempts
            break;
        }
        [[fallthrough]];
    case RequirementKind::WorkshopHours:
    case RequirementKind::PortfolioItems:
        if (!std::isfinite(in.amount) || in.amount <= 0.0 || in.amount > 1000.0)
            return R::failure(TrainingService::tr("Enter an amount greater than 0 (and not above 1000)."));
        r.evidence.amount = in.amount;
        break;
    }
    return r;
}

/// Class practicum: its weeks counted from the class's attempts since the record's date.
Status countPracticum(const TrainingStore &store, QList<EvidenceRecord> &records)
{
    for (EvidenceRecord &r : records) {
        if (r.evidence.kind != RequirementKind::PracticumWeeks || r.classId.isEmpty())
            continue;
        auto weeks = store.practicumWeeks(r.classId, r.evidence.date);
        if (!weeks)
            return Status::from(weeks);
        r.evidence.amount = *weeks;
    }
    return {};
}

} // namespace

TrainingService::TrainingService(Database &database, const Clock &clock, SigningKeys &keys)
    : m_db(database)
    , m_clock(clock)
    , m_keys(keys)
{ }

// ---- Programmes ---------------------------------------------------------------------------

Result<QList<Programme>> TrainingService::programmes() const
{
    auto stored = TrainingStore(m_db.sql()).storedProgrammes();
    if (!stored)
        return Result<QList<Programme>>::failure(stored.error());
    QList<Programme> list = defaultProgrammes();
    for (const Programme &edit : *stored) {
        auto same = std::find_if(list.begin(), list.end(), [&](const Programme &p) { return p.id == edit.id; });
        if (same != list.end())
            *same = edit;
        else
            list.append(edit);
    }
    return list;
}

Status TrainingService::saveProgramme(const Session &session, const Programme &programme)
{
    if (session.role != Role::Admin)
        return Status::failure(tr("Only an administrator can change a training programme."));
    if (auto s = ProgrammeJson::check(programme); !s)
        return s;
    auto all = programmes();
    if (!all)
        return Status::from(all);
    if (!programme.prerequisiteProgrammeId.isEmpty()) {
        const Programme prerequisite = findProgramme(*all, programme.prerequisiteProgrammeId);
        if (prerequisite.id.isEmpty())
            return Status::failure(
                tr("There is no programme %1 to be the prerequisite.").arg(programme.prerequisiteProgrammeId));
        if (prerequisite.prerequisiteProgrammeId == programme.id)
            return Status::failure(tr("Two programmes cannot be each other's prerequisite."));
    }
    Transaction tx(m_db.sql());
    if (auto s = tx.status(); !s)
        return s;
    if (auto s = TrainingStore(m_db.sql()).saveProgramme(programme, session.personId, m_clock.now()); !s)
        return s;
    if (auto s = AuditLog::record(m_db.sql(), m_clock.now(), session, QStringLiteral("programme.save"), programme.id,
                                  json(ProgrammeJson::toJson(programme)));
        !s)
        return s;
    return tx.commit();
}

// ---- Educators ----------------------------------------------------------------------------

Result<QList<Educator>> TrainingService::educators(const Session &session) const
{
    if (auto s = requireTraining(session); !s)
        return Result<QList<Educator>>::failure(s.error());
    return TrainingStore(m_db.sql()).educators(todayOf(m_clock));
}

Result<Educator> TrainingService::educator(const Session &session, const QString &educatorId) const
{
    using R = Result<Educator>;
    if (auto s = requireTraining(session); !s)
        return R::failure(s.error());
    auto found = TrainingStore(m_db.sql()).educators(todayOf(m_clock), { educatorId, {} });
    if (!found)
        return R::failure(found.error());
    if (found->isEmpty())
        return R::failure(tr("There is no educator with the id %1.").arg(educatorId));
    return found->constFirst();
}

Result<Educator> TrainingService::educatorForPerson(const Session &session, const QString &personId) const
{
    using R = Result<Educator>;
    // Staff may look up their own record; anyone else's needs the right to see training.
    const bool own = !personId.isEmpty() && personId == session.personId && session.role != Role::Pupil;
    if (!own) {
        if (auto s = requireTraining(session); !s)
            return R::failure(s.error());
    }
    if (personId.isEmpty())
        return R::failure(tr("This account has no educator record."));
    auto found = TrainingStore(m_db.sql()).educators(todayOf(m_clock), { {}, personId });
    if (!found)
        return R::failure(found.error());
    if (found->isEmpty())
        return R::failure(tr("This account has no educator record."));
    return found->constFirst();
}

Result<Educator> TrainingService::addEducator(const Session &session, const NewEducator &educator)
{
    using R = Result<Educator>;
    if (auto s = requireTraining(session); !s)
        return R::failure(s.error());
    TrainingStore store(m_db.sql());
    const QDate today = todayOf(m_clock);
    Educator out;
    out.id = newId();
    out.createdAt = m_clock.now();
    out.personId = educator.personId.trimmed();
    QString name = educator.displayName;
    if (!out.personId.isEmpty()) {
        SqlQuery person(m_db.sql(),
                        QStringLiteral("SELECT role, display_name FROM person WHERE id = :p AND active = 1"));
        person.bind(QStringLiteral(":p"), out.personId);
        if (auto s = person.exec(); !s)
            return R::failure(s.error());
        if (!person.next())
            return R::failure(tr("There is no such account in this school."));
        if (roleFromKey(person.value(0).toString()) == Role::Pupil)
            return R::failure(tr("A pupil cannot be an educator."));
        if (name.trimmed().isEmpty())
            name = person.value(1).toString();
        auto linked = store.educators(today, { {}, out.personId });
        if (!linked)
            return R::failure(linked.error());
        if (!linked->isEmpty())
            return R::failure(tr("%1 has an educator record already.").arg(linked->constFirst().displayName));
    }
    const auto cleanName = TextInput::clean(TextInput::Kind::PersonName, name);
    if (!cleanName)
        return R::failure(cleanName.error());
    out.displayName = *cleanName;
    if (!educator.organisation.trimmed().isEmpty()) {
        const auto organisation = TextInput::clean(TextInput::Kind::SchoolName, educator.organisation);
        if (!organisation)
            return R::failure(organisation.error());
        out.organisation = *organisation;
    }
    out.trainedById = educator.trainedById.trimmed();
    if (out.trainedById.isEmpty() && !session.personId.isEmpty()) {
        // By default the trainer who records a new educator is the one who trains them.
        auto self = store.educators(today, { {}, session.personId });
        if (!self)
            return R::failure(self.error());
        if (!self->isEmpty())
            out.trainedById = self->constFirst().id;
    } else if (!out.trainedById.isEmpty()) {
        auto trainer = store.educators(today, { out.trainedById, {} });
        if (!trainer)
            return R::failure(trainer.error());
        if (trainer->isEmpty())
            return R::failure(tr("There is no educator with the id %1.").arg(out.trainedById));
    }

    Transaction tx(m_db.sql());
    if (auto s = tx.status(); !s)
        return R::failure(s.error());
    if (auto s = store.insertEducator(out, session.personId); !s)
        return R::failure(s.error());
    const QJsonObject detail { { QStringLiteral("name"), out.displayName },
                               { QStringLiteral("person"), out.personId },
                               { QStringLiteral("organisation"), out.organisation },
                               { QStringLiteral("trainedBy"), out.trainedById } };
    if (auto s
        = AuditLog::record(m_db.sql(), m_clock.now(), session, QStringLiteral("educator.add"), out.id, json(detail));
        !s)
        return R::failure(s.error());
    if (auto s = tx.commit(); !s)
        return R::failure(s.error());
    return this->educator(session, out.id);
}

// ---- Evidence -----------------------------------------------------------------------------

Result<QList<EvidenceRecord>> TrainingService::evidence(const Session &session, const QString &educatorId,
                                                        const QString &programmeId) const
{
    using R = Result<QList<EvidenceRecord>>;
    if (auto s = requireTraining(session); !s)
        return R::failure(s.error());
    if (educatorId.isEmpty())
        return R::failure(tr("Choose an educator first."));
    TrainingStore store(m_db.sql());
    auto records = store.evidence(educatorId, programmeId);
    if (!records)
        return records;
    if (auto s = countPracticum(store, *records); !s)
        return R::failure(s.error());
    return records;
}

Result<EvidenceRecord> TrainingService::addEvidence(const Session &session, const NewEvidence &evidence)
{
    using R = Result<EvidenceRecord>;
    if (auto s = requireTraining(session); !s)
        return R::failure(s.error());
    const QDate today = todayOf(m_clock);
    TrainingStore store(m_db.sql());
    auto educator = store.educators(today, { evidence.educatorId, {} });
    if (!educator)
        return R::failure(educator.error());
    if (educator->isEmpty())
        return R::failure(tr("There is no educator with the id %1.").arg(evidence.educatorId));
    auto all = programmes();
    if (!all)
        return R::failure(all.error());
    const Programme programme = findProgramme(*all, evidence.programmeId);
    if (programme.id.isEmpty())
        return R::failure(tr("There is no training programme %1.").arg(evidence.programmeId));
    if (!programme.prerequisiteProgrammeId.isEmpty()) {
        auto certificates = store.certificates({ {}, evidence.educatorId });
        if (!certificates)
            return R::failure(certificates.error());
        if (!holdsValid(*certificates, programme.prerequisiteProgrammeId, today)) {
            const Programme prerequisite = findProgramme(*all, programme.prerequisiteProgrammeId);
            //: %1: an educator, %2: a programme ("Stages trainer"), %3: the programme it needs ("Stages teacher").
            return R::failure(
                tr("%1 cannot enter the %2 programme without a valid %3 certificate.")
                    .arg(educator->constFirst().displayName, programme.name,
                         prerequisite.id.isEmpty() ? programme.prerequisiteProgrammeId : prerequisite.name));
        }
    }
    auto record = checkedEvidence(evidence, programme, today, m_db.sql());
    if (!record)
        return record;
    record->id = newId();
    record->recordedById = session.personId;
    record->recordedByName = session.displayName;
    record->recordedAt = m_clock.now();

    Transaction tx(m_db.sql());
    if (auto s = tx.status(); !s)
        return R::failure(s.error());
    if (auto s = store.insertEvidence(*record); !s)
        return R::failure(s.error());
    if (auto s = AuditLog::record(m_db.sql(), m_clock.now(), session, QStringLiteral("evidence.add"), record->id,
                                  json(evidenceJson(*record)));
        !s)
        return R::failure(s.error());
    if (auto s = tx.commit(); !s)
        return R::failure(s.error());
    QList<EvidenceRecord> one { *record };
    if (auto s = countPracticum(store, one); !s)
        return R::failure(s.error());
    return one.constFirst();
}

Result<EvidenceRecord> TrainingService::correctEvidence(const Session &session, const QString &evidenceId,
                                                        const NewEvidence &evidence)
{
    using R = Result<EvidenceRecord>;
    if (auto s = requireTraining(session); !s)
        return R::failure(s.error());
    TrainingStore store(m_db.sql());
    auto found = store.evidence({}, {}, evidenceId);
    if (!found)
        return R::failure(found.error());
    if (found->isEmpty())
        return R::failure(tr("This evidence does not exist or was removed."));
    const EvidenceRecord old = found->constFirst();
    if ((!evidence.educatorId.isEmpty() && evidence.educatorId != old.educatorId)
        || (!evidence.programmeId.isEmpty() && evidence.programmeId != old.programmeId))
        return R::failure(tr("A correction cannot move evidence to another educator or programme; remove it and "
                             "record it again."));
    auto all = programmes();
    if (!all)
        return R::failure(all.error());
    const Programme programme = findProgramme(*all, old.programmeId);
    if (programme.id.isEmpty())
        return R::failure(tr("There is no training programme %1.").arg(old.programmeId));
    NewEvidence changed = evidence;
    changed.educatorId = old.educatorId;
    auto record = checkedEvidence(changed, programme, todayOf(m_clock), m_db.sql());
    if (!record)
        return record;
    record->id = old.id;
    record->recordedById = old.recordedById;
    record->recordedByName = old.recordedByName;
    record->recordedAt = old.recordedAt;
    record->correctedAt = m_clock.now();

    Transaction tx(m_db.sql());
    if (auto s = tx.status(); !s)
        return R::failure(s.error());
    if (auto s = store.updateEvidence(*record); !s)
        return R::failure(s.error());
    const QJsonObject detail { { QStringLiteral("old"), evidenceJson(old) },
                               { QStringLiteral("new"), evidenceJson(*record) } };
    if (auto s = AuditLog::record(m_db.sql(), m_clock.now(), session, QStringLiteral("evidence.correct"), old.id,
                                  json(detail));
        !s)
        return R::failure(s.error());
    if (auto s = tx.commit(); !s)
        return R::failure(s.error());
    QList<EvidenceRecord> one { *record };
    if (auto s = countPracticum(store, one); !s)
        return R::failure(s.error());
    return one.constFirst();
}

Status TrainingService::removeEvidence(const Session &session, const QString &evidenceId, const QString &reason)
{
    if (auto s = requireTraining(session); !s)
        return s;
    TrainingStore store(m_db.sql());
    Transaction tx(m_db.sql());
    if (auto s = tx.status(); !s)
        return s;
    auto found = store.evidence({}, {}, evidenceId);
    if (!found)
        return Status::from(found);
    if (found->isEmpty())
        return Status::failure(tr("This evidence does not exist or was removed."));
    if (auto s = store.markEvidenceRemoved(evidenceId, m_clock.now()); !s)
        return s;
    const QJsonObject detail { { QStringLiteral("old"), evidenceJson(found->constFirst()) },
                               { QStringLiteral("reason"), reason.trimmed() } };
    if (auto s = AuditLog::record(m_db.sql(), m_clock.now(), session, QStringLiteral("evidence.remove"), evidenceId,
                                  json(detail));
        !s)
        return s;
    return tx.commit();
}

Result<Eligibility> TrainingService::progress(const Session &session, const QString &educatorId,
                                              const QString &programmeId) const
{
    using R = Result<Eligibility>;
    auto records = evidence(session, educatorId, programmeId);
    if (!records)
        return R::failure(records.error());
    auto all = programmes();
    if (!all)
        return R::failure(all.error());
    const Programme programme = findProgramme(*all, programmeId);
    if (programme.id.isEmpty())
        return R::failure(tr("There is no training programme %1.").arg(programmeId));
    TrainingStore store(m_db.sql());
    auto found = store.educators(todayOf(m_clock), { educatorId, {} });
    if (!found)
        return R::failure(found.error());
    if (found->isEmpty())
        return R::failure(tr("There is no educator with the id %1.").arg(educatorId));
    bool prerequisite = true;
    if (!programme.prerequisiteProgrammeId.isEmpty()) {
        auto certificates = store.certificates({ {}, educatorId });
        if (!certificates)
            return R::failure(certificates.error());
        prerequisite = holdsValid(*certificates, programme.prerequisiteProgrammeId, todayOf(m_clock));
    }
    QList<Evidence> values;
    for (const EvidenceRecord &r : *records)
        values.append(r.evidence);
    return CertificationRules::evaluate(programme, values, prerequisite);
}

} // namespace stages
