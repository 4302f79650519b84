#include "cli/trainingcli.h"

#include "cli/passwordprompt.h"
#include "core/accounts/accountservice.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace stages::cli {

namespace {

QJsonValue dayOrNull(const QDate &day)
{
    return day.isValid() ? QJsonValue(day.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

} // namespace

TrainingCli::TrainingCli(Context &context, Database &database)
    : ctx(context)
    , db(database)
    , keys(database, context.clock())
    , training(database, context.clock(), keys)
{ }

QCommandLineOption TrainingCli::asOption()
{
    return { QStringLiteral("as"),
             tr("Act as this trainer or administrator; their password is read from standard input."), tr("LOGIN") };
}

QString TrainingCli::readPassword(const QString &prompt)
{
    return PasswordPrompt::readLine(ctx.err, prompt);
}

std::optional<TrainingCli::Actor> TrainingCli::signIn(const QString &login)
{
    //: prompt on the terminal; the typing is not shown
    const QString password = PasswordPrompt::readLine(ctx.err, tr("Password for %1: ").arg(login));
    AccountService accounts(db, ctx.clock());
    auto session = accounts.signInWithPassword(login, password);
    if (!session) {
        ctx.fail(session.error());
        return std::nullopt;
    }
    return Actor { session.value(), password };
}

std::optional<TrainingCli::Actor> TrainingCli::reader(const QCommandLineParser &parser, const QCommandLineOption &as)
{
    if (parser.isSet(as))
        return signIn(parser.value(as));
    return Actor { Session::commandLine(AccountService(db, ctx.clock()).schoolId()), QString() };
}

std::optional<TrainingCli::Actor> TrainingCli::actor(const QCommandLineParser &parser, const QCommandLineOption &as)
{
    if (!parser.isSet(as)) {
        ctx.fail(tr("--as LOGIN is required: this is done by a trainer or administrator, who types their password "
                    "on standard input."));
        return std::nullopt;
    }
    return signIn(parser.value(as));
}

std::optional<Programme> TrainingCli::programme(const QString &idOrName)
{
    const auto all = training.programmes();
    if (!all) {
        ctx.fail(all.error());
        return std::nullopt;
    }
    const QString wanted = idOrName.trimmed();
    for (const Programme &p : all.value()) {
        if (p.id == wanted || p.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return p;
    }
    QStringList names;
    for (const Programme &p : all.value())
        names.append(p.id);
    ctx.fail(
        tr("There is no programme \"%1\". Programmes: %2.").arg(wanted.left(80), names.join(QStringLiteral(", "))));
    return std::nullopt;
}

std::optional<Educator> TrainingCli::educator(const Session &session, const QString &idOrName)
{
    const QString wanted = idOrName.trimmed();
    if (wanted.isEmpty()) {
        ctx.fail(tr("--educator is required (\"stagesctl educator list\" shows the ids)."));
        return std::nullopt;
    }
    const auto all = training.educators(session);
    if (!all) {
        ctx.fail(all.error());
        return std::nullopt;
    }
    QList<Educator> named;
    for (const Educator &e : all.value()) {
        if (e.id == wanted)
            return e;
        if (e.displayName.compare(wanted, Qt::CaseInsensitive) == 0)
            named.append(e);
    }
    if (named.size() == 1)
        return named.constFirst();
    if (named.isEmpty())
        ctx.fail(tr("There is no educator \"%1\" (\"stagesctl educator list\" shows them).").arg(wanted.left(80)));
    else
        ctx.fail(tr("%n educator(s) are called \"%1\"; give the id (\"stagesctl educator list\" shows it).", nullptr,
                    int(named.size()))
                     .arg(wanted.left(80)));
    return std::nullopt;
}

std::optional<QDate> TrainingCli::day(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    const QString text = parser.value(option).trimmed();
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (shape.match(text).hasMatch() && date.isValid())
        return date;
    ctx.fail(tr("--%1 takes a day as YYYY-MM-DD, not \"%2\".").arg(option.names().constFirst(), text.left(40)));
    return std::nullopt;
}

QString educatorStatusKey(EducatorStatus status)
{
    switch (status) {
    case EducatorStatus::InTraining:
        return QStringLiteral("in-training");
    case EducatorStatus::CertifiedTeacher:
        return QStringLiteral("certified-teacher");
    case EducatorStatus::Trainer:
        return QStringLiteral("trainer");
    case EducatorStatus::Lapsed:
        return QStringLiteral("lapsed");
    }
    return {};
}

QString amountText(double amount)
{
    return QString::number(amount, 'g', 10);
}

QJsonObject programmeJson(const Programme &programme)
{
    QJsonArray requirements;
    for (const Requirement &r : programme.requirements) {
        QJsonObject o { { QStringLiteral("kind"), requirementKindKey(r.kind) }, { QStringLiteral("title"), r.title } };
        if (r.kind == RequirementKind::ObservedLessons) {
            o.insert(QStringLiteral("minimum_count"), r.minimumCount);
            o.insert(QStringLiteral("minimum_average"), r.minimumAverage);
            o.insert(QStringLiteral("rubric"), QJsonArray::fromStringList(r.rubricCriteria));
        } else {
            o.insert(QStringLiteral("minimum"), r.minimum);
        }
        requirements.append(o);
    }
    return { { QStringLiteral("id"), programme.id },
             { QStringLiteral("name"), programme.name },
             { QStringLiteral("level"), programme.level },
             { QStringLiteral("validity_years"), programme.validityYears },
             { QStringLiteral("prerequisite"),
               programme.prerequisiteProgrammeId.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                           : QJsonValue(programme.prerequisiteProgrammeId) },
             { QStringLiteral("requirements"), requirements } };
}

QJsonObject educatorJson(const Educator &educator)
{
    return { { QStringLiteral("id"), educator.id },
             { QStringLiteral("name"), educator.displayName },
             { QStringLiteral("person_id"),
               educator.personId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(educator.personId) },
             { QStringLiteral("organisation"), educator.organisation },
             { QStringLiteral("status"), educatorStatusKey(educator.status) },
             { QStringLiteral("status_text"), educatorStatusName(educator.status) },
             { QStringLiteral("trained_by"),
               educator.trainedById.isEmpty()
                   ? QJsonValue(QJsonValue::Null)
                   : QJsonValue(QJsonObject { { QStringLiteral("id"), educator.trainedById },
                                              { QStringLiteral("name"), educator.trainedByName } }) },
             { QStringLiteral("founding"), educator.founding },
             { QStringLiteral("can_sign"), educator.canSign },
             { QStringLiteral("created_at"), timeOrNull(educator.createdAt) } };
}

QJsonObject eligibilityJson(const Programme &programme, const Eligibility &eligibility)
{
    QJsonArray requirements;
    for (const RequirementProgress &p : eligibility.requirements) {
        QJsonObject o { { QStringLiteral("kind"), requirementKindKey(p.requirement.kind) },
                        { QStringLiteral("title"), p.requirement.title },
                        { QStringLiteral("achieved"), p.achieved },
                        { QStringLiteral("needed"), p.needed },
                        { QStringLiteral("met"), p.met },
                        { QStringLiteral("missing"), p.missing },
                        { QStringLiteral("ignored"), QJsonArray::fromStringList(p.ignored) } };
        if (p.requirement.kind == RequirementKind::ObservedLessons) {
            o.insert(QStringLiteral("average"), p.average);
            o.insert(QStringLiteral("minimum_average"), p.requirement.minimumAverage);
        }
        requirements.append(o);
    }
    return { { QStringLiteral("id"), programme.id },
             { QStringLiteral("name"), programme.name },
             { QStringLiteral("level"), programme.level },
             { QStringLiteral("eligible"), eligibility.eligible() },
             { QStringLiteral("prerequisite_met"), eligibility.prerequisiteMet },
             { QStringLiteral("requirements"), requirements },
             { QStringLiteral("missing"), QJsonArray::fromStringList(eligibility.missing()) } };
}

QJsonObject evidenceJson(const EvidenceRecord &record)
{
    QJsonArray scores;
    for (int s : record.evidence.rubricScores)
        scores.append(s);
    QJsonObject o { { QStringLiteral("id"), record.id },
                    { QStringLiteral("educator_id"), record.educatorId },
                    { QStringLiteral("programme_id"), record.programmeId },
                    { QStringLiteral("kind"), requirementKindKey(record.evidence.kind) },
                    { QStringLiteral("amount"), record.evidence.amount },
                    { QStringLiteral("date"), dayOrNull(record.evidence.date) },
                    { QStringLiteral("note"), record.note },
                    { QStringLiteral("recorded_by"), record.recordedByName },
                    { QStringLiteral("recorded_at"), timeOrNull(record.recordedAt) },
                    { QStringLiteral("corrected_at"), timeOrNull(record.correctedAt) } };
    if (record.evidence.kind == RequirementKind::ObservedLessons)
        o.insert(QStringLiteral("scores"), scores);
    if (!record.classId.isEmpty())
        o.insert(QStringLiteral("class_id"), record.classId);
    return o;
}

QJsonObject certificateJson(const CertificateRecord &c, const QDate &today)
{
    QString state = QStringLiteral("valid");
    if (c.isRevoked())
        state = QStringLiteral("revoked");
    else if (!c.isValidOn(today))
        state = QStringLiteral("expired");
    QJsonObject o { { QStringLiteral("id"), c.id },
                    { QStringLiteral("code"), c.code },
                    { QStringLiteral("educator_id"), c.educatorId },
                    { QStringLiteral("holder"), c.holderName },
                    { QStringLiteral("programme_id"), c.programmeId },
                    { QStringLiteral("programme"), c.programmeName },
                    { QStringLiteral("level"), c.level },
                    { QStringLiteral("issued"), dayOrNull(c.issuedOn) },
                    { QStringLiteral("expires"), dayOrNull(c.expiresOn) },
                    { QStringLiteral("issuer"), c.issuerName },
                    { QStringLiteral("founding"), c.founding },
                    { QStringLiteral("state"), state } };
    if (c.isRevoked()) {
        o.insert(QStringLiteral("revoked_at"), timeOrNull(c.revokedAt));
        o.insert(QStringLiteral("revoked_by"), c.revokedByName);
        o.insert(QStringLiteral("revoke_reason"), c.revokeReason);
    }
    return o;
}

} // namespace stages::cli
