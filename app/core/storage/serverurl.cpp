#include "core/storage/serverurl.h"

#include <QUrl>
#include <QUrlQuery>

namespace stages {

namespace {
/// Seconds a PC waits for the server before it says that it cannot reach it.
constexpr int kConnectTimeoutSeconds = 10;
} // namespace

bool ServerUrl::isServer(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql:")) || location.startsWith(QLatin1String("postgres:"));
}

Result<ServerUrl> ServerUrl::parse(const QString &location)
{
    using R = Result<ServerUrl>;
    const QUrl url(location, QUrl::StrictMode);
    const QString usage = tr("Write a school server as postgresql://USER@HOST:PORT/DATABASE "
                             "(optionally ?sslmode=require); the password comes from PGPASSWORD or ~/.pgpass.");
    if (!url.isValid() || url.host().isEmpty() || url.userName().isEmpty())
        return R::failure(tr("%1 is not a server address Stages understands.").arg(location) + QLatin1Char(' ')
                          + usage);
    if (!url.password().isEmpty())
        return R::failure(tr("Do not write the password into the server address %1: Stages shows addresses on "
                             "screen and in logs.").arg(url.toString(QUrl::RemovePassword))
                          + QLatin1Char(' ') + usage);
    ServerUrl server;
    server.user = url.userName();
    server.host = url.host();
    server.port = url.port(5432);
    server.database = url.path().mid(1);
    if (server.database.isEmpty() || server.database.contains(QLatin1Char('/')))
        return R::failure(tr("%1 is not a server address Stages understands.").arg(location) + QLatin1Char(' ')
                          + usage);
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key != QLatin1String("sslmode"))
            return R::failure(tr("%1: unknown option \"%2\".").arg(location, key) + QLatin1Char(' ') + usage);
        static const QStringList modes{QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
                                       QStringLiteral("require"), QStringLiteral("verify-ca"),
                                       QStringLiteral("verify-full")};
        if (!modes.contains(value))
            return R::failure(tr("%1: sslmode must be one of %2.").arg(location, modes.join(QLatin1String(", "))));
        server.sslMode = value;
    }
    return server;
}

QString ServerUrl::connectOptions() const
{
    QString options = QStringLiteral("connect_timeout=%1;application_name=stages").arg(kConnectTimeoutSeconds);
    if (!sslMode.isEmpty())
        options += QLatin1String(";sslmode=") + sslMode;
    return options;
}

} // namespace stages
