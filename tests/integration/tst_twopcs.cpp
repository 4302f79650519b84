// Issue 13's "Done when": two copies of the real `stages` program on one machine, both pointed at
// the same PostgreSQL server with caches of their own, behave like two PCs in a lab. A pupil's
// attempts made on PC A show as mastery on PC B and the other way round; the server stopped in
// the middle loses nothing; a PC started again pulls the news before its sign-in screen shows.
//
// How the programs are driven: each runs as it would in the lab (offscreen, its sync worker in
// its thread, its window open) with STAGES_TEST_COMMANDS set, which makes it read commands on
// its standard input and act through the services the pupil's screens use: picture sign-in,
// AttemptRecorder for a finished exercise, AttemptService for the mastery the stage map shows
// (app/desktop/testcommands.h). Clicking through real exercise screens is left to the GUI tests;
// here the point is two processes, two caches, one server.
#include "support/pgcluster.h"
#include "support/testdatabase.h"

#include "core/storage/database.h"
#include "core/storage/sqlquery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <functional>
#include <memory>

using namespace stages;

using test::runCluster;

namespace {

constexpr int kWaitMs = 120000; ///< how long a program may take to answer before the test gives up

/// One PC of the lab: a real `stages` process on its own cache, with its own user folders.
class Pc
{
public:
    Pc(const QString &name, const QString &serverUrl, const QString &folder)
        : m_name(name)
        , m_serverUrl(serverUrl)
        , m_folder(folder)
    { }
    ~Pc() { stop(); }

    /// Starts the program and waits until it shows its window (after the startup pull).
    /// Returns the startup pull's outcome ("fetched", "pulled", "pull-failed", "timed-out").
    QString start(bool withDbOption = true)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("STAGES_TEST_COMMANDS"), QStringLiteral("1"));
        env.insert(QStringLiteral("STAGES_REPORT_SESSION"), QStringLiteral("1"));
        env.insert(QStringLiteral("STAGES_SPEECH_ENGINE"), QStringLiteral("none"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_folder + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_folder + QStringLiteral("/data"));
        env.remove(QStringLiteral("STAGES_DB"));
        env.remove(QStringLiteral("PGPASSWORD"));
        m_process = std::make_unique<QProcess>();
        m_process->setProcessEnvironment(env);
        m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const QStringList where = withDbOption
            ? QStringList { QStringLiteral("--db"), m_serverUrl, QStringLiteral("--local-cache"), cachePath() }
            : QStringList(); // what the administrator stored
        m_process->start(qEnvironmentVariable("STAGES_BIN_DIR") + QStringLiteral("/stages"),
                         where + QStringList { QStringLiteral("--lang"), QStringLiteral("en") });
        if (!m_process->waitForStarted(kWaitMs))
            qFatal("%s: stages did not start", qPrintable(m_name));
        QString pull;
        for (;;) {
            const QByteArray line = readLine();
            if (line.startsWith("startup-pull: "))
                pull = QString::fromUtf8(line.mid(14));
            if (line == "ready")
                return pull;
        }
    }

    /// Sends one command and returns its answer.
    QByteArray ask(const QByteArray &command)
    {
        m_process->write(command + '\n');
        for (;;) {
            const QByteArray line = readLine();
            for (const char *answer : { "signed-in", "recorded", "mastery", "status", "sync", "bye", "error" })
                if (line.startsWith(answer))
                    return line;
        }
    }

    /// Asks until @p done holds for the answer (the worker syncs every few seconds).
    QByteArray askUntil(const QByteArray &command, const std::function<bool(const QByteArray &)> &done)
    {
        QByteArray answer;
        for (int round = 0; round < kWaitMs / 250; ++round) {
            answer = ask(command);
            if (done(answer))
                return answer;
            QTest::qWait(250);
        }
        return answer;
    }

