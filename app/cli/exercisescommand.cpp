#include "cli/command.h"

#include "core/progress/attemptservice.h"
#include "core/progress/classreach.h"
#include "core/school/classservice.h"
#include "exercises/domains/domains.h"
#include "exercises/framework/evaluator.h"
#include "exercises/framework/exercisewords.h"
#include "exercises/framework/warmup.h"
#include "i18n/translations.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <limits>
#include <QJsonObject>

namespace stages::cli {

namespace {

/// The exercise catalogue from the command line: list, show, solve and check exercises exactly
/// as the app does (same engine, same evaluator). Needs no database.
class ExercisesCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(stages::cli::ExercisesCommand)

public:
    QString name() const override { return QStringLiteral("exercises"); }
    QString summary() const override { return tr("List, show, solve and check exercises (JSON)."); }
    QStringList verbs() const override
    {
        return { tr("list [--domain D] [--stage N] [--skin S] [--task T] [--json]   the catalogue"),
                 tr("show ID [--lang L]             an exercise with what the screen shows and says"),
                 tr("solve ID                       the count and the full answer"),
                 tr("check ID --answer JSON | --answer-file F   judge an answer as the app does"),
                 tr("stages [--domain D]            the stage ladders"),
                 tr("warmup [--class C] [--seed S] [--minutes M] [--stage N]   a mixed warm-up set") };
    }

    int run(Context &ctx, const QStringList &args) override
    {
        const QString verb = args.value(0);
        const QStringList rest = QStringList { QLatin1String("stagesctl exercises ") + verb } + args.mid(1);
        if (verb == QLatin1String("list"))
            return list(ctx, rest);
        if (verb == QLatin1String("show"))
            return show(ctx, rest);
        if (verb == QLatin1String("solve"))
            return solve(ctx, rest);
        if (verb == QLatin1String("check"))
            return check(ctx, rest);
        if (verb == QLatin1String("stages"))
            return stagesVerb(ctx, rest);
        if (verb == QLatin1String("warmup"))
            return warmup(ctx, rest);
        return groupHelp(ctx, *this, args);
    }

private:
    // Built on first use; every verb sees the catalogue the app builds, plus the domains whose
    // screens are still to come (their exercises can be listed, solved and checked already).
    void ensureCatalogue()
    {
        if (m_evaluator)
            return;
        m_content = makeExerciseContent(ExerciseContent::Scope::Everything);
        m_evaluator = std::make_unique<Evaluator>(m_content->engine());
    }

    const Exercise *findExercise(Context &ctx, const QString &id)
    {
        ensureCatalogue();
        const Exercise *e = m_content->catalogue().find(id);
        if (!e)
            ctx.fail(tr("There is no exercise \"%1\"; \"stagesctl exercises list\" shows them all.").arg(id));
        return e;
    }

    static void printJson(Context &ctx, const QJsonObject &object)
    {
        ctx.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        ctx.out.flush();
    }

    int list(Context &ctx, const QStringList &args)
    {
        QCommandLineParser parser;
        const QCommandLineOption domain(QStringLiteral("domain"), tr("Only this domain (combinatorics ...)."), tr("D"));
        const QCommandLineOption stage(QStringLiteral("stage"), tr("Only this stage."), tr("N"));
        const QCommandLineOption skin(QStringLiteral("skin"), tr("Only this skin (colors, shapes, moves ...)."),
                                      tr("S"));
        const QCommandLineOption task(QStringLiteral("task"), tr("Only this task (build-all, count ...)."), tr("T"));
        const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON: an array, one exercise per line."));
        parser.addOptions({ domain, stage, skin, task, json });
        if (auto code = parseVerb(ctx, parser, args, tr("Lists the exercise catalogue in its fixed order."), 0))
            return *code;
        ensureCatalogue();
        const int stageFilter = parser.value(stage).toInt();
        QStringList lines;
        for (const Exercise *e : m_content->catalogue().select(parser.value(domain), stageFilter)) {
            if ((parser.isSet(skin) && e->skin != parser.value(skin))
                || (parser.isSet(task) && e->task != parser.value(task)))
                continue;
            if (parser.isSet(json)) {
                lines.append(QString::fromUtf8(QJsonDocument(e->toJson()).toJson(QJsonDocument::Compact)));
            } else {
                lines.append(QStringList {
                    e->id, QString::number(e->stage), e->structure->kind(),
                    QString::fromUtf8(QJsonDocument(e->structure->params()).toJson(QJsonDocument::Compact)), e->skin,
                    e->task }
                                 .join(QLatin1Char('\t')));
            }
        }
        if (parser.isSet(json))
            ctx.out << "[\n" << lines.join(QStringLiteral(",\n")) << (lines.isEmpty() ? "" : "\n") << "]\n";
        else if (!lines.isEmpty())
            ctx.out << lines.join(QLatin1Char('\n')) << '\n';
        ctx.out.flush();
        return Success;
    }

