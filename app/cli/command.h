#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "core/storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace stages::cli {

enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

/// What every stagesctl verb gets: streams, the chosen database (opened on first use) and a clock.
class Context
{
    Q_DECLARE_TR_FUNCTIONS(stages::cli::Context)

public:
    Context(QTextStream &out, QTextStream &err, QString dbLocation);
    ~Context();

    QTextStream &out;
    QTextStream &err;
    const Clock &clock() const { return m_clock; }
    /// With a server as --db: this PC's local cache and outbox (--local-cache).
    QString localCache;
    /// Whether --local-cache was given (localCache is the default location otherwise).
    bool localCacheGiven = false;
    const QString &dbLocation() const { return m_dbLocation; }

    /// Opens (and migrates) the database; prints the reason and returns nullptr on failure.
    Database *database(Database::Options options = {});
    /// For verbs that only read (user list, class list ...): opens the database only when it
    /// exists, so a mistyped --db creates no file and no folder.
    Database *existingDatabase() { return database({false, true}); }
    /// With a school server as --db: this PC's local cache (--local-cache), opened and attached
    /// to the server, so what is written into it is queued in its outbox as in the app. Prints
    /// the reason and returns nullptr on failure.
    Database *pcCache();
    /// Closes the database (before restore replaces it, for example).
    void closeDatabase() { m_db.reset(); }

    /// Prints "stagesctl: message" to stderr and returns Failure.
    int fail(const QString &message);

private:
    QString m_dbLocation;
    SystemClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Database> m_cache;
};

/// A group of verbs ("db", "user" ...). run() receives the arguments after the group name.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    /// One line per verb: "backup FILE   consistent copy while the app runs".
    virtual QStringList verbs() const = 0;
    virtual int run(Context &context, const QStringList &args) = 0;
};

/// Shared parsing for a verb: adds --help and --db to @p parser, parses @p args (whose first
/// element is the program/verb name), prints help or errors. Returns an exit code when the
/// caller should stop, std::nullopt when it should go on.
std::optional<int> parseVerb(Context &context, QCommandLineParser &parser, const QStringList &args,
                             const QString &description, int positionalCount);

/// The whole number given to @p option, when it lies in [@p min, @p max]; otherwise prints
/// "--option takes a whole number from min to max" and returns std::nullopt. Strict: "7x",
/// "nan", "" and numbers that do not fit are refused, never read as 0.
std::optional<qint64> wholeNumber(Context &context, const QCommandLineParser &parser, const QCommandLineOption &option,
                                  qint64 min, qint64 max);

/// Prints the verbs of a group and returns UsageError (or Success with --help).
int groupHelp(Context &context, const Command &command, const QStringList &args);

std::unique_ptr<Command> makeDbCommand();
std::unique_ptr<Command> makeSyncCommand();
std::unique_ptr<Command> makeSchoolCommand();
std::unique_ptr<Command> makeClassCommand();
std::unique_ptr<Command> makeUserCommand();
std::unique_ptr<Command> makeDemoCommand();
std::unique_ptr<Command> makeExercisesCommand();
std::unique_ptr<Command> makeMusicCommand();
std::unique_ptr<Command> makeGeometryCommand();
std::unique_ptr<Command> makePupilCommand();
std::unique_ptr<Command> makeDashboardCommand();
std::unique_ptr<Command> makeProgrammeCommand();
std::unique_ptr<Command> makeEducatorCommand();
std::unique_ptr<Command> makeEvidenceCommand();
std::unique_ptr<Command> makeCertCommand();

} // namespace stages::cli
