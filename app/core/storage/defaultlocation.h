#pragma once

#include <QStandardPaths>
#include <QString>

namespace stages {

/// The database both programs use when no --db is given: one file per user in the
/// platform's application-data folder (~/.local/share/Stages/stages on Linux).
inline QString defaultDatabaseLocation()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/stages.sqlite");
}

/// A PC's local cache and outbox when it works against a school server and no --local-cache is
/// given: next to the default database, one per user.
inline QString defaultLocalCacheLocation()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/server-cache.sqlite");
}

} // namespace stages