    int show(Context &ctx, const QStringList &args)
    {
        QCommandLineParser parser;
        parser.addPositionalArgument(QStringLiteral("ID"), tr("Exercise id."));
        const QCommandLineOption lang(QStringLiteral("lang"), tr("Language of the instruction and the rule (cs, en)."),
                                      tr("L"));
        parser.addOption(lang);
        if (auto code
            = parseVerb(ctx, parser, args, tr("Shows an exercise, the prompt data its screen shows and its words."), 1))
            return *code;
        if (parser.isSet(lang))
            i18n::installTranslators(*QCoreApplication::instance(), parser.value(lang));
        const Exercise *e = findExercise(ctx, parser.positionalArguments().constFirst());
        if (!e)
            return Failure;
        // With the words the pupil's screen shows, so a trainer can review them here.
        QJsonObject shown = m_evaluator->describe(*e);
        shown.insert(QStringLiteral("instruction"), ExerciseWords::instruction(*e, m_evaluator->prompt(*e)));
        shown.insert(QStringLiteral("rule"), ExerciseWords::rule(*e));
        printJson(ctx, shown);
        return Success;
    }

    int solve(Context &ctx, const QStringList &args)
    {
        QCommandLineParser parser;
        parser.addPositionalArgument(QStringLiteral("ID"), tr("Exercise id."));
        if (auto code = parseVerb(ctx, parser, args, tr("Prints how many there are and the full correct answer."), 1))
            return *code;
        const Exercise *e = findExercise(ctx, parser.positionalArguments().constFirst());
        if (!e)
            return Failure;
        const Solution s = m_evaluator->solve(*e);
        printJson(ctx,
                  { { QStringLiteral("id"), e->id },
                    { QStringLiteral("count"), s.count },
                    { QStringLiteral("answer"), s.answer } });
        return Success;
    }

