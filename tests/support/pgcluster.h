#pragma once

// Driving a private PostgreSQL cluster from a test (scripts/pg-cluster: start, pause, stop, url),
// for the tests that stop the school server in the middle of their work.
#include <QProcess>
#include <QString>
#include <QStringList>

namespace stages::test {

/// scripts/pg-cluster in the source tree (STAGES_SOURCE_DIR).
inline QString pgClusterScript()
{
    return qEnvironmentVariable("STAGES_SOURCE_DIR") + QStringLiteral("/scripts/pg-cluster");
}

/// Runs scripts/pg-cluster with @p args; its standard output goes to @p output when given.
/// A failure is printed with the script's error output.
inline bool runCluster(const QStringList &args, QString *output = nullptr)
{
    QProcess p;
    p.start(pgClusterScript(), args);
    if (!p.waitForFinished(180'000))
        return false;
    if (output)
        *output = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    if (p.exitCode() != 0)
        qWarning("pg-cluster %s: %s", qPrintable(args.join(QLatin1Char(' '))), p.readAllStandardError().constData());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace stages::test
