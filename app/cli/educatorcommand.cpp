#include "cli/trainingcli.h"

#include "core/accounts/accountservice.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace stages::cli {

namespace {

/// Educators in training, certified teachers and trainers (issue 11).
class EducatorCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(stages::cli::EducatorCommand)

public:
    QString name() const override { return QStringLiteral("educator"); }
    QString summary() const override
    {
        return tr("Educators in training, certified teachers and trainers, and how far each one has come.");
    }
    QStringList verbs() const override
    {
        return { tr("add --name NAME [--user LOGIN] [--organisation ORG] --as LOGIN   a new educator"),
                 tr("list [--json]                     every educator with their status"),
                 tr("show ID [--programme NAME] [--json]   progress per requirement and what is missing"),
                 tr("allow-signing ID --as ADMIN   the educator may sign certificates (reads the administrator's "
                    "password, then the educator's)") };
    }

    int run(Context &ctx, const QStringList &args) override
    {
        const QString verb = args.value(0);
        const QStringList rest = QStringList { QStringLiteral("stagesctl educator ") + verb } + args.mid(1);
        if (verb == QLatin1String("add"))
            return add(ctx, rest);
        if (verb == QLatin1String("list"))
            return list(ctx, rest);
        if (verb == QLatin1String("show"))
            return show(ctx, rest);
        if (verb == QLatin1String("allow-signing"))
            return allowSigning(ctx, rest);
        return groupHelp(ctx, *this, args);
    }

private:
    int add(Context &ctx, const QStringList &args)
    {
        QCommandLineParser parser;
        const QCommandLineOption name(QStringLiteral("name"), tr("The educator's name."), tr("NAME"));
        const QCommandLineOption user(QStringLiteral("user"),
                                      tr("Link to this teacher's or trainer's account (their login)."), tr("LOGIN"));
        const QCommandLineOption organisation(QStringLiteral("organisation"),
                                              tr("Their school, when it is not this one."), tr("ORG"));
        const QCommandLineOption trainedBy(QStringLiteral("trained-by"),
                                           tr("The educator who trains them (default: the one acting)."), tr("ID"));
        const QCommandLineOption as = TrainingCli::asOption();
        parser.addOptions({ name, user, organisation, trainedBy, as });
        if (auto code = parseVerb(ctx, parser, args,
                                  tr("Records an educator: a teacher of this school (--user) or of another one."), 0))
            return *code;
        if (parser.value(name).trimmed().isEmpty() && !parser.isSet(user))
            return ctx.fail(tr("--name is required."));
        Database *db = ctx.existingDatabase();
        if (!db)
            return Failure;
        TrainingCli cli(ctx, *db);
        const auto actor = cli.actor(parser, as);
        if (!actor)
            return Failure;

        NewEducator educator;
        educator.displayName = parser.value(name).trimmed();
        educator.organisation = parser.value(organisation).trimmed();
        if (parser.isSet(user)) {
            const auto staff = AccountService(*db, ctx.clock()).people(Session::commandLine(actor->session.schoolId));
            if (!staff)
                return ctx.fail(staff.error());
            for (const Person &p : staff.value()) {
                if (p.role != Role::Pupil && p.login.compare(parser.value(user), Qt::CaseInsensitive) == 0) {
                    educator.personId = p.id;
                    if (educator.displayName.isEmpty())
                        educator.displayName = p.displayName;
                }
            }
            if (educator.personId.isEmpty())
                return ctx.fail(tr("There is no teacher, trainer or administrator with the login \"%1\".")
                                    .arg(parser.value(user).left(80)));
        }
        if (parser.isSet(trainedBy)) {
            const auto trainer = cli.educator(actor->session, parser.value(trainedBy));
            if (!trainer)
                return Failure;
            educator.trainedById = trainer->id;
        }
        const auto added = cli.training.addEducator(actor->session, educator);
        if (!added)
            return ctx.fail(added.error());
        //: %1 the educator's name, %2 their id
        ctx.out << tr("Added the educator %1 (%2).").arg(added->displayName, added->id) << Qt::endl;
        return Success;
    }

    int allowSigning(Context &ctx, const QStringList &args)
    {
        QCommandLineParser parser;
        const QCommandLineOption as = TrainingCli::asOption();
        parser.addOption(as);
        parser.addPositionalArgument(QStringLiteral("ID"), tr("The educator's id (or name)."));
        if (auto code = parseVerb(ctx, parser, args,
                                  tr("Gives an educator with an account their own copy of the organisation's signing "
                                     "key, locked with their password. Standard input: the administrator's password "
                                     "on the first line, the educator's on the second."),
                                  1))
            return *code;
        Database *db = ctx.existingDatabase();
        if (!db)
            return Failure;
        TrainingCli cli(ctx, *db);
        const auto admin = cli.actor(parser, as);
        if (!admin)
            return Failure;
        const auto educator = cli.educator(admin->session, parser.positionalArguments().constFirst());
        if (!educator)
            return Failure;
        if (educator->personId.isEmpty())
            return ctx.fail(
                tr("%1 has no account here, so there is no password to lock the key with.").arg(educator->displayName));
        const QString password = cli.readPassword(tr("Password of %1: ").arg(educator->displayName));
        if (auto s = cli.keys.grant(admin->session, admin->password, educator->personId, password); !s)
            return ctx.fail(s.error());
        ctx.out << tr("%1 may sign certificates now.").arg(educator->displayName) << Qt::endl;
        return Success;
    }

