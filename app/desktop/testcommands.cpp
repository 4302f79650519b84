#include "testcommands.h"

#include "core/accounts/role.h"
#include "core/progress/attemptrecorder.h"
#include "core/progress/attemptservice.h"
#include "core/progress/masteryrules.h"
#include "core/storage/database.h"
#include "core/storage/sqlquery.h"
#include "core/sync/syncworker.h"
#include "ui/shell/appcontext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSocketNotifier>
#include <QTimer>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace stages {

TestCommands::TestCommands(AppContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
#ifdef Q_OS_UNIX
    m_notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TestCommands::readInput);
#endif
}

void TestCommands::readInput()
{
#ifdef Q_OS_UNIX
    char chunk[4096];
    const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
    if (n <= 0) {
        m_notifier->setEnabled(false); // the test closed our input
        return;
    }
    m_buffer.append(chunk, n);
    for (qsizetype end = m_buffer.indexOf('\n'); end >= 0; end = m_buffer.indexOf('\n')) {
        const QByteArray line = m_buffer.left(end).trimmed();
        m_buffer.remove(0, end + 1);
        if (line.isEmpty())
            continue;
        const QByteArray answer = run(line);
        std::fprintf(stdout, "%s\n", answer.constData());
        std::fflush(stdout);
    }
#endif
}

QByteArray TestCommands::run(const QByteArray &line)
{
    const QList<QByteArray> words = line.simplified().split(' ');
    const QByteArray verb = words.value(0);
    const auto arg = [&words](int i) { return QString::fromUtf8(words.value(i)); };
    const auto error = [](const QString &text) { return "error " + text.simplified().toUtf8(); };
    if (verb == "signin" && words.size() == 5) {
        const QList<int> pictures { words[2].toInt(), words[3].toInt(), words[4].toInt() };
        auto session = m_context.accounts().signInWithPictures(arg(1), pictures);
        if (!session)
            return error(session.error());
        m_session = *session;
        return "signed-in " + roleKey(session->role).toUtf8();
    }
    if (verb == "attempt" && words.size() == 5) {
        if (!m_session)
            return error(QStringLiteral("nobody signed in"));
        AttemptRecord attempt;
        attempt.exerciseId = arg(1);
        attempt.domain = arg(2);
        attempt.stage = words[3].toInt();
        attempt.success = words[4] == "1";
        attempt.score = attempt.success ? 1.0 : 0.3;
        attempt.durationMs = 4000;
        attempt.answer = QJsonArray { 1 };
        AttemptRecorder recorder(m_context.database(), m_context.clock());
        auto outcome = recorder.submit(*m_session, attempt);
        if (!outcome)
            return error(outcome.error());
        return "recorded " + outcome->attemptId.toUtf8() + (outcome->saved ? " saved" : " kept");
    }
    if (verb == "mastery" && words.size() == 3) {
        if (!m_session)
            return error(QStringLiteral("nobody signed in"));
        AttemptService attempts(m_context.database(), m_context.clock());
        auto mastery = attempts.mastery(*m_session, m_session->personId, arg(1), words[2].toInt());
        if (!mastery)
            return error(mastery.error());
        return "mastery " + masteryLevelKey(mastery->level).toUtf8() + ' ' + QByteArray::number(mastery->attempts);
    }
    if (verb == "status" && words.size() == 1) {
        if (!m_context.sync())
            return error(QStringLiteral("not on a school server"));
        // Waiting changes counted now (the worker's status is as old as its last round);
        // whether the server answered, as of the worker's last round.
        auto pending = SqlQuery(m_context.database().sql(), QStringLiteral("SELECT COUNT(*) FROM outbox")).scalar();
        if (!pending)
            return error(pending.error());
        const SyncStatus status = m_context.sync()->lastStatus();
        return "status pending=" + QByteArray::number(pending->toInt())
            + " reachable=" + (status.reachable ? "1" : "0");
    }
    if (verb == "sync" && words.size() == 1) {
        if (!m_context.sync())
            return error(QStringLiteral("not on a school server"));
        m_context.sync()->syncNow();
        return "sync requested";
    }
    if (verb == "quit") {
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        return "bye";
    }
    return error(QStringLiteral("unknown command: ") + QString::fromUtf8(line));
}

} // namespace stages