    void stop()
    {
        if (!m_process || m_process->state() == QProcess::NotRunning)
            return;
        m_process->write("quit\n");
        if (!m_process->waitForFinished(kWaitMs)) {
            m_process->kill();
            m_process->waitForFinished();
        }
    }

    int exitCode() const { return m_process ? m_process->exitCode() : -1; }
    QString folder() const { return m_folder; }
    QString cachePath() const { return m_folder + QStringLiteral("/cache.sqlite"); }

private:
    QByteArray readLine()
    {
        while (!m_process->canReadLine()) {
            if (m_process->state() == QProcess::NotRunning || !m_process->waitForReadyRead(kWaitMs))
                if (!m_process->canReadLine())
                    qFatal("%s: stages stopped answering (exit %d)", qPrintable(m_name), m_process->exitCode());
        }
        return m_process->readLine().trimmed();
    }

    QString m_name;
    QString m_serverUrl;
    QString m_folder;
    std::unique_ptr<QProcess> m_process;
};

/// "mastery LEVEL ATTEMPTS" → ATTEMPTS.
int attemptsIn(const QByteArray &masteryAnswer)
{
    return masteryAnswer.startsWith("mastery ") ? masteryAnswer.split(' ').value(2).toInt() : -1;
}

/// "status pending=N reachable=R" → N.
int pendingIn(const QByteArray &statusAnswer)
{
    const int at = statusAnswer.indexOf("pending=");
    return at < 0 ? -1 : statusAnswer.mid(at + 8).split(' ').value(0).toInt();
}

QByteArray attemptCommand(int n, int stage, bool success = true)
{
    return QStringLiteral("attempt comb/x/build-all/s%1 combinatorics %2 %3")
        .arg(n % 7)
        .arg(stage)
        .arg(success ? 1 : 0)
        .toUtf8();
}

} // namespace

