#include "cli/command.h"

#include "cli/demohistoryplan.h"
#include "core/accounts/accountservice.h"
#include "core/accounts/signinpictures.h"
#include "core/progress/attemptrecorder.h"
#include "core/school/classservice.h"
#include "core/school/demoseeder.h"
#include "core/school/historyseeder.h"
#include "core/storage/serverurl.h"
#include "core/sync/syncagent.h"
#include "core/training/signingkeys.h"
#include "core/training/trainingservice.h"
#include "exercises/domains/domains.h"
#include "exercises/framework/exercisecontent.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <random>

namespace stages::cli {

namespace {

class DemoCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(stages::cli::DemoCommand)

public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override { return tr("Fill a database with a demo school for trying Stages out."); }
    QStringList verbs() const override
    {
        return {
            tr("seed --pupils N --classes M [--attempts A] [--seed S] [--into-existing] [--json]   deterministic demo "
               "school, with a year of history when --attempts is given"),
            tr("attempts --pupils N --count C [--seed S]   pupils finish exercises, stored as the app does (with a "
               "server as --db: into this PC's cache and outbox)")
        };
    }

    int run(Context &ctx, const QStringList &args) override
    {
        if (args.value(0) == QLatin1String("attempts"))
            return attempts(ctx, QStringList { QStringLiteral("stagesctl demo attempts") } + args.mid(1));
        if (args.value(0) != QLatin1String("seed"))
            return groupHelp(ctx, *this, args);
        QCommandLineParser parser;
        const QCommandLineOption pupils(QStringLiteral("pupils"), tr("How many pupils (default 24)."), tr("N"),
                                        QStringLiteral("24"));
        const QCommandLineOption classes(QStringLiteral("classes"), tr("How many classes (default 1)."), tr("M"),
                                         QStringLiteral("1"));
        const QCommandLineOption seed(QStringLiteral("seed"), tr("Random seed; the same seed gives the same school."),
                                      tr("S"), QStringLiteral("1"));
        const QCommandLineOption json(QStringLiteral("json"), tr("Print the created accounts as JSON."));
        const QCommandLineOption intoExisting(QStringLiteral("into-existing"),
                                              tr("Add demo people to the school already in the database. Its new staff "
                                                 "get fresh random passwords (printed), never the demo password."));
        const QCommandLineOption attempts(QStringLiteral("attempts"),
                                          tr("Also make a school year of history: this many attempts, spread over "
                                             "the school days of the year up to now (default 0)."),
                                          tr("A"), QStringLiteral("0"));
        parser.addOptions({ pupils, classes, seed, json, intoExisting, attempts });
        if (auto code
            = parseVerb(ctx, parser, QStringList { QStringLiteral("stagesctl demo seed") } + args.mid(1),
                        tr("Creates a demo school in an empty database: classes, pupils, teachers and a trainer. Staff "
                           "password: %1; pupils' picture passwords are printed as the names of their pictures.")
                            .arg(QLatin1String(DemoSeeder::kDemoPassword)),
                        0))
            return *code;
        bool okP = false, okC = false, okS = false;
        DemoSeeder::Options options;
        options.pupils = parser.value(pupils).toInt(&okP);
        options.classes = parser.value(classes).toInt(&okC);
        options.seed = parser.value(seed).toUInt(&okS);
        options.intoExisting = parser.isSet(intoExisting);
        if (!okP || !okC || !okS)
            return ctx.fail(tr("--pupils, --classes and --seed take whole numbers."));
        const auto attemptCount = wholeNumber(ctx, parser, attempts, 0, HistorySeeder::kMaxAttempts);
        if (!attemptCount)
            return UsageError;

        Database *db = ctx.database();
        if (!db)
            return Failure;
        AccountService accounts(*db, ctx.clock());
        ClassService classService(*db, ctx.clock());
        // A history that cannot be written is refused before any people are made for it.
        if (*attemptCount > 0) {
            if (auto s = HistorySeeder(*db, ctx.clock()).check(Session::commandLine(accounts.schoolId())); !s)
                return ctx.fail(s.error());
        }
        SigningKeys keys(*db, ctx.clock());
        TrainingService training(*db, ctx.clock(), keys);
        DemoSeeder seeder(accounts, classService, training, keys);
        auto created = seeder.seed(options);
        if (!created)
            return ctx.fail(created.error());
        // Pupils' picture passwords are printed as the pictures' names ("Sun, Fish, Tree"), the
        // words a teacher reads out to a child; JSON also gives the indexes for scripts.
        const auto shownSecret = [](const DemoSeeder::SeededAccount &a) {
            return a.pictures.isEmpty() ? a.secret : SignInPictures::describe(a.pictures);
        };
        if (parser.isSet(json)) {
            QJsonArray array;
            for (const auto &a : *created) {
                QJsonObject o { { QStringLiteral("role"), a.role },
                                { QStringLiteral("name"), a.name },
                                { QStringLiteral("class"), a.className },
                                { QStringLiteral("login"), a.login },
                                { QStringLiteral("secret"), shownSecret(a) } };
                if (!a.pictures.isEmpty()) {
                    QJsonArray pictures;
                    for (int p : a.pictures)
                        pictures.append(p);
                    o.insert(QStringLiteral("pictures"), pictures);
                }
                array.append(o);
            }
            ctx.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        } else {
            for (const auto &a : *created)
                ctx.out << a.role << '\t' << a.name << '\t' << (a.className.isEmpty() ? a.login : a.className) << '\t'
                        << shownSecret(a) << '\n';
            ctx.out << tr("Created %n account(s).", nullptr, int(created->size())) << Qt::endl;
        }
        ctx.out.flush();
        if (*attemptCount > 0)
            return history(ctx, *db, accounts.schoolId(), options.seed, *attemptCount,
                           parser.isSet(json) ? ctx.err : ctx.out);
        return Success;
    }

private:
    /// A year of attempts, warm-ups, pieces and feedback for the pupils just made, from real
    /// exercises of the catalogue. Progress goes to stderr; the summary to @p summaryOut.
    int history(Context &ctx, Database &db, const QString &schoolId, quint32 seed, qint64 count,
                QTextStream &summaryOut)
    {
        QElapsedTimer timer;
        timer.start();
        const auto content = makeExerciseContent();
        const HistoryPlan plan = demoHistoryPlan(*content);
        HistorySeeder seeder(db, ctx.clock());
        HistorySeeder::Options options;
        options.attempts = count;
        options.seed = seed;
        options.progress = [&ctx](qint64 written, qint64 total) {
            //: Progress of "demo seed --attempts" on stderr
            ctx.err << tr("%1 of %2 attempts written").arg(written).arg(total) << Qt::endl;
        };
        auto summary = seeder.seed(Session::commandLine(schoolId), plan, options);
        if (!summary)
            return ctx.fail(summary.error());
        //: Summary of "demo seed --attempts"; %1 attempts, %2 pupils, %3 stuck, %4 inactive, %5 and %6 dates
        summaryOut << tr("History: %1 attempts by %2 pupils (%3 stuck, %4 stopped weeks ago), school days from "
                         "%5 to %6.")
                          .arg(summary->attempts)
                          .arg(summary->pupilsStarted)
                          .arg(summary->stuck)
                          .arg(summary->inactive)
                          .arg(summary->firstDay.toString(Qt::ISODate), summary->lastDay.toString(Qt::ISODate))
                   << Qt::endl;
        //: Summary of "demo seed --attempts"; %1 warm-ups, %2 pieces of work, %3 teachers' comments, %4 seconds
        summaryOut << tr("%1 class warm-ups, %2 pieces of work, %3 comments from teachers; written in %4 s.")
                          .arg(summary->warmUps)
                          .arg(summary->artifacts)
                          .arg(summary->feedback)
                          .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                   << Qt::endl;
        return Success;
    }

