#include "cli/trainingcli.h"

#include "core/training/programmejson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace stages::cli {

namespace {

/// The training programmes and what each requires (issue 11).
class ProgrammeCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(stages::cli::ProgrammeCommand)

public:
    QString name() const override { return QStringLiteral("programme"); }
    QString summary() const override { return tr("The training programmes for educators and what they require."); }
    QStringList verbs() const override
    {
        return { tr("list [--json]                every programme"),
                 tr("show NAME [--json]           one programme's requirements with kind and amount"),
                 tr("save FILE --as ADMIN         an administrator's edit, in the JSON that show prints") };
    }

    int run(Context &ctx, const QStringList &args) override
    {
        const QString verb = args.value(0);
        const QStringList rest = QStringList { QStringLiteral("stagesctl programme ") + verb } + args.mid(1);
        if (verb == QLatin1String("list"))
            return list(ctx, rest);
        if (verb == QLatin1String("show"))
            return show(ctx, rest);
        if (verb == QLatin1String("save"))
            return save(ctx, rest);
        return groupHelp(ctx, *this, args);
    }

private:
    /// The JSON `show --json` prints (snake_case keys) in ProgrammeJson's keys, so an admin edits
    /// what they were shown and saves it back.
    static QJsonObject fromShownJson(QJsonObject o)
    {
        const auto rename = [](QJsonObject &object, const QString &from, const QString &to) {
            if (object.contains(from))
                object.insert(to, object.take(from));
        };
        rename(o, QStringLiteral("validity_years"), QStringLiteral("validityYears"));
        if (o.value(QStringLiteral("prerequisite")).isNull())
            o.insert(QStringLiteral("prerequisite"), QString());
        QJsonArray requirements;
        for (const QJsonValue &v : o.value(QStringLiteral("requirements")).toArray()) {
            QJsonObject r = v.toObject();
            rename(r, QStringLiteral("minimum_count"), QStringLiteral("minimumCount"));
            rename(r, QStringLiteral("minimum_average"), QStringLiteral("minimumAverage"));
            requirements.append(r);
        }
        o.insert(QStringLiteral("requirements"), requirements);
        return o;
    }

    int save(Context &ctx, const QStringList &args)
    {
        QCommandLineParser parser;
        const QCommandLineOption as = TrainingCli::asOption();
        parser.addOption(as);
        parser.addPositionalArgument(QStringLiteral("FILE"), tr("The programme as JSON, as `programme show NAME --json` prints it."));
        if (auto code = parseVerb(ctx, parser, args, tr("Saves an administrator's edit of a training programme."), 1))
            return *code;
        QFile file(parser.positionalArguments().constFirst());
        if (!file.open(QIODevice::ReadOnly))
            return ctx.fail(tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            //: %1 the file, %2 the parser's message, %3 the byte where it stopped
            return ctx.fail(tr("%1 is not a JSON object: %2 at byte %3.")
                                .arg(file.fileName(), error.errorString())
                                .arg(error.offset));
        const auto programme = ProgrammeJson::fromJson(fromShownJson(doc.object()));
        if (!programme)
            return ctx.fail(programme.error());
        Database *db = ctx.existingDatabase();
        if (!db)
            return Failure;
        TrainingCli cli(ctx, *db);
        const auto actor = cli.actor(parser, as);
        if (!actor)
            return Failure;
        if (const Status saved = cli.training.saveProgramme(actor->session, *programme); !saved)
            return ctx.fail(saved.error());
        ctx.out << programme->id << '\n';
        ctx.out.flush();
        return Success;
    }

    static QString requirementText(const Requirement &r)
    {
        switch (r.kind) {
        case RequirementKind::WorkshopHours:
            //: %1 the requirement's title, %2 a number of hours
            return tr("%1: %2 hours").arg(r.title, amountText(r.minimum));
        case RequirementKind::PracticumWeeks:
            return tr("%1: %2 weeks").arg(r.title, amountText(r.minimum));
        case RequirementKind::ObservedLessons:
            //: %1 the requirement's title, %2 how many lessons, %3 the average score (1 to 4) they need
            return tr("%1: %2 lessons, average at least %3 (rubric: %4)")
                .arg(r.title, QString::number(r.minimumCount), QString::number(r.minimumAverage, 'f', 1),
                     r.rubricCriteria.join(QStringLiteral(", ")));
        case RequirementKind::PortfolioItems:
            return tr("%1: %2 items").arg(r.title, amountText(r.minimum));
        }
        return r.title;
    }

    int list(Context &ctx, const QStringList &args)
    {
        QCommandLineParser parser;
        const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
        parser.addOption(json);
        if (auto code = parseVerb(ctx, parser, args, tr("Lists the training programmes."), 0))
            return *code;
        Database *db = ctx.existingDatabase();
        if (!db)
            return Failure;
        TrainingCli cli(ctx, *db);
        const auto programmes = cli.training.programmes();
        if (!programmes)
            return ctx.fail(programmes.error());
        if (parser.isSet(json)) {
            QJsonArray array;
            for (const Programme &p : programmes.value())
                array.append(programmeJson(p));
            ctx.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        } else {
            for (const Programme &p : programmes.value())
                //: one programme per line: id, name, level, validity
                ctx.out << p.id << '\t' << p.name << '\t' << tr("level %1").arg(p.level) << '\t'
                        << (p.validityYears > 0 ? tr("valid %n year(s)", nullptr, p.validityYears)
                                                : tr("never expires"))
                        << '\n';
        }
        ctx.out.flush();
        return Success;
    }

    int show(Context &ctx, const QStringList &args)
    {
        QCommandLineParser parser;
        const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
        parser.addOption(json);
        parser.addPositionalArgument(QStringLiteral("NAME"), tr("The programme's id or name, e.g. stages-teacher."));
        if (auto code = parseVerb(ctx, parser, args, tr("Shows what a programme requires."), 1))
            return *code;
        Database *db = ctx.existingDatabase();
        if (!db)
            return Failure;
        TrainingCli cli(ctx, *db);
        const auto programme = cli.programme(parser.positionalArguments().constFirst());
        if (!programme)
            return Failure;
        if (parser.isSet(json)) {
            ctx.out << QJsonDocument(programmeJson(*programme)).toJson(QJsonDocument::Indented);
            ctx.out.flush();
            return Success;
        }
        //: %1 the programme's name, %2 its id, %3 its level
        ctx.out << tr("%1 (%2), level %3").arg(programme->name, programme->id).arg(programme->level) << '\n';
        if (!programme->prerequisiteProgrammeId.isEmpty())
            ctx.out << tr("Needs a valid certificate of %1.").arg(programme->prerequisiteProgrammeId) << '\n';
        for (const Requirement &r : programme->requirements)
            ctx.out << "  " << requirementKindKey(r.kind) << '\t' << requirementText(r) << '\n';
        ctx.out.flush();
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeProgrammeCommand()
{
    return std::make_unique<ProgrammeCommand>();
}

} // namespace stages::cli
