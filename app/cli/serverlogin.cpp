#include "cli/serverlogin.h"

#include "cli/passwordprompt.h"
#include "core/storage/database.h"
#include "core/storage/serverpassword.h"
#include "core/storage/serverurl.h"

namespace stages::cli {

namespace {

/// A verb that never reaches the server: help, and "sync export" (the cache knows its queue).
bool staysOffline(const QString &group, const QStringList &verbArgs)
{
    if (verbArgs.isEmpty() || verbArgs.contains(QLatin1String("--help")) || verbArgs.contains(QLatin1String("-h")))
        return true;
    return group == QLatin1String("sync") && verbArgs.constFirst() == QLatin1String("export");
}

/// One connection as the verb will open it, changing nothing: empty when it works, else the error.
QString tryConnection(const QString &serverUrl)
{
    Database::Options options;
    options.create = false;
    options.migrate = false; // reads the schema version only; an older or empty schema is the verb's affair
    auto opened = Database::open(serverUrl, options);
    return opened ? QString() : opened.error();
}

} // namespace

std::optional<int> ServerLogin::prepare(Context &context, const QString &group, const QStringList &verbArgs)
{
    const QString url = context.dbLocation();
    if (!ServerUrl::isServer(url) || staysOffline(group, verbArgs))
        return std::nullopt;
    const bool stored = ServerPassword::useStoredFor(url);
    QString problem = tryConnection(url);
    bool typed = false;
    if (ServerPassword::needsAsking(problem)) {
        if (!PasswordPrompt::onTerminal())
            return context.fail(
                tr("The school server %1 asks for a password, and there is no terminal to type it in. Set "
                   "PGPASSWORD, or add a line HOST:PORT:DATABASE:USER:PASSWORD to ~/.pgpass (readable only by "
                   "you), or store the password on this PC on the app's \"School server\" page (administrators).")
                    .arg(url));
        //: prompt on the terminal; the typing is not shown. %1 is the server's address
        const QString password
            = PasswordPrompt::readLine(context.err, tr("Password for the school server %1: ").arg(url));
        if (password.isEmpty())
            return context.fail(tr("No password was typed; nothing was done."));
        ServerPassword::set(password);
        typed = true;
        problem = tryConnection(url);
    }
    if (ServerPassword::refused(problem))
        return context.fail(refusedText(url, stored, typed));
    return std::nullopt;
}

QString ServerLogin::refusedText(const QString &serverUrl, bool stored, bool typed)
{
    if (typed)
        return tr("The school server %1 refused the password typed.").arg(serverUrl);
    if (!qEnvironmentVariableIsEmpty("PGPASSWORD"))
        return tr("The school server %1 refused the password in PGPASSWORD.").arg(serverUrl);
    if (stored)
        return tr("The school server %1 refused the password stored on this PC. An administrator stores the new "
                  "one on the app's \"School server\" page, or set PGPASSWORD.")
            .arg(serverUrl);
    return tr("The school server %1 refused the password in ~/.pgpass.").arg(serverUrl);
}

} // namespace stages::cli
