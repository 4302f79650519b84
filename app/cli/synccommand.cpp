#include "cli/command.h"

#include "core/storage/serverurl.h"
#include "core/sync/syncagent.h"
#include "core/sync/syncbundle.h"
#include "core/sync/syncclash.h"
#include "core/sync/syncoutbox.h"
#include "core/sync/syncschema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace stages::cli {

namespace {

/// `stagesctl sync …`: this PC's outbox and the school server (--db URL, --local-cache PATH),
/// and bundles that carry a PC's changes to the server by USB.
class SyncCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(stages::cli::SyncCommand)

public:
    QString name() const override { return QStringLiteral("sync"); }
    QString summary() const override { return tr("This PC's outbox and the school server."); }
    QStringList verbs() const override
    {
        return { tr("status [--json]   changes waiting, last push and pull, whether the server answers"),
                 tr("push              send every waiting change now (exit 0 when none is left)"),
                 tr("pull              bring what other PCs saved into this PC's cache"),
                 tr("export --out FILE [--forget]   write this PC's waiting changes into a bundle for a USB stick"),
                 tr("import FILE       apply a bundle to the school server (--db); twice changes nothing") };
    }

    int run(Context &ctx, const QStringList &args) override
    {
        const QString verb = args.value(0);
        const QStringList rest = QStringList { QLatin1String("stagesctl sync ") + verb } + args.mid(1);
        if (verb == QLatin1String("export"))
            return exportBundle(ctx, rest);
        if (verb == QLatin1String("import"))
            return importBundle(ctx, rest);
        if (verb != QLatin1String("status") && verb != QLatin1String("push") && verb != QLatin1String("pull"))
            return groupHelp(ctx, *this, args);
        QCommandLineParser parser;
        const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
        if (verb == QLatin1String("status"))
            parser.addOption(json);
        if (auto code = parseVerb(ctx, parser, rest, verbs().value(verb == QLatin1String("status") ? 0 : verb == QLatin1String("push") ? 1 : 2), 0))
            return *code;
        if (!ServerUrl::isServer(ctx.dbLocation()))
            return ctx.fail(tr("--db must be a school server (postgresql://USER@HOST:PORT/DBNAME): "
                               "a local database has nothing to send."));
        Database *cache = ctx.pcCache();
        if (!cache)
            return Failure;
        SyncAgent agent(*cache, ctx.dbLocation(), ctx.clock());
        if (verb == QLatin1String("push")) {
            const Result<int> pushed = agent.push();
            if (!pushed)
                return ctx.fail(tr("%1 changes are still waiting: %2")
                                    .arg(agent.status(false).value_or(SyncStatus {}).pending)
                                    .arg(pushed.error()));
            ctx.out << tr("Sent %n change(s); nothing is waiting.", nullptr, *pushed) << Qt::endl;
            return Success;
        }
        if (verb == QLatin1String("pull")) {
            const Result<int> pulled = agent.pull();
            if (!pulled)
                return ctx.fail(pulled.error());
            ctx.out << tr("Received %n row(s).", nullptr, *pulled) << Qt::endl;
            return Success;
        }
        const Result<SyncStatus> st = agent.status(true);
        if (!st)
            return ctx.fail(st.error());
        if (parser.isSet(json)) {
            const QJsonObject o { { QStringLiteral("pending"), st->pending },
                                  { QStringLiteral("reachable"), st->reachable },
                                  { QStringLiteral("server"), st->server },
                                  { QStringLiteral("cache"), cache->location() },
                                  { QStringLiteral("lastPush"), st->lastPush.isValid() ? st->lastPush.toString(Qt::ISODate) : QString() },
                                  { QStringLiteral("lastPull"), st->lastPull.isValid() ? st->lastPull.toString(Qt::ISODate) : QString() },
                                  { QStringLiteral("problem"), st->problem } };
            QJsonArray renamed;
            for (const SyncRename &rename : st->renamed) {
                QJsonObject entry = rename.toJson();
                entry.insert(QStringLiteral("text"), SyncClash::describe(rename));
                renamed.append(entry);
            }
            QJsonObject document = o;
            document.insert(QStringLiteral("renamed"), renamed);
            ctx.out << QJsonDocument(document).toJson(QJsonDocument::Indented);
            return Success;
        }
        const QString never = tr("never");
        ctx.out << tr("Waiting to be sent: %1").arg(st->pending) << "\n"
                << tr("Server: %1 (%2)").arg(st->server, st->reachable ? tr("answers") : tr("does not answer: %1").arg(st->problem))
                << "\n"
                << tr("Last sent: %1").arg(st->lastPush.isValid() ? st->lastPush.toLocalTime().toString(Qt::ISODate) : never) << "\n"
                << tr("Last received: %1").arg(st->lastPull.isValid() ? st->lastPull.toLocalTime().toString(Qt::ISODate) : never)
                << Qt::endl;
        for (const SyncRename &rename : st->renamed) {
            //: A line of "sync status": %1 when, %2 what was renamed after two PCs clashed
            ctx.out << tr("Changed after a clash with another PC (%1): %2")
                           .arg(rename.at.toLocalTime().toString(Qt::ISODate), SyncClash::describe(rename))
                    << Qt::endl;
        }
        return Success;
    }

private:
    /// Needs no network and no --db: the cache knows its server and its queue.
    int exportBundle(Context &ctx, const QStringList &args)
    {
        if (!ctx.localCacheGiven && ServerUrl::isServer(ctx.dbLocation()))
            return exportServerBundle(ctx, args);
        QCommandLineParser parser;
        const QCommandLineOption out(QStringLiteral("out"), tr("The bundle file to write."), tr("FILE"));
        const QCommandLineOption forget(QStringLiteral("forget"),
                                        tr("Take the exported changes out of this PC's queue. Without it they stay "
                                           "queued, and a later push sends them again, which changes nothing."));
        parser.addOptions({ out, forget });
        if (auto code = parseVerb(ctx, parser, args,
                                  tr("Writes the changes waiting on this PC (--local-cache) into one file, for a PC "
                                     "without network: carry it to the school server and run \"stagesctl --db URL "
                                     "sync import FILE\" there."),
                                  0))
            return *code;
        if (parser.value(out).isEmpty())
            return ctx.fail(tr("--out FILE is needed: where to write the bundle."));
        Database::Options options;
        options.create = false; // a mistyped --local-cache makes no empty cache
        auto cache = Database::open(ctx.localCache, options);
        if (!cache)
            return ctx.fail(cache.error());
        auto bundle = SyncBundle::exportQueue(**cache, ctx.clock().now());
        if (!bundle)
            return ctx.fail(bundle.error());
        QSaveFile file(parser.value(out));
        if (!file.open(QIODevice::WriteOnly) || file.write(bundle->bytes) != bundle->bytes.size() || !file.commit())
            return ctx.fail(tr("Could not write %1: %2").arg(parser.value(out), file.errorString()));
        if (parser.isSet(forget)) {
            if (auto s = SyncOutbox::forget((*cache)->sql(), bundle->lastSeq); !s)
                return ctx.fail(tr("The bundle is written, but its changes are still queued: %1").arg(s.error()));
            //: %n changes, %1 the file
            ctx.out << tr("Wrote %n change(s) to %1; they left this PC's queue.", nullptr, bundle->changes)
                           .arg(parser.value(out))
                    << Qt::endl;
            return Success;
        }
        //: %n changes, %1 the file
        ctx.out << tr("Wrote %n change(s) to %1. They stay queued here: a later push sends them again, which "
                      "changes nothing.",
                      nullptr, bundle->changes)
                       .arg(parser.value(out))
                << Qt::endl;
        return Success;
    }

