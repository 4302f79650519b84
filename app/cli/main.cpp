#include "cli/command.h"
#include "cli/serverlogin.h"

#include "core/storage/defaultlocation.h"
#include "i18n/translations.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <memory>
#include <vector>

using namespace stages;
using namespace stages::cli;

namespace {

/// Takes --NAME VALUE / --NAME=VALUE from anywhere on the line, so it works before or after the verb.
QString takeOption(QStringList &args, const QString &name)
{
    QString value;
    const QString flag = QStringLiteral("--") + name;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == flag && i + 1 < args.size()) {
            value = args.at(i + 1);
            args.remove(i, 2);
            --i;
        } else if (args.at(i).startsWith(flag + QLatin1Char('='))) {
            value = args.at(i).mid(flag.size() + 1);
            args.remove(i);
            --i;
        }
    }
    return value;
}

/// Only a PDF needs fonts and a paint engine; every other verb stays free of the GUI libraries'
/// start-up (and of a display: the offscreen platform is used when there is none).
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
    bool wantsPdf = false;
    for (int i = 1; i < argc; ++i)
        wantsPdf = wantsPdf || qstrncmp(argv[i], "--pdf", 5) == 0 || qstrcmp(argv[i], "cards") == 0; // pupil cards
    if (!wantsPdf)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM") && !qEnvironmentVariableIsSet("DISPLAY")
        && !qEnvironmentVariableIsSet("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> application = makeApplication(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Stages"));
    QCoreApplication::setApplicationName(QStringLiteral("stages"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STAGES_VERSION));
    i18n::installTranslators(app, i18n::systemLanguage());

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = app.arguments().mid(1);
    QString db = takeOption(args, QStringLiteral("db"));
    if (db.isEmpty())
        db = qEnvironmentVariable("STAGES_DB", defaultDatabaseLocation());
    Context context(out, err, db);
    context.localCache = takeOption(args, QStringLiteral("local-cache"));
    context.localCacheGiven = !context.localCache.isEmpty();
    if (context.localCache.isEmpty())
        context.localCache = defaultLocalCacheLocation();

    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(makeDbCommand());
    commands.push_back(makeSchoolCommand());
    commands.push_back(makeClassCommand());
    commands.push_back(makeUserCommand());
    commands.push_back(makeDemoCommand());
    commands.push_back(makeExercisesCommand());
    commands.push_back(makeMusicCommand());
    commands.push_back(makeGeometryCommand());
    commands.push_back(makePupilCommand());
    commands.push_back(makeDashboardCommand());
    commands.push_back(makeProgrammeCommand());
    commands.push_back(makeEducatorCommand());
    commands.push_back(makeEvidenceCommand());
    commands.push_back(makeCertCommand());
    commands.push_back(makeSyncCommand());

    const QString group = args.value(0);
    if (group == QLatin1String("--version")) {
        out << "stagesctl " << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    for (const auto &command : commands) {
        if (command->name() != group)
            continue;
        if (auto stop = ServerLogin::prepare(context, group, args.mid(1)))
            return *stop;
        return command->run(context, args.mid(1));
    }
    const bool asked = group == QLatin1String("--help") || group == QLatin1String("-h") || group == QLatin1String("help");
    QTextStream &stream = asked ? out : err;
    if (!asked)
        stream << "stagesctl: " << (group.isEmpty() ? Context::tr("missing command.") : Context::tr("unknown command \"%1\".").arg(group)) << "\n";
    stream << Context::tr("Usage: stagesctl [--db PATH|URL] [--local-cache PATH] COMMAND VERB [options]") << "\n\n" << Context::tr("Commands:") << "\n";
    for (const auto &command : commands)
        stream << "  " << command->name().leftJustified(10) << command->summary() << "\n";
    stream << "\n"
           << Context::tr("\"stagesctl COMMAND --help\" lists a command's verbs. The database defaults to %1 "
                          "(or $STAGES_DB).")
                  .arg(defaultDatabaseLocation())
           << "\n"
           << Context::tr("A school server's password comes from PGPASSWORD, else the one stored on this PC for "
                          "that server (the app's \"School server\" page), else ~/.pgpass, else a prompt.")
           << Qt::endl;
    return asked ? Success : UsageError;
}
