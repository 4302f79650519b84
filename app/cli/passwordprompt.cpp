#include "cli/passwordprompt.h"

#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace stages::cli {

namespace {

/// Standard input, read through one stream: a second QTextStream would miss what the first
/// one buffered (the second password line of "educator allow-signing").
QTextStream &standardInput()
{
    static QTextStream in(stdin);
    return in;
}

} // namespace

bool PasswordPrompt::onTerminal()
{
#ifdef Q_OS_UNIX
    return isatty(STDIN_FILENO) == 1;
#else
    return false;
#endif
}

QString PasswordPrompt::readLine(QTextStream &err, const QString &prompt)
{
#ifdef Q_OS_UNIX
    if (onTerminal()) {
        // Echo off before the prompt shows: TCSAFLUSH drops what was typed before, so typing
        // that follows the prompt at once is not lost.
        termios saved {};
        const bool hidden = tcgetattr(STDIN_FILENO, &saved) == 0;
        if (hidden) {
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
        err << prompt << Qt::flush;
        const QString line = standardInput().readLine();
        if (hidden)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        err << Qt::endl;
        return line;
    }
#else
    Q_UNUSED(err)
    Q_UNUSED(prompt)
#endif
    return standardInput().readLine();
}

} // namespace stages::cli
