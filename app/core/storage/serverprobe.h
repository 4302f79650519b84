#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace stages {

/// "Test connection" for the administrator's server settings: connects to a school server as a
/// PC would (the app's role, no schema changes) and says in plain words what is wrong: the
/// server does not answer, the password is wrong, the database or the user does not exist, the
/// schema is older or newer than this build's (Database::open's own checks). Blocks for up to
/// the connection timeout: call it from a thread of its own.
class ServerProbe
{
    Q_DECLARE_TR_FUNCTIONS(stages::ServerProbe)

public:
    struct Report
    {
        int schemaVersion = 0;
        bool encrypted = false; ///< the connection uses TLS
        QString schoolName; ///< empty when the server holds no school yet
    };

    /// @p password empty: PGPASSWORD, the stored password (ServerPassword) or ~/.pgpass.
    static Result<Report> check(const QString &serverUrl, const QString &password);
    /// The plain-words reason for a connection failure reported by Database::open.
    static QString explain(const QString &serverUrl, const QString &error);
};

} // namespace stages
