#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace stages::test {

/// What a stagesctl run printed and returned.
struct StagesctlRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs stagesctl; @p wrapper (e.g. setpriv ...) runs it as another user.
inline StagesctlRun stagesctl(const QStringList &args, const QByteArray &input = {}, const QStringList &wrapper = {})
{
    QProcess p;
    const QString binary = qEnvironmentVariable("STAGES_BIN_DIR") + QStringLiteral("/stagesctl");
    p.setProgram(wrapper.isEmpty() ? binary : wrapper.constFirst());
    p.setArguments(wrapper.isEmpty() ? args : wrapper.mid(1) + QStringList{binary} + args);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.start();
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000))
        qFatal("stagesctl did not finish");
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
             QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}

} // namespace stages::test
