#pragma once

#include <QString>
#include <QTextStream>

namespace stages::cli {

/// Passwords typed at stagesctl: a trainer's at --as LOGIN, the school server's when it asks
/// for one. Standard input is read through one stream for the whole program, so a second
/// password line is not lost in another stream's buffer.
class PasswordPrompt
{
public:
    /// Whether standard input is a terminal, where a person can type (Unix). Elsewhere false:
    /// the typing could not be hidden there.
    static bool onTerminal();
    /// One line from standard input. On a terminal the typing is not echoed and @p prompt goes
    /// to @p err first; from a pipe the line is read as it is.
    static QString readLine(QTextStream &err, const QString &prompt);
};

} // namespace stages::cli