class TestTwoPcs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_clusterDir;
    QString m_ownerUrl;
    QString m_appUrl;
    QString m_pupilId;
    QByteArray m_signIn; ///< "signin PUPIL 4 0 7"
    bool m_started = false;

    qint64 serverCount(const QString &sql)
    {
        Database::Options options;
        options.migrate = false;
        auto server = Database::open(m_ownerUrl, options);
        if (!server)
            qFatal("cannot reach the server: %s", qPrintable(server.error()));
        return SqlQuery((*server)->sql(), sql).scalar().value().toLongLong();
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("STAGES_BIN_DIR").isEmpty())
            QSKIP("STAGES_BIN_DIR is not set (run through ctest)");
        m_clusterDir = m_dir.filePath(QStringLiteral("cluster"));
        // A private server: this test stops it in the middle, which the shared one must not see.
        if (!runCluster({ QStringLiteral("start"), m_clusterDir }, &m_ownerUrl))
            QSKIP("no PostgreSQL test server could be started (scripts/pg-cluster start failed or PostgreSQL is not "
                  "installed)");
        m_started = true;
        Database::Options options;
        options.migrateServer = true;
        auto server = Database::open(m_ownerUrl, options);
        QVERIFY2(server.ok(), qPrintable(server.error()));
        QSqlQuery grant((*server)->sql());
        QVERIFY2(grant.exec(QStringLiteral(
                     "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO stages_app")),
                 qPrintable(grant.lastError().text()));
        SystemClock clock;
        test::SmallSchool school(**server, clock); // the administrator set the school up on the server
        m_pupilId = school.pupilId;
        m_signIn = "signin " + m_pupilId.toUtf8() + " 4 0 7";
        QUrl app(m_ownerUrl);
        app.setUserName(QStringLiteral("stages_app"));
        m_appUrl = app.toString();
    }

    void cleanupTestCase()
    {
        if (m_started)
            runCluster({ QStringLiteral("stop"), m_clusterDir });
    }

    // Pia works on PC A; on PC B her mastery is there, and her next attempt on B reaches A.
    // B started again later pulls before its sign-in screen, and the server stopped in the
    // middle loses none of the attempts both PCs make meanwhile.
    void twoPcsInALab()
    {
        Pc a(QStringLiteral("PC A"), m_appUrl, m_dir.filePath(QStringLiteral("a")));
        Pc b(QStringLiteral("PC B"), m_appUrl, m_dir.filePath(QStringLiteral("b")));
        QCOMPARE(a.start(), QStringLiteral("fetched")); // a new PC fetches the school first
        QCOMPARE(b.start(), QStringLiteral("fetched"));

        // On A: Pia signs in with her pictures and masters stage 1 with six good answers.
        QCOMPARE(a.ask(m_signIn), QByteArray("signed-in pupil"));
        for (int i = 0; i < 6; ++i)
            QVERIFY(a.ask(attemptCommand(i, 1)).endsWith(" saved"));
        const QByteArray earned = a.ask("mastery combinatorics 1");
        QCOMPARE(attemptsIn(earned), 6);
        QVERIFY2(!earned.contains("not-started") && !earned.contains("attempted"), earned.constData());
        // A's worker sends them to the server.
        QCOMPARE(a.ask("sync"), QByteArray("sync requested"));
        QCOMPARE(pendingIn(a.askUntil(
                     "status", [](const QByteArray &s) { return pendingIn(s) == 0 && s.endsWith("reachable=1"); })),
                 0);
        QCOMPARE(serverCount(QStringLiteral("SELECT COUNT(*) FROM attempt")), 6);

        // On B: the same pupil signs in and sees the same mastery (B's worker pulled it).
        QCOMPARE(b.ask(m_signIn), QByteArray("signed-in pupil"));
        b.ask("sync");
        QCOMPARE(b.askUntil("mastery combinatorics 1", [](const QByteArray &m) { return attemptsIn(m) == 6; }), earned);

        // Her next attempt, on B, reaches A.
        QVERIFY(b.ask(attemptCommand(6, 1)).endsWith(" saved"));
        b.ask("sync");
        QCOMPARE(pendingIn(b.askUntil("status", [](const QByteArray &s) { return pendingIn(s) == 0; })), 0);
        a.ask("sync");
        QCOMPARE(
            attemptsIn(a.askUntil("mastery combinatorics 1", [](const QByteArray &m) { return attemptsIn(m) == 7; })),
            7);

        // B is switched off; Pia goes back to A and works on stage 2. When B starts again, one
        // pull runs before its sign-in screen shows: her new work is there at once.
        b.stop();
        QCOMPARE(b.exitCode(), 0);
        for (int i = 0; i < 4; ++i)
            QVERIFY(a.ask(attemptCommand(i, 2)).endsWith(" saved"));
        a.ask("sync");
        QCOMPARE(pendingIn(a.askUntil("status", [](const QByteArray &s) { return pendingIn(s) == 0; })), 0);
        QCOMPARE(b.start(), QStringLiteral("pulled"));
        QCOMPARE(b.ask(m_signIn), QByteArray("signed-in pupil"));
        QCOMPARE(attemptsIn(b.ask("mastery combinatorics 2")), 4); // asked once, at once

        // The server stops. Both PCs keep working: every answer is saved in their caches.
        QVERIFY(runCluster({ QStringLiteral("pause"), m_clusterDir }));
        auto restart = qScopeGuard([this] { runCluster({ QStringLiteral("start"), m_clusterDir }); });
        for (int i = 0; i < 10; ++i) {
            QVERIFY(a.ask(attemptCommand(i, 3, i % 3 != 0)).endsWith(" saved"));
            QVERIFY(b.ask(attemptCommand(i, 3, i % 2 == 0)).endsWith(" saved"));
        }
        a.ask("sync");
        b.ask("sync");
        const auto offline = [](const QByteArray &s) { return s.endsWith("reachable=0") && pendingIn(s) >= 10; };
        QVERIFY(offline(a.askUntil("status", offline)));
        QVERIFY(offline(b.askUntil("status", offline)));
        // A PC started while the server is down opens on its cache without waiting for it.
        b.stop();
        QCOMPARE(b.start(), QStringLiteral("pull-failed"));
        QCOMPARE(b.ask(m_signIn), QByteArray("signed-in pupil"));
        QCOMPARE(attemptsIn(b.ask("mastery combinatorics 3")), 10); // only B's own so far

        // The server is back: both queues drain, every attempt arrives exactly once.
        restart.dismiss();
        QVERIFY(runCluster({ QStringLiteral("start"), m_clusterDir }));
        a.ask("sync");
        b.ask("sync");
        const auto drained = [](const QByteArray &s) { return pendingIn(s) == 0 && s.endsWith("reachable=1"); };
        QVERIFY(drained(a.askUntil("status", drained)));
        QVERIFY(drained(b.askUntil("status", drained)));
        QCOMPARE(serverCount(QStringLiteral("SELECT COUNT(*) FROM attempt")), 6 + 1 + 4 + 20);
        QCOMPARE(serverCount(QStringLiteral("SELECT COUNT(DISTINCT id) FROM attempt")), 6 + 1 + 4 + 20);
        QCOMPARE(
            serverCount(QStringLiteral("SELECT attempts FROM mastery WHERE domain = 'combinatorics' AND stage = 3")),
            20);
        // And each PC shows all of them.
        a.ask("sync");
        b.ask("sync");
        QCOMPARE(
            attemptsIn(a.askUntil("mastery combinatorics 3", [](const QByteArray &m) { return attemptsIn(m) == 20; })),
            20);
        QCOMPARE(
            attemptsIn(b.askUntil("mastery combinatorics 3", [](const QByteArray &m) { return attemptsIn(m) == 20; })),
            20);
        QCOMPARE(a.ask("mastery combinatorics 3"), b.ask("mastery combinatorics 3"));

        a.stop();
        b.stop();
        QCOMPARE(a.exitCode(), 0);
        QCOMPARE(b.exitCode(), 0);
    }

    // A PC the administrator connected on the "School server" page starts on the server without
    // any option, with the stored password (stages_pw is the one role the server asks for one).
    void storedServerWithoutOption()
    {
        QUrl pw(m_ownerUrl);
        pw.setUserName(QStringLiteral("stages_pw"));
        pw.setQuery(QStringLiteral("sslmode=prefer"));
        Pc c(QStringLiteral("PC C"), QString(), m_dir.filePath(QStringLiteral("c")));
        // What ServerConnectionStore writes: the address in the settings, the password apart.
        const QString config = c.folder() + QStringLiteral("/config/Stages");
        QVERIFY(QDir().mkpath(config + QStringLiteral("/stages")));
        QFile settings(config + QStringLiteral("/stages.conf"));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[server]\nurl=\"" + pw.toString().toUtf8() + "\"\n");
        settings.close();
        QFile password(config + QStringLiteral("/stages/server-password"));
        QVERIFY(
            password.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        password.write("stages-pw-secret");
        password.close();

        QCOMPARE(c.start(false), QStringLiteral("fetched"));
        QCOMPARE(c.ask(m_signIn), QByteArray("signed-in pupil"));
        c.ask("sync");
        // Its sign-in (a changed profile) reaches the server like any change: nothing stays waiting.
        QCOMPARE(c.askUntil("status", [](const QByteArray &s) { return s == "status pending=0 reachable=1"; }),
                 QByteArray("status pending=0 reachable=1"));
        QVERIFY(attemptsIn(c.ask("mastery combinatorics 3")) > 0); // the work of PCs A and B
        // Its cache is the default one in its app-data folder.
        QVERIFY(QFileInfo::exists(c.folder() + QStringLiteral("/data/Stages/stages/server-cache.sqlite")));
        c.stop();
        QCOMPARE(c.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTwoPcs)
#include "tst_twopcs.moc"
