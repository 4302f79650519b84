#include "cli/trainingcli.h"

#include "core/school/classservice.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace stages::cli {

namespace {

/// What an educator has shown towards a programme: workshop hours, practicum, observed
/// lessons scored on the rubric, portfolio items (issue 11). Every change is audited.
class EvidenceCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(stages::cli::EvidenceCommand)

public:
    QString name() const override { return QStringLiteral("evidence"); }
    QString summary() const override
    {
        return tr("Record what an educator has done: workshops, practicum, observed lessons, portfolio.");
    }
    QStringList verbs() const override
    {
        return { tr("add --educator ID --programme NAME --kind workshop|practicum|observation|portfolio "
                    "[--hours H] [--weeks W] [--class NAME] [--scores 4,3,4,4] [--items N] [--date YYYY-MM-DD] "
                    "[--note TEXT] --as LOGIN"),
                 tr("list --educator ID [--programme NAME] [--json]"),
                 tr("correct ID [the options of add] --as LOGIN   change a record; the old values stay in the "
                    "audit log") };
    }

    int run(Context &ctx, const QStringList &args) override
    {
        const QString verb = args.value(0);
        const QStringList rest = QStringList { QStringLiteral("stagesctl evidence ") + verb } + args.mid(1);
        if (verb == QLatin1String("add") || verb == QLatin1String("correct"))
            return record(ctx, rest, verb == QLatin1String("correct"));
        if (verb == QLatin1String("list"))
            return list(ctx, rest);
        return groupHelp(ctx, *this, args);
    }

private:
    /// The options of add and correct.
    struct Options
    {
        QCommandLineOption educator;
        QCommandLineOption programme;
        QCommandLineOption kind;
        QCommandLineOption hours;
        QCommandLineOption weeks;
        QCommandLineOption cls;
        QCommandLineOption scores;
        QCommandLineOption items;
        QCommandLineOption date;
        QCommandLineOption note;
        QCommandLineOption as;
    };

    static Options options()
    {
        return {
            { QStringLiteral("educator"), tr("The educator's id (or name)."), tr("ID") },
            { QStringLiteral("programme"), tr("The programme, e.g. stages-teacher."), tr("NAME") },
            { QStringLiteral("kind"), tr("workshop, practicum, observation or portfolio."), tr("KIND") },
            { QStringLiteral("hours"), tr("Workshop: hours attended (or led)."), tr("H") },
            { QStringLiteral("weeks"), tr("Practicum: weeks of teaching Stages."), tr("W") },
            { QStringLiteral("class"),
              tr("Practicum: count the weeks from this class's real activity in this database."), tr("NAME") },
            { QStringLiteral("scores"),
              tr("Observed lesson: one score from 1 to 4 per criterion of the rubric, in order (\"stagesctl programme "
                 "show\" lists them)."),
              tr("4,3,4,4") },
            { QStringLiteral("items"), tr("Portfolio: how many items."), tr("N") },
            { QStringLiteral("date"), tr("When it happened (default: today)."), tr("YYYY-MM-DD") },
            { QStringLiteral("note"), tr("A note."), tr("TEXT") },
            TrainingCli::asOption(),
        };
    }

    /// A non-negative number given to @p option.
    static std::optional<double> amount(Context &ctx, const QCommandLineParser &parser,
                                        const QCommandLineOption &option)
    {
        bool ok = false;
        const QString text = parser.value(option).trimmed();
        const double value = text.toDouble(&ok);
        if (ok && std::isfinite(value) && value >= 0 && value <= 100000)
            return value;
        ctx.fail(tr("--%1 takes a number of 0 or more, e.g. 2.5, not \"%2\".")
                     .arg(option.names().constFirst(), text.left(40)));
        return std::nullopt;
    }

    static std::optional<QList<int>> scoreList(Context &ctx, const QString &text)
    {
        QList<int> scores;
        for (const QString &part : text.split(QLatin1Char(','))) {
            bool ok = false;
            const int score = part.trimmed().toInt(&ok);
            if (!ok || score < 1 || score > 4) {
                ctx.fail(tr("--scores takes scores from 1 to 4 separated by commas, e.g. 4,3,4,4; \"%1\" is not one.")
                             .arg(part.trimmed().left(40)));
                return std::nullopt;
            }
            scores.append(score);
        }
        return scores;
    }

