#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace stages {

/// Where a school's PostgreSQL server is: `postgresql://USER@HOST[:PORT]/DBNAME[?sslmode=MODE]`
/// (also `postgres://`). The password is never part of it: libpq takes it from PGPASSWORD or the
/// user's private ~/.pgpass, so a location shown on screen or in a log never reveals it.
class ServerUrl
{
    Q_DECLARE_TR_FUNCTIONS(stages::ServerUrl)

public:
    QString user;
    QString host;
    int port = 5432;
    QString database;
    QString sslMode; ///< empty: libpq's default ("prefer": TLS when the server offers it)

    /// True when @p location names a server rather than a file.
    static bool isServer(const QString &location);
    static Result<ServerUrl> parse(const QString &location);

    /// libpq options for QSqlDatabase::setConnectOptions.
    QString connectOptions() const;
};

} // namespace stages
