#include "cli/trainingcli.h"

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
                 tr("show NAME [--json]           one programme's requirements with kind and amount") };
    }

    int run(Context &ctx, const QStringList &args) override
    {
        const QString verb = args.value(0);
        const QStringList rest = QStringList { QStringLiteral("stagesctl programme ") + verb } + args.mid(1);
        if (verb == QLatin1String("list"))
            return list(ctx, rest);
        if (verb == QLatin1String("show"))
            return show(ctx, rest);
        return groupHelp(ctx, *this, args);
    }

private:
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