    /// The stored record with this id, searched among the educators the session may read.
    static std::optional<EvidenceRecord> findRecord(TrainingCli &cli, const Session &session, const QString &id)
    {
        const auto educators = cli.training.educators(session);
        if (!educators) {
            cli.ctx.fail(educators.error());
            return std::nullopt;
        }
        for (const Educator &e : educators.value()) {
            const auto records = cli.training.evidence(session, e.id);
            if (!records) {
                cli.ctx.fail(records.error());
                return std::nullopt;
            }
            for (const EvidenceRecord &r : records.value()) {
                if (r.id == id)
                    return r;
            }
        }
        cli.ctx.fail(tr("There is no evidence \"%1\" (\"stagesctl evidence list\" shows the ids).").arg(id.left(80)));
        return std::nullopt;
    }

    int record(Context &ctx, const QStringList &args, bool correcting)
    {
        QCommandLineParser parser;
        const Options o = options();
        parser.addOptions(
            { o.educator, o.programme, o.kind, o.hours, o.weeks, o.cls, o.scores, o.items, o.date, o.note, o.as });
        if (correcting)
            parser.addPositionalArgument(QStringLiteral("ID"), tr("The evidence's id (see evidence list)."));
        if (auto code = parseVerb(ctx, parser, args,
                                  correcting ? tr("Corrects a piece of evidence; the old values are kept in the audit "
                                                  "log. Options not given keep their value.")
                                             : tr("Records a piece of evidence towards a programme."),
                                  correcting ? 1 : 0))
            return *code;
        if (!correcting && (!parser.isSet(o.educator) || !parser.isSet(o.programme) || !parser.isSet(o.kind)))
            return ctx.fail(tr("--educator, --programme and --kind are required."));
        std::optional<RequirementKind> kind;
        if (parser.isSet(o.kind)) {
            kind = requirementKindFromKey(parser.value(o.kind).trimmed().toLower());
            if (!kind)
                return ctx.fail(tr("--kind must be workshop, practicum, observation or portfolio."));
        }
        Database *db = ctx.existingDatabase();
        if (!db)
            return Failure;
        TrainingCli cli(ctx, *db);
        const auto actor = cli.actor(parser, o.as);
        if (!actor)
            return Failure;

        NewEvidence evidence;
        QString recordId;
        if (correcting) {
            recordId = parser.positionalArguments().constFirst();
            const auto old = findRecord(cli, actor->session, recordId);
            if (!old)
                return Failure;
            evidence.educatorId = old->educatorId;
            evidence.programmeId = old->programmeId;
            evidence.kind = old->evidence.kind;
            evidence.amount = old->evidence.amount;
            evidence.rubricScores = old->evidence.rubricScores;
            evidence.date = old->evidence.date;
            evidence.note = old->note;
            evidence.classId = old->classId;
        }
        if (parser.isSet(o.educator)) {
            const auto educator = cli.educator(actor->session, parser.value(o.educator));
            if (!educator)
                return Failure;
            evidence.educatorId = educator->id;
        }
        if (parser.isSet(o.programme)) {
            const auto programme = cli.programme(parser.value(o.programme));
            if (!programme)
                return Failure;
            evidence.programmeId = programme->id;
        }
        if (kind && *kind != evidence.kind) {
            evidence.kind = *kind;
            evidence.amount = 0;
            evidence.rubricScores.clear();
            evidence.classId.clear();
        }

        // Each kind takes its own amount; an amount of another kind is a mistake worth saying.
        struct AmountOption
        {
            RequirementKind kind;
            const QCommandLineOption &option;
        };
        const AmountOption amounts[] = { { RequirementKind::WorkshopHours, o.hours },
                                         { RequirementKind::PracticumWeeks, o.weeks },
                                         { RequirementKind::PortfolioItems, o.items } };
        bool amountGiven = false;
        for (const AmountOption &a : amounts) {
            if (!parser.isSet(a.option))
                continue;
            if (a.kind != evidence.kind)
                return ctx.fail(tr("--%1 is for %2 evidence, not %3.")
                                    .arg(a.option.names().constFirst(), requirementKindKey(a.kind),
                                         requirementKindKey(evidence.kind)));
            const auto value = amount(ctx, parser, a.option);
            if (!value)
                return UsageError;
            evidence.amount = *value;
            amountGiven = true;
        }
        if (parser.isSet(o.cls)) {
            if (evidence.kind != RequirementKind::PracticumWeeks)
                return ctx.fail(tr("--class is for practicum evidence."));
            const auto found = ClassService(*db, ctx.clock()).classByName(parser.value(o.cls));
            if (!found)
                return ctx.fail(found.error());
            if (!found.value())
                return ctx.fail(tr("There is no class called \"%1\".").arg(parser.value(o.cls).left(80)));
            evidence.classId = found.value()->id;
            amountGiven = true;
        } else if (parser.isSet(o.weeks)) {
            evidence.classId.clear(); // recorded weeks instead of counted ones
        }
        if (parser.isSet(o.scores)) {
            if (evidence.kind != RequirementKind::ObservedLessons)
                return ctx.fail(tr("--scores is for observation evidence."));
            const auto scores = scoreList(ctx, parser.value(o.scores));
            if (!scores)
                return UsageError;
            evidence.rubricScores = *scores;
            amountGiven = true;
        }
        if (!correcting && !amountGiven) {
            switch (evidence.kind) {
            case RequirementKind::WorkshopHours:
                return ctx.fail(tr("Workshop evidence needs --hours."));
            case RequirementKind::PracticumWeeks:
                return ctx.fail(tr("Practicum evidence needs --weeks, or --class to count them from a class."));
            case RequirementKind::ObservedLessons:
                return ctx.fail(tr("An observed lesson needs --scores, one from 1 to 4 per criterion."));
            case RequirementKind::PortfolioItems:
                return ctx.fail(tr("Portfolio evidence needs --items."));
            }
        }
        if (parser.isSet(o.date)) {
            const auto date = cli.day(parser, o.date);
            if (!date)
                return UsageError;
            evidence.date = *date;
        }
        if (parser.isSet(o.note))
            evidence.note = parser.value(o.note);

        const auto saved = correcting ? cli.training.correctEvidence(actor->session, recordId, evidence)
                                      : cli.training.addEvidence(actor->session, evidence);
        if (!saved)
            return ctx.fail(saved.error());
        if (correcting)
            ctx.out << tr("Corrected the evidence %1.").arg(saved->id) << Qt::endl;
        else
            //: %1 the kind (workshop, practicum ...), %2 the evidence's id
            ctx.out << tr("Recorded %1 evidence %2.").arg(requirementKindKey(saved->evidence.kind), saved->id)
                    << Qt::endl;
        return Success;
    }

