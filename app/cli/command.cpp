#include "cli/command.h"

#include "core/storage/serverurl.h"
#include "core/sync/syncschema.h"

namespace stages::cli {

Context::Context(QTextStream &out, QTextStream &err, QString dbLocation)
    : out(out)
    , err(err)
    , m_dbLocation(std::move(dbLocation))
{
}

Context::~Context() = default;

Database *Context::database(Database::Options options)
{
    if (m_db)
        return m_db.get();
    auto opened = Database::open(m_dbLocation, options);
    if (!opened) {
        fail(opened.error());
        return nullptr;
    }
    m_db = std::move(opened.value());
    return m_db.get();
}

Database *Context::pcCache()
{
    if (m_cache)
        return m_cache.get();
    if (!ServerUrl::isServer(m_dbLocation)) {
        fail(tr("--db must be a school server (postgresql://USER@HOST:PORT/DBNAME) to work on this PC's cache."));
        return nullptr;
    }
    auto opened = Database::open(localCache);
    if (!opened) {
        fail(opened.error());
        return nullptr;
    }
    if (auto s = SyncSchema::attach(**opened, m_dbLocation); !s) {
        fail(s.error());
        return nullptr;
    }
    m_cache = std::move(opened.value());
    return m_cache.get();
}

int Context::fail(const QString &message)
{
    err << "stagesctl: " << message << Qt::endl;
    return Failure;
}

std::optional<qint64> wholeNumber(Context &context, const QCommandLineParser &parser, const QCommandLineOption &option,
                                  qint64 min, qint64 max)
{
    bool ok = false;
    const QString text = parser.value(option).trimmed();
    const qint64 value = text.toLongLong(&ok);
    if (ok && value >= min && value <= max)
        return value;
    context.fail(Context::tr("--%1 takes a whole number from %2 to %3, not \"%4\".")
                     .arg(option.names().constFirst())
                     .arg(min)
                     .arg(max)
                     .arg(text.left(40)));
    return std::nullopt;
}

std::optional<int> parseVerb(Context &context, QCommandLineParser &parser, const QStringList &args,
                             const QString &description, int positionalCount)
{
    parser.setApplicationDescription(description);
    parser.addOption({QStringLiteral("db"), Context::tr("Database file (default: %1).").arg(context.dbLocation()),
                      Context::tr("PATH")});
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Context::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(args)) {
        context.fail(parser.errorText());
        return UsageError;
    }
    if (parser.isSet(help)) {
        // Name the verb ("stagesctl db backup") instead of the binary's path in the usage line.
        QString text = parser.helpText();
        text.replace(QCoreApplication::arguments().constFirst(), args.constFirst());
        context.out << text;
        return Success;
    }
    if (positionalCount >= 0 && parser.positionalArguments().size() != positionalCount) {
        context.fail(Context::tr("wrong number of arguments; see --help."));
        return UsageError;
    }
    return std::nullopt;
}

int groupHelp(Context &context, const Command &command, const QStringList &args)
{
    const bool asked = !args.isEmpty() && (args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h"));
    QTextStream &stream = asked ? context.out : context.err;
    if (!asked && !args.isEmpty())
        stream << "stagesctl: " << Context::tr("unknown verb \"%1 %2\".").arg(command.name(), args.first()) << Qt::endl;
    stream << Context::tr("Usage: stagesctl [--db PATH] %1 VERB [options]").arg(command.name()) << "\n"
           << command.summary() << "\n\n"
           << Context::tr("Verbs:") << "\n";
    for (const QString &verb : command.verbs())
        stream << "  " << verb << "\n";
    stream << Context::tr("Every verb has --help.") << Qt::endl;
    return asked ? Success : UsageError;
}

} // namespace stages::cli