    int check(Context &ctx, const QStringList &args)
    {
        QCommandLineParser parser;
        parser.addPositionalArgument(QStringLiteral("ID"), tr("Exercise id."));
        const QCommandLineOption answer(QStringLiteral("answer"),
                                        tr("The answer as JSON (see exercises/framework/README.md)."), tr("JSON"));
        const QCommandLineOption answerFile(QStringLiteral("answer-file"),
                                            tr("Read the answer JSON from a file (- for stdin)."), tr("F"));
        const QCommandLineOption detail(QStringLiteral("detail"),
                                        tr("Also print the accepted items, flagged entries and the hint."));
        parser.addOptions({ answer, answerFile, detail });
        if (auto code = parseVerb(ctx, parser, args, tr("Judges an answer exactly as the app would."), 1))
            return *code;
        if (parser.isSet(answer) == parser.isSet(answerFile)) {
            ctx.fail(tr("give exactly one of --answer and --answer-file."));
            return UsageError;
        }
        QByteArray text = parser.value(answer).toUtf8();
        if (parser.isSet(answerFile)) {
            QFile file;
            const QString path = parser.value(answerFile);
            const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                           : (file.setFileName(path), file.open(QIODevice::ReadOnly));
            if (!opened)
                return ctx.fail(tr("cannot read %1: %2").arg(path, file.errorString()));
            text = file.readAll();
        }
        if (text.trimmed().isEmpty()) {
            ctx.fail(tr("the answer is empty: give it as JSON, e.g. --answer '[[0,1],[1,0]]' (\"stagesctl exercises "
                        "solve ID\" shows the form)."));
            return UsageError;
        }
        // Wrap, so that a bare number or item is valid JSON for QJsonDocument.
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson("[" + text + "]", &error);
        if (error.error != QJsonParseError::NoError || doc.array().size() != 1) {
            ctx.fail(tr("the answer is not valid JSON: %1").arg(error.errorString()));
            return UsageError;
        }
        const Exercise *e = findExercise(ctx, parser.positionalArguments().constFirst());
        if (!e)
            return Failure;
        const Evaluation result = m_evaluator->evaluate(*e, doc.array().first());
        printJson(ctx, parser.isSet(detail) ? result.toDetailedJson() : result.toJson());
        return Success;
    }

    int stagesVerb(Context &ctx, const QStringList &args)
    {
        QCommandLineParser parser;
        const QCommandLineOption domain(QStringLiteral("domain"), tr("Only this domain."), tr("D"));
        parser.addOption(domain);
        if (auto code = parseVerb(ctx, parser, args, tr("Prints each domain's stage ladder with exercise counts."), 0))
            return *code;
        ensureCatalogue();
        QJsonArray ladders;
        for (const StageLadder &ladder : m_content->catalogue().ladders()) {
            if (parser.isSet(domain) && ladder.domain() != parser.value(domain))
                continue;
            QJsonArray stages;
            for (const Stage &s : ladder.stages())
                stages.append(QJsonObject { { QStringLiteral("stage"), s.number },
                                            { QStringLiteral("title"), s.title },
                                            { QStringLiteral("goal"), s.goal },
                                            { QStringLiteral("ages"), QStringLiteral("%1-%2").arg(s.fromAge).arg(s.toAge) },
                                            { QStringLiteral("optional"), s.optional },
                                            { QStringLiteral("exercises"),
                                              int(m_content->catalogue().select(ladder.domain(), s.number).size()) } });
            ladders.append(
                QJsonObject { { QStringLiteral("domain"), ladder.domain() }, { QStringLiteral("stages"), stages } });
        }
        ctx.out << QString::fromUtf8(QJsonDocument(ladders).toJson(QJsonDocument::Indented));
        ctx.out.flush();
        return Success;
    }

