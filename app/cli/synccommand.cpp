#include "cli/command.h"

#include "core/storage/serverurl.h"
#include "core/sync/syncagent.h"
#include "core/sync/syncschema.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace stages::cli {

namespace {

/// `stagesctl sync …`: this PC's outbox and the school server (--db URL, --local-cache PATH).
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
                 tr("pull              bring what other PCs saved into this PC's cache") };
    }

    int run(Context &ctx, const QStringList &args) override
    {
        const QString verb = args.value(0);
        const QStringList rest = QStringList { QLatin1String("stagesctl sync ") + verb } + args.mid(1);
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
        auto cache = Database::open(ctx.localCache);
        if (!cache)
            return ctx.fail(cache.error());
        if (auto s = SyncSchema::attach(**cache, ctx.dbLocation()); !s)
            return ctx.fail(s.error());
        SyncAgent agent(**cache, ctx.dbLocation(), ctx.clock());
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
                                  { QStringLiteral("cache"), (*cache)->location() },
                                  { QStringLiteral("lastPush"), st->lastPush.isValid() ? st->lastPush.toString(Qt::ISODate) : QString() },
                                  { QStringLiteral("lastPull"), st->lastPull.isValid() ? st->lastPull.toString(Qt::ISODate) : QString() },
                                  { QStringLiteral("problem"), st->problem } };
            ctx.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
            return Success;
        }
        const QString never = tr("never");
        ctx.out << tr("Waiting to be sent: %1").arg(st->pending) << "\n"
                << tr("Server: %1 (%2)").arg(st->server, st->reachable ? tr("answers") : tr("does not answer: %1").arg(st->problem))
                << "\n"
                << tr("Last sent: %1").arg(st->lastPush.isValid() ? st->lastPush.toLocalTime().toString(Qt::ISODate) : never) << "\n"
                << tr("Last received: %1").arg(st->lastPull.isValid() ? st->lastPull.toLocalTime().toString(Qt::ISODate) : never)
                << Qt::endl;
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeSyncCommand()
{
    return std::make_unique<SyncCommand>();
}

} // namespace stages::cli