    int list(Context &ctx, const QStringList &args)
    {
        QCommandLineParser parser;
        const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
        const QCommandLineOption as = TrainingCli::asOption();
        parser.addOptions({ json, as });
        if (auto code = parseVerb(ctx, parser, args, tr("Lists the educators with their status."), 0))
            return *code;
        Database *db = ctx.existingDatabase();
        if (!db)
            return Failure;
        TrainingCli cli(ctx, *db);
        const auto actor = cli.reader(parser, as);
        if (!actor)
            return Failure;
        const auto educators = cli.training.educators(actor->session);
        if (!educators)
            return ctx.fail(educators.error());
        if (parser.isSet(json)) {
            QJsonArray array;
            for (const Educator &e : educators.value())
                array.append(educatorJson(e));
            ctx.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        } else {
            for (const Educator &e : educators.value())
                ctx.out << e.id << '\t' << e.displayName << '\t' << educatorStatusName(e.status) << '\t'
                        << e.organisation << '\t' << e.trainedByName << '\n';
        }
        ctx.out.flush();
        return Success;
    }

    int show(Context &ctx, const QStringList &args)
    {
        QCommandLineParser parser;
        const QCommandLineOption programmeOption(
            QStringLiteral("programme"),
            tr("Show this programme (default: every programme the educator has evidence in)."), tr("NAME"));
        const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
        const QCommandLineOption as = TrainingCli::asOption();
        parser.addOptions({ programmeOption, json, as });
        parser.addPositionalArgument(QStringLiteral("ID"), tr("The educator's id (or name)."));
        if (auto code = parseVerb(ctx, parser, args,
                                  tr("Shows an educator: progress per requirement and what is still missing."), 1))
            return *code;
        Database *db = ctx.existingDatabase();
        if (!db)
            return Failure;
        TrainingCli cli(ctx, *db);
        const auto actor = cli.reader(parser, as);
        if (!actor)
            return Failure;
        const auto educator = cli.educator(actor->session, parser.positionalArguments().constFirst());
        if (!educator)
            return Failure;

        QList<Programme> shown;
        if (parser.isSet(programmeOption)) {
            const auto programme = cli.programme(parser.value(programmeOption));
            if (!programme)
                return Failure;
            shown.append(*programme);
        } else {
            const auto evidence = cli.training.evidence(actor->session, educator->id);
            if (!evidence)
                return ctx.fail(evidence.error());
            const auto programmes = cli.training.programmes();
            if (!programmes)
                return ctx.fail(programmes.error());
            for (const Programme &p : programmes.value()) {
                const bool has = std::any_of(evidence->cbegin(), evidence->cend(),
                                             [&p](const EvidenceRecord &r) { return r.programmeId == p.id; });
                if (has)
                    shown.append(p);
            }
        }
        QList<Eligibility> progress;
        for (const Programme &p : shown) {
            auto one = cli.training.progress(actor->session, educator->id, p.id);
            if (!one)
                return ctx.fail(one.error());
            progress.append(one.value());
        }
        TrainingService::CertificateFilter filter;
        filter.educatorId = educator->id;
        const auto certificates = cli.training.certificates(actor->session, filter);
        if (!certificates)
            return ctx.fail(certificates.error());
        const QDate today = ctx.clock().now().date();

        if (parser.isSet(json)) {
            QJsonObject o = educatorJson(*educator);
            QJsonArray programmes;
            for (int i = 0; i < shown.size(); ++i)
                programmes.append(eligibilityJson(shown.at(i), progress.at(i)));
            o.insert(QStringLiteral("programmes"), programmes);
            QJsonArray certs;
            for (const CertificateRecord &c : certificates.value())
                certs.append(certificateJson(c, today));
            o.insert(QStringLiteral("certificates"), certs);
            ctx.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
            ctx.out.flush();
            return Success;
        }

        //: %1 name, %2 status ("Certified teacher"), %3 id
        ctx.out << tr("%1, %2 (%3)").arg(educator->displayName, educatorStatusName(educator->status), educator->id)
                << '\n';
        if (!educator->trainedByName.isEmpty())
            ctx.out << tr("Trained by %1.").arg(educator->trainedByName) << '\n';
        for (const CertificateRecord &c : certificates.value())
            //: %1 programme, %2 issue day, %3 the certificate's id
            ctx.out << tr("Certificate %1 of %2 (%3)").arg(c.programmeName, c.issuedOn.toString(Qt::ISODate), c.id)
                    << '\n';
        if (shown.isEmpty())
            ctx.out << tr("No evidence yet; add some with \"stagesctl evidence add\", or pick a programme with "
                          "--programme.")
                    << '\n';
        for (int i = 0; i < shown.size(); ++i) {
            const Eligibility &e = progress.at(i);
            ctx.out << '\n'
                    << (e.eligible() ? tr("%1: ready to be certified.").arg(shown.at(i).name)
                                     : tr("%1: not ready yet.").arg(shown.at(i).name))
                    << '\n';
            for (const RequirementProgress &r : e.requirements) {
                //: %1 the requirement, %2 what has been done, %3 what is needed
                ctx.out << "  " << (r.met ? QStringLiteral("[x] ") : QStringLiteral("[ ] "))
                        << tr("%1: %2 of %3").arg(r.requirement.title, amountText(r.achieved), amountText(r.needed));
                if (!r.missing.isEmpty())
                    ctx.out << " - " << r.missing;
                ctx.out << '\n';
            }
            if (!e.prerequisiteMet)
                ctx.out << "  [ ] " << e.prerequisiteMissing << '\n';
        }
        ctx.out.flush();
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeEducatorCommand()
{
    return std::make_unique<EducatorCommand>();
}

} // namespace stages::cli