    /// The school server (--db) writes its shared rows for a PC without network.
    int exportServerBundle(Context &ctx, const QStringList &args)
    {
        QCommandLineParser parser;
        const QCommandLineOption out(QStringLiteral("out"), tr("The bundle file to write."), tr("FILE"));
        const QCommandLineOption since(QStringLiteral("since"),
                                       tr("Only rows with a sync number above N (default: everything)."),
                                       tr("N"));
        parser.addOptions({ out, since });
        if (auto code = parseVerb(ctx, parser, args,
                                  tr("Writes the school server's shared rows and deletions (--db) into one file, for "
                                     "a PC without network: run \"stagesctl --local-cache PATH sync import FILE\" "
                                     "there."),
                                  0))
            return *code;
        if (parser.value(out).isEmpty())
            return ctx.fail(tr("--out FILE is needed: where to write the bundle."));
        qint64 from = 0;
        if (parser.isSet(since)) {
            bool ok = false;
            from = parser.value(since).toLongLong(&ok);
            if (!ok || from < 0)
                return ctx.fail(tr("--since needs a whole number of 0 or more."));
        }
        Database::Options options;
        options.create = false;
        options.migrate = true;
        Database *server = ctx.database(options);
        if (!server)
            return Failure;
        auto bundle = SyncBundle::exportServer(*server, from, ctx.clock().now());
        if (!bundle)
            return ctx.fail(bundle.error());
        QSaveFile file(parser.value(out));
        if (!file.open(QIODevice::WriteOnly) || file.write(bundle->bytes) != bundle->bytes.size() || !file.commit())
            return ctx.fail(tr("Could not write %1: %2").arg(parser.value(out), file.errorString()));
        //: %n rows and deletions, %1 the file, %2 the highest sync number in it
        ctx.out << tr("Wrote %n row(s) and deletion(s) of the server to %1 (up to sync number %2).", nullptr,
                      bundle->changes)
                       .arg(parser.value(out))
                       .arg(bundle->lastSeq)
                << Qt::endl;
        return Success;
    }

