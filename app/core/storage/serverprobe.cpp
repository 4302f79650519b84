#include "core/storage/serverprobe.h"

#include "core/storage/database.h"
#include "core/storage/serverpassword.h"
#include "core/storage/serverurl.h"
#include "core/storage/sqlquery.h"

namespace stages {

Result<ServerProbe::Report> ServerProbe::check(const QString &serverUrl, const QString &password)
{
    using R = Result<Report>;
    Database::Options options;
    options.create = false;
    options.migrate = true; // refuses a schema that is not this build's, changes nothing
    options.migrateServer = false;
    const ServerPassword::Scoped typed(password);
    auto opened = Database::open(serverUrl, options);
    if (!opened)
        return R::failure(explain(serverUrl, opened.error()));
    Database &db = **opened;
    Report report;
    report.schemaVersion = db.schemaVersion();
    auto ssl = SqlQuery(db.sql(), QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).scalar();
    report.encrypted = ssl && ssl->toBool();
    auto school = SqlQuery(db.sql(), QStringLiteral("SELECT name FROM school ORDER BY created_at LIMIT 1")).scalar();
    if (school && !school->isNull())
        report.schoolName = school->toString();
    return report;
}

QString ServerProbe::explain(const QString &serverUrl, const QString &error)
{
    const auto url = ServerUrl::parse(serverUrl);
    if (!url)
        return url.error();
    const auto has = [&error](const char *text) { return error.contains(QLatin1String(text), Qt::CaseInsensitive); };
    const QString where = QStringLiteral("%1:%2").arg(url->host).arg(url->port);
    QString reason;
    if (ServerPassword::refused(error))
        reason = tr("The server refused the password of the user \"%1\". Check the password.").arg(url->user);
    else if (has("no password supplied"))
        reason = tr("The server wants a password for the user \"%1\". Type it in the Password field.").arg(url->user);
    else if (has("does not support SSL"))
        reason = tr("The server at %1 offers no encryption (TLS), and the chosen security needs it.").arg(where);
    else if (has("could not translate host name"))
        reason = tr("There is no computer called \"%1\" on the network. Check the server's name.").arg(url->host);
    else if (has("Connection refused") || has("could not connect") || has("timeout expired") || has("No route to host")
             || has("Network is unreachable") || has("server closed the connection"))
        reason = tr("The server at %1 does not answer. Check the name and the port, the network, and that the "
                    "server is running.")
                     .arg(where);
    else if (has("database \"") && has("does not exist"))
        reason = tr("The server at %1 has no database called \"%2\". Check the database's name.")
                     .arg(where, url->database);
    else if (has("role \"") && has("does not exist"))
        reason = tr("The server at %1 knows no user called \"%2\". Check the user's name.").arg(where, url->user);
    if (reason.isEmpty())
        return error; // Database::open's own words: schema too old or too new, another program's tables…
    //: %1: the plain-words reason; %2: what the server said, for the IT administrator
    return tr("%1\n\n(The server said: %2)").arg(reason, error.section(QLatin1String(": "), 1).trimmed());
}

} // namespace stages
