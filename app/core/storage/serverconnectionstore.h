#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace stages {

/// The school server this PC works on, as the administrator chose it on the "School server"
/// page: its address (postgresql://USER@HOST:PORT/DATABASE?sslmode=…) in the program's settings,
/// and its password apart, in a file of its own in the app-config folder that only the account
/// running Stages may read (0600), never in the general settings file. The desktop program opens
/// the stored server when neither --db nor STAGES_DB names a database.
class ServerConnectionStore
{
    Q_DECLARE_TR_FUNCTIONS(stages::ServerConnectionStore)

public:
    /// The stored server address, or empty when this PC works on its own database.
    static QString url();
    /// The stored password, or empty.
    static QString password();
    /// The stored password when @p serverUrl names the stored server (same user, host, port and
    /// database), else empty: a password is never sent to another server.
    static QString passwordFor(const QString &serverUrl);
    /// Where the password is kept.
    static QString passwordFile();
    /// Stores @p serverUrl and @p password (an empty password removes the file).
    static Status save(const QString &serverUrl, const QString &password);
    /// Back to the local database: forgets the address and removes the password file.
    static Status clear();
};

} // namespace stages