    /// A PC without network (--local-cache, no server as --db) takes in a server bundle.
    int importIntoCache(Context &ctx, const QString &path, const QByteArray &bytes)
    {
        Database::Options options;
        options.create = false; // a mistyped --local-cache makes no empty cache
        auto cache = Database::open(ctx.localCache, options);
        if (!cache)
            return ctx.fail(cache.error());
        auto server = SyncSchema::attachedServer(**cache);
        if (!server)
            return ctx.fail(server.error());
        if (server->isEmpty())
            return ctx.fail(tr("%1 is not the cache of a school server: set the PC up for the server first.")
                                .arg(ctx.localCache));
        SyncAgent agent(**cache, *server, ctx.clock());
        auto imported = agent.importServerBundle(bytes);
        if (!imported)
            return ctx.fail(tr("%1: %2").arg(path, imported.error()));
        ctx.out << tr("Imported %1: %n row(s) from the school server.", nullptr, *imported).arg(path) << Qt::endl;
        return Success;
    }

    int importBundle(Context &ctx, const QStringList &args)
    {
        QCommandLineParser parser;
        parser.addPositionalArgument(QStringLiteral("FILE"), tr("A bundle written by \"sync export\"."));
        if (auto code = parseVerb(ctx, parser, args,
                                  tr("Applies a bundle from a PC without network to the school server (--db), in "
                                     "one transaction: all of it or nothing. Importing it again changes nothing."),
                                  1))
            return *code;
        const bool intoCache = ctx.localCacheGiven && !ServerUrl::isServer(ctx.dbLocation());
        if (!intoCache && !ServerUrl::isServer(ctx.dbLocation()))
            return ctx.fail(tr("--db must be the school server (postgresql://USER@HOST:PORT/DBNAME) that the "
                               "bundle goes to."));
        const QString path = parser.positionalArguments().constFirst();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return ctx.fail(tr("Could not read %1: %2").arg(path, file.errorString()));
        const QByteArray bytes = file.readAll();
        if (intoCache)
            return importIntoCache(ctx, path, bytes);
        // Checked before the server is even asked: a bad file never opens a transaction.
        if (auto checked = SyncBundle::read(bytes); !checked)
            return ctx.fail(tr("%1: %2").arg(path, checked.error()));
        Database::Options options;
        options.create = false;
        options.migrate = true; // refuses a server whose schema is not this build's
        Database *server = ctx.database(options);
        if (!server)
            return Failure;
        auto imported = SyncBundle::importInto(*server, bytes, ctx.clock().now());
        if (!imported)
            return ctx.fail(tr("%1: %2").arg(path, imported.error()));
        //: Summary of "sync import": %1 rows written, %2 deletions, %3 rows of erased pupils left out
        ctx.out << tr("Imported %1: %2 row(s) written, %3 deletion(s), %4 row(s) of erased pupils left out.")
                       .arg(path)
                       .arg(imported->written)
                       .arg(imported->deleted)
                       .arg(imported->refused)
                << Qt::endl;
        for (const SyncRename &rename : imported->renamed) {
            //: A line of "sync import" for a row kept under another name after a clash: %1 what happened
            ctx.out << tr("Changed after a clash with another PC: %1").arg(SyncClash::describe(rename)) << Qt::endl;
        }
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeSyncCommand()
{
    return std::make_unique<SyncCommand>();
}

} // namespace stages::cli
