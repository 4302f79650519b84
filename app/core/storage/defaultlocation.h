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

} // namespace stages