    /// Pupils finish exercises one after another, each stored through AttemptRecorder exactly
    /// as the pupil screens store theirs. One line per attempt as soon as it is safe:
    /// "saved ID" once committed, "kept ID" when it waits in the pending journal.
    int attempts(Context &ctx, const QStringList &args)
    {
        QCommandLineParser parser;
        const QCommandLineOption pupils(QStringLiteral("pupils"), tr("How many of the school's pupils take part."),
                                        tr("N"), QStringLiteral("10"));
        const QCommandLineOption count(QStringLiteral("count"), tr("How many attempts to make."), tr("C"),
                                       QStringLiteral("100"));
        const QCommandLineOption seed(QStringLiteral("seed"), tr("Random seed for pupils, exercises and scores."),
                                      tr("S"), QStringLiteral("1"));
        parser.addOptions({ pupils, count, seed });
        if (auto code = parseVerb(ctx, parser, args,
                                  tr("Makes pupils of the school finish exercises and stores every attempt the way "
                                     "the app does, for demos and load tests. Prints \"saved ID\" for each "
                                     "attempt stored, \"kept ID\" for one waiting in the journal beside the "
                                     "database."),
                                  0))
            return *code;
        bool okP = false, okC = false, okS = false;
        const int pupilCount = parser.value(pupils).toInt(&okP);
        const int attemptCount = parser.value(count).toInt(&okC);
        const quint32 seedValue = parser.value(seed).toUInt(&okS);
        if (!okP || !okC || !okS || pupilCount < 1 || attemptCount < 0)
            return ctx.fail(tr("--pupils (1 or more), --count and --seed take whole numbers."));

        // On a PC attached to a school server the attempts go into its cache, as the app writes
        // them: the outbox queues them and "sync push" (or the app's worker) sends them.
        const bool server = ServerUrl::isServer(ctx.dbLocation());
        Database *db = server ? ctx.pcCache() : ctx.database();
        if (!db)
            return Failure;
        if (server) {
            if (auto s = fetchSchool(ctx, *db); !s)
                return ctx.fail(s.error());
        }
        AccountService accounts(*db, ctx.clock());
        const QString school = accounts.schoolId();
        auto people = accounts.people(Session::commandLine(school), Role::Pupil);
        if (!people)
            return ctx.fail(people.error());
        if (people->isEmpty())
            return ctx.fail(tr("The school has no pupils yet; \"stagesctl demo seed\" adds some."));
        const QList<Person> taking = people->mid(0, pupilCount);
        const auto content = makeExerciseContent();
        const QList<Exercise> &exercises = content->catalogue().exercises();
        if (exercises.isEmpty())
            return ctx.fail(tr("There are no exercises."));

        AttemptRecorder recorder(*db, ctx.clock());
        // Attempts an earlier run kept (or was stopped while keeping) are stored first.
        if (auto left = recorder.retryPending(); left && *left > 0)
            ctx.err << tr("%n earlier attempt(s) still wait in %1.", nullptr, *left).arg(recorder.journal().path())
                    << Qt::endl;

        std::mt19937 random(seedValue);
        const double scores[] = { 0.0, 0.4, 0.75, 0.9, 1.0, 1.0 };
        int saved = 0;
        int kept = 0;
        for (int i = 0; i < attemptCount; ++i) {
            const Person &pupil = taking.at(int(random() % quint32(taking.size())));
            const Exercise &exercise = exercises.at(int(random() % quint32(exercises.size())));
            AttemptRecord attempt;
            attempt.exerciseId = exercise.id;
            attempt.domain = exercise.domain;
            attempt.stage = std::max(1, exercise.stage);
            attempt.score = scores[random() % std::size(scores)];
            attempt.success = attempt.score >= 1.0;
            attempt.durationMs = 5000 + qint64(random() % 60000);
            attempt.hintsUsed = int(random() % 3);
            attempt.answer = QJsonArray();
            const Session session { pupil.id, school, Role::Pupil, pupil.displayName };
            auto outcome = recorder.submit(session, attempt);
            if (!outcome)
                return ctx.fail(outcome.error());
            (outcome->saved ? saved : kept) += 1;
            ctx.out << (outcome->saved ? "saved" : "kept") << '\t' << outcome->attemptId << '\t' << pupil.id << '\t'
                    << exercise.id << Qt::endl;
            if (!outcome->saved)
                ctx.err << outcome->problem << Qt::endl;
        }
        const auto left = recorder.retryPending();
        //: Summary of "demo attempts": %n stored at once, %1 kept in the journal, %2 still waiting there
        ctx.out << tr("Saved %n attempt(s) at once, kept %1 for later; %2 still waiting.", nullptr, saved)
                       .arg(kept)
                       .arg(left ? left.value() : recorder.pendingCount())
                << Qt::endl;
        if (server) {
            const auto waiting = SyncAgent(*db, ctx.dbLocation(), ctx.clock()).status(false);
            //: After "demo attempts" on a PC of a school server; %n changes in its outbox
            ctx.out << tr("%n change(s) wait in this PC's outbox; \"stagesctl sync push\" sends them.", nullptr,
                          waiting ? waiting->pending : 0)
                    << Qt::endl;
        }
        return Success;
    }

    /// A PC's cache that has never met its school fetches it first (as the app's first start
    /// does); one that has works offline.
    static Status fetchSchool(Context &ctx, Database &cache)
    {
        SyncAgent agent(cache, ctx.dbLocation(), ctx.clock());
        const auto status = agent.status(false);
        if (!status)
            return Status::from(status);
        if (status->lastPull.isValid())
            return {};
        auto pulled = agent.pull();
        return Status::from(pulled);
    }
};

} // namespace

std::unique_ptr<Command> makeDemoCommand()
{
    return std::make_unique<DemoCommand>();
}

} // namespace stages::cli