    int list(Context &ctx, const QStringList &args)
    {
        QCommandLineParser parser;
        const QCommandLineOption educatorOption(QStringLiteral("educator"), tr("The educator's id (or name)."),
                                                tr("ID"));
        const QCommandLineOption programmeOption(QStringLiteral("programme"), tr("Only this programme."), tr("NAME"));
        const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
        const QCommandLineOption as = TrainingCli::asOption();
        parser.addOptions({ educatorOption, programmeOption, json, as });
        if (auto code = parseVerb(ctx, parser, args, tr("Lists an educator's evidence."), 0))
            return *code;
        if (!parser.isSet(educatorOption))
            return ctx.fail(tr("--educator is required (\"stagesctl educator list\" shows the ids)."));
        Database *db = ctx.existingDatabase();
        if (!db)
            return Failure;
        TrainingCli cli(ctx, *db);
        const auto actor = cli.reader(parser, as);
        if (!actor)
            return Failure;
        const auto educator = cli.educator(actor->session, parser.value(educatorOption));
        if (!educator)
            return Failure;
        QString programmeId;
        if (parser.isSet(programmeOption)) {
            const auto programme = cli.programme(parser.value(programmeOption));
            if (!programme)
                return Failure;
            programmeId = programme->id;
        }
        const auto records = cli.training.evidence(actor->session, educator->id, programmeId);
        if (!records)
            return ctx.fail(records.error());
        if (parser.isSet(json)) {
            QJsonArray array;
            for (const EvidenceRecord &r : records.value())
                array.append(evidenceJson(r));
            ctx.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        } else {
            for (const EvidenceRecord &r : records.value()) {
                QStringList scores;
                for (int s : r.evidence.rubricScores)
                    scores.append(QString::number(s));
                const QString amountOrScores = r.evidence.kind == RequirementKind::ObservedLessons
                    ? scores.join(QLatin1Char(','))
                    : amountText(r.evidence.amount);
                ctx.out << r.id << '\t' << r.programmeId << '\t' << requirementKindKey(r.evidence.kind) << '\t'
                        << amountOrScores << '\t' << r.evidence.date.toString(Qt::ISODate) << '\t' << r.recordedByName
                        << '\t' << r.note << '\n';
            }
        }
        ctx.out.flush();
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeEvidenceCommand()
{
    return std::make_unique<EvidenceCommand>();
}

} // namespace stages::cli
