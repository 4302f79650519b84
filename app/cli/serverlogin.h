#pragma once

#include "cli/command.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace stages::cli {

/// How stagesctl gets the school server's password, in the desktop app's order: PGPASSWORD, the
/// password an administrator stored for that very server on this PC (the app's "School server"
/// page), ~/.pgpass, and last a prompt without echo when the server still asks and standard
/// input is a terminal. Without a terminal it says how to give one instead of waiting; a refused
/// password is named by where it came from. The password itself is never printed.
class ServerLogin
{
    Q_DECLARE_TR_FUNCTIONS(stages::cli::ServerLogin)

public:
    /// Before a verb of @p group runs with @p verbArgs: when --db is a school server, sets the
    /// password to send and tries one connection. Returns an exit code when the verb must not
    /// run (the reason printed), std::nullopt when it may: also when the server does not answer,
    /// which the verb reports itself (or works without, as "sync status" and "demo attempts").
    static std::optional<int> prepare(Context &context, const QString &group, const QStringList &verbArgs);

private:
    /// Why the server refused the password, named by where the password came from.
    static QString refusedText(const QString &serverUrl, bool stored, bool typed);
};

} // namespace stages::cli
