#include "cli/command.h"

#include "core/accounts/session.h"
#include "core/audit/auditlog.h"
#include "core/storage/databasefile.h"
#include "core/storage/migrations.h"
#include "core/storage/serverurl.h"

#include <QFileInfo>

namespace stages::cli {

namespace {

/// Opening for init and migrate: the only verbs that change a school server's schema (as the
/// owner of its database). A local file is created and migrated as on every open.
Database::Options schemaChange(bool create)
{
    Database::Options options;
    options.create = create;
    options.migrate = true;
    options.migrateServer = true;
    return options;
}

class DbCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(stages::cli::DbCommand)

public:
    QString name() const override { return QStringLiteral("db"); }
    QString summary() const override { return tr("Create, check, update, back up and restore the database."); }
    QStringList verbs() const override
    {
        return {tr("init              create a new empty database"),
                tr("migrate           bring the database up to this version's schema"),
                tr("check             integrity check and schema version (fails on any problem)"),
                tr("backup FILE       consistent copy, safe while the app is running"),
                tr("restore FILE      replace the database by a backup that passes check")};
    }

    int run(Context &ctx, const QStringList &args) override
    {
        const QString verb = args.value(0);
        const QStringList rest = QStringList{QLatin1String("stagesctl db ") + verb} + args.mid(1);
        if (verb == QLatin1String("init"))
            return init(ctx, rest);
        if (verb == QLatin1String("migrate"))
            return migrate(ctx, rest);
        if (verb == QLatin1String("check"))
            return check(ctx, rest);
        if (verb == QLatin1String("backup"))
            return backup(ctx, rest);
        if (verb == QLatin1String("restore"))
            return restore(ctx, rest);
        return groupHelp(ctx, *this, args);
    }

private:
    int init(Context &ctx, const QStringList &args)
    {
        QCommandLineParser parser;
        if (auto code = parseVerb(ctx, parser, args, tr("Creates a new database with the current schema."), 0))
            return *code;
        const bool server = ServerUrl::isServer(ctx.dbLocation());
        if (server) {
            if (auto version = Database::inspect(ctx.dbLocation()); version)
                return ctx.fail(tr("%1 already exists; use \"db migrate\" or \"db check\".").arg(ctx.dbLocation()));
        } else if (QFileInfo(ctx.dbLocation()).exists() && QFileInfo(ctx.dbLocation()).size() > 0) {
            return ctx.fail(tr("%1 already exists; use \"db migrate\" or \"db check\".").arg(ctx.dbLocation()));
        }
        Database *db = ctx.database(schemaChange(true));
        if (!db)
            return Failure;
        ctx.out << tr("Created %1 (schema %2).").arg(db->location()).arg(db->schemaVersion()) << Qt::endl;
        return Success;
    }

    int migrate(Context &ctx, const QStringList &args)
    {
        QCommandLineParser parser;
        if (auto code = parseVerb(ctx, parser, args, tr("Applies pending schema updates in one transaction."), 0))
            return *code;
        Database *db = ctx.database(schemaChange(false));
        if (!db)
            return Failure;
        ctx.out << tr("%1 is at schema %2.").arg(db->location()).arg(db->schemaVersion()) << Qt::endl;
        return Success;
    }

    int check(Context &ctx, const QStringList &args)
    {
        QCommandLineParser parser;
        if (auto code = parseVerb(ctx, parser, args,
                                  tr("Checks the whole file and its schema version without changing it."), 0))
            return *code;
        auto version = Database::inspect(ctx.dbLocation());
        if (!version)
            return ctx.fail(version.error());
        if (*version < latestSchemaVersion())
            return ctx.fail(tr("%1 is healthy but uses the older schema %2 (current: %3); run \"db migrate\".")
                                .arg(ctx.dbLocation()).arg(*version).arg(latestSchemaVersion()));
        ctx.out << tr("%1: ok, schema %2.").arg(ctx.dbLocation()).arg(*version) << Qt::endl;
        if (!ServerUrl::isServer(ctx.dbLocation()) && !DatabaseFile::writable(ctx.dbLocation()))
            ctx.out << DatabaseFile::readOnlyProblem(ctx.dbLocation()) << Qt::endl;
        return Success;
    }

    int backup(Context &ctx, const QStringList &args)
    {
        QCommandLineParser parser;
        parser.addPositionalArgument(QStringLiteral("FILE"), tr("Where to write the copy."));
        if (auto code = parseVerb(ctx, parser, args,
                                  tr("Writes a consistent copy of the database, even while the app is running."), 1))
            return *code;
        // Only reads: an older schema is copied as it is, and no write lock is needed.
        Database *db = ctx.database({false, false});
        if (!db)
            return Failure;
        if (db->schemaVersion() == 0)
            return ctx.fail(tr("%1 holds no Stages data yet; there is nothing to back up.").arg(db->location()));
        const QString file = parser.positionalArguments().constFirst();
        if (auto s = db->backupTo(file); !s)
            return ctx.fail(s.error());
        ctx.out << tr("Backed up %1 to %2.").arg(db->location(), file) << Qt::endl;
        // The copy is made; a program that keeps writing must not turn it into a failure.
        if (auto s = AuditLog::record(db->sql(), ctx.clock().now(), Session::commandLine(), QStringLiteral("db.backup"),
                                      QFileInfo(file).absoluteFilePath()); !s)
            ctx.err << "stagesctl: "
                    << tr("warning: the backup is complete, but it could not be noted in the audit log of %1: %2")
                           .arg(db->location(), s.error())
                    << Qt::endl;
        return Success;
    }

    int restore(Context &ctx, const QStringList &args)
    {
        QCommandLineParser parser;
        parser.addPositionalArgument(QStringLiteral("FILE"), tr("A backup made by \"db backup\"."));
        const QCommandLineOption wait(QStringLiteral("wait"),
                                      tr("Give up when other programs keep writing for this long (default: %1).")
                                          .arg(Database::kRestoreWaitMs / 1000),
                                      tr("SECONDS"));
        parser.addOption(wait);
        if (auto code = parseVerb(ctx, parser, args,
                                  tr("Replaces the database by a backup. The backup must pass \"db check\"."), 1))
            return *code;
        int waitMs = Database::kRestoreWaitMs;
        if (parser.isSet(wait)) {
            bool ok = false;
            const double seconds = parser.value(wait).toDouble(&ok);
            if (!ok || seconds < 0 || seconds > 3600)
                return ctx.fail(tr("--wait must be a number of seconds from 0 to 3600."));
            waitMs = int(seconds * 1000);
        }
        const QString file = parser.positionalArguments().constFirst();
        ctx.closeDatabase();
        if (auto s = Database::restore(file, ctx.dbLocation(), waitMs); !s)
            return ctx.fail(s.error());
        Database *db = ctx.database({false, true});
        if (!db)
            return Failure;
        if (auto s = AuditLog::record(db->sql(), ctx.clock().now(), Session::commandLine(), QStringLiteral("db.restore"),
                                      QFileInfo(file).absoluteFilePath()); !s)
            return ctx.fail(s.error());
        ctx.out << tr("Restored %1 from %2 (schema %3).").arg(db->location(), file).arg(db->schemaVersion()) << Qt::endl;
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeDbCommand()
{
    return std::make_unique<DbCommand>();
}

} // namespace stages::cli