    int warmup(Context &ctx, const QStringList &args)
    {
        QCommandLineParser parser;
        const QCommandLineOption seed(QStringLiteral("seed"), tr("Seed; the same seed gives the same set."), tr("S"),
                                      QStringLiteral("1"));
        const QCommandLineOption minutes(QStringLiteral("minutes"), tr("Length in minutes (default 7)."), tr("M"),
                                         QStringLiteral("7"));
        const QCommandLineOption stage(QStringLiteral("stage"), tr("Highest stage to draw from (default: all)."),
                                       tr("N"));
        const QCommandLineOption domain(QStringLiteral("domain"), tr("Only this domain."), tr("D"));
        const QCommandLineOption familiar(QStringLiteral("familiar"),
                                          tr("Stages the class is proficient in, e.g. 1,2: those come first."),
                                          tr("LIST"));
        const QCommandLineOption forClass(QStringLiteral("class"),
                                          tr("A class in the database (name): its familiar and reached stages "
                                             "decide the set."),
                                          tr("C"));
        parser.addOptions({ seed, minutes, stage, domain, familiar, forClass });
        if (auto code
            = parseVerb(ctx, parser, args, tr("Builds a timed, mixed warm-up set for the start of a lesson."), 0))
            return *code;
        ensureCatalogue();
        WarmUp::Options options;
        options.excludedTasks = m_content->engine().tasks().creativeKeys(); // the same rules as the app
        const auto seedValue = wholeNumber(ctx, parser, seed, 0, std::numeric_limits<qint64>::max());
        // A lesson's warm-up: a minute at least, an hour at most (more would overflow nothing, but
        // is surely a typo).
        const auto minuteValue = wholeNumber(ctx, parser, minutes, 1, 60);
        if (!seedValue || !minuteValue)
            return UsageError;
        options.seed = quint64(*seedValue);
        options.seconds = int(*minuteValue) * 60;
        if (parser.isSet(domain))
            options.domains = QStringList { parser.value(domain) };
        if (parser.isSet(stage)) {
            const auto stageValue = wholeNumber(ctx, parser, stage, 1, 99);
            if (!stageValue)
                return UsageError;
            for (const QString &d : m_content->catalogue().domains())
                options.reachedStage.insert(d, int(*stageValue));
        }
        if (parser.isSet(familiar)) {
            QList<int> stages;
            for (const QString &n : parser.value(familiar).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                bool ok = false;
                const int number = n.trimmed().toInt(&ok);
                if (!ok || number < 1 || number > 99) {
                    ctx.fail(tr("--familiar takes stage numbers separated by commas, e.g. 1,2; \"%1\" is not one.")
                                 .arg(n.trimmed().left(40)));
                    return UsageError;
                }
                stages.append(number);
            }
            for (const QString &d : m_content->catalogue().domains())
                options.familiarStages.insert(d, stages);
        }
        if (parser.isSet(forClass)) {
            if (auto code = applyClassReach(ctx, parser.value(forClass), options))
                return *code;
        }
        const WarmUpPlan plan = WarmUp::build(m_content->catalogue(), options);
        QJsonArray items;
        for (const WarmUpItem &item : plan.items) {
            QJsonObject o = item.exercise.toJson();
            o.insert(QStringLiteral("seconds"), item.seconds);
            items.append(o);
        }
        printJson(ctx,
                  { { QStringLiteral("limitSeconds"), plan.limitSeconds },
                    { QStringLiteral("totalSeconds"), plan.totalSeconds },
                    { QStringLiteral("exercises"), items } });
        return Success;
    }

    /// Draws the warm-up for @p className as the app does for its pupils: familiar stages first,
    /// up to the stage the class has reached, in every domain that has exercises.
    std::optional<int> applyClassReach(Context &ctx, const QString &className, WarmUp::Options &options)
    {
        Database *db = ctx.existingDatabase();
        if (!db)
            return Failure;
        const auto found = ClassService(*db, ctx.clock()).classByName(className);
        if (!found)
            return ctx.fail(found.error());
        const std::optional<SchoolClass> schoolClass = found.value();
        if (!schoolClass)
            return ctx.fail(tr("There is no class \"%1\"; \"stagesctl class list\" shows them.").arg(className));
        const AttemptService attempts(*db, ctx.clock());
        const QStringList domains = options.domains.isEmpty() ? availableDomainIds() : options.domains;
        for (const QString &domain : domains) {
            const auto pupils = attempts.masteryForClass(Session::commandLine(), schoolClass->id, domain);
            if (!pupils)
                return ctx.fail(pupils.error());
            const ClassReach reach = classReach(pupils.value());
            if (!options.familiarStages.contains(domain))
                options.familiarStages.insert(domain, reach.familiarStages);
            if (!options.reachedStage.contains(domain))
                options.reachedStage.insert(domain, reach.reachedStage);
        }
        options.domains = domains;
        return std::nullopt;
    }

    std::shared_ptr<const ExerciseContent> m_content;
    std::unique_ptr<Evaluator> m_evaluator;
};

} // namespace

std::unique_ptr<Command> makeExercisesCommand()
{
    return std::make_unique<ExercisesCommand>();
}

} // namespace stages::cli
