// stagesctl takes the school server's password as the desktop app does (issue 13, point 1):
// PGPASSWORD, then the password an administrator stored for that very server on the app's
// "School server" page, then ~/.pgpass, then a prompt without echo on a terminal. Without a
// terminal it says how to give one instead of waiting, and a refused password is named by where
// it came from. Against the loopback server's stages_pw role, the one asked for a password.
#include "support/stagesctlrun.h"
#include "support/testdatabase.h"

#include "core/storage/serverconnectionstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace stages;
using namespace stages::test;

namespace {

constexpr auto kSecret = "stages-pw-secret"; // scripts/pg-cluster's password role

QString shellQuoted(const QString &arg)
{
    QString quoted = arg;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

class TestStagesctlServerPassword : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home; ///< HOME and XDG_CONFIG_HOME of this test and the stagesctl it runs
    QString m_database;
    QString m_pwUrl; ///< the test's database as stages_pw

    QStringList check() const
    {
        return { QStringLiteral("--db"), m_pwUrl, QStringLiteral("db"), QStringLiteral("check") };
    }

    /// stagesctl's output must never show the password, whichever one was given.
    static void verifyNoSecret(const StagesctlRun &run, const char *secret)
    {
        QVERIFY(!run.out.contains(QLatin1String(secret)));
        QVERIFY(!run.err.contains(QLatin1String(secret)));
    }

private slots:
    void initTestCase()
    {
        qputenv("STAGES_TEST_BACKEND", "postgresql");
        STAGES_SKIP_WITHOUT_TEST_BACKEND();
        QVERIFY(m_home.isValid());
        // This test and every stagesctl it starts share one private home: the app's settings and
        // password file (what ServerConnectionStore writes), and no ~/.pgpass unless a test makes one.
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
        qunsetenv("PGPASSWORD");
        qunsetenv("PGPASSFILE");
        QCoreApplication::setOrganizationName(QStringLiteral("Stages"));
        QCoreApplication::setApplicationName(QStringLiteral("stages"));
        QVERIFY(ServerConnectionStore::passwordFile().startsWith(m_home.path()));

        m_database = TestDatabase::createServerDatabase();
        Database::Options options;
        options.migrateServer = true;
        auto owner = Database::open(TestDatabase::serverUrlOf(m_database), options);
        QVERIFY2(owner.ok(), qPrintable(owner.error()));
        QSqlQuery grant((*owner)->sql());
        QVERIFY2(grant.exec(QStringLiteral(
                     "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO stages_app")),
                 qPrintable(grant.lastError().text()));
        m_pwUrl = TestDatabase::serverUrlOf(m_database, QStringLiteral("stages_pw"));
    }

    void cleanupTestCase()
    {
        if (!m_database.isEmpty())
            TestDatabase::runAsOwner(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database), false);
    }

    void cleanup()
    {
        QVERIFY(ServerConnectionStore::clear().ok());
        qunsetenv("PGPASSWORD");
        QFile::remove(m_home.filePath(QStringLiteral(".pgpass")));
    }

    void storedPasswordConnects()
    {
        QVERIFY(ServerConnectionStore::save(m_pwUrl, QString::fromLatin1(kSecret)).ok());
        const auto run = stagesctl(check());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String(": ok, schema")), qPrintable(run.out));
        verifyNoSecret(run, kSecret);
    }

    void wrongStoredPasswordIsExplained()
    {
        QVERIFY(ServerConnectionStore::save(m_pwUrl, QStringLiteral("not-the-password")).ok());
        const auto run = stagesctl(check());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("refused the password stored on this PC")), qPrintable(run.err));
        QVERIFY(run.err.contains(QLatin1String("School server")));
        verifyNoSecret(run, "not-the-password");
    }

    // PGPASSWORD comes first, as in the app: it wins over a stored one, and is named when refused.
    void environmentComesFirst()
    {
        QVERIFY(ServerConnectionStore::save(m_pwUrl, QStringLiteral("not-the-password")).ok());
        qputenv("PGPASSWORD", kSecret);
        auto run = stagesctl(check());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(ServerConnectionStore::clear().ok());
        qputenv("PGPASSWORD", "wrong-in-the-environment");
        run = stagesctl(check());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("refused the password in PGPASSWORD")), qPrintable(run.err));
        verifyNoSecret(run, "wrong-in-the-environment");
    }

    // No password anywhere, no terminal: a clear message at once, not a wait for input. A line on
    // a pipe is not taken for the server's password (training verbs read theirs from stdin).
    void noPasswordWithoutTerminalIsExplained()
    {
        QElapsedTimer took;
        took.start();
        const auto run = stagesctl(check(), QByteArray(kSecret) + '\n');
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("asks for a password, and there is no terminal")), qPrintable(run.err));
        QVERIFY(run.err.contains(QLatin1String("PGPASSWORD")));
        QVERIFY(run.err.contains(QLatin1String("~/.pgpass")));
        QVERIFY2(took.elapsed() < 60000, "stagesctl waited");
        verifyNoSecret(run, kSecret);
    }

    // A password stored for another server (another database here) is never sent to this one.
    void passwordOfAnotherServerIsNotSent()
    {
        QUrl other(m_pwUrl);
        other.setPath(QStringLiteral("/another_school"));
        QVERIFY(ServerConnectionStore::save(other.toString(), QString::fromLatin1(kSecret)).ok());
        const auto run = stagesctl(check());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("asks for a password")), qPrintable(run.err));
    }

    // Nothing stored: libpq's ~/.pgpass, as before.
    void pgpassStillWorks()
    {
        const QUrl url(m_pwUrl);
        QFile pgpass(m_home.filePath(QStringLiteral(".pgpass")));
        QVERIFY(
            pgpass.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        pgpass.write(QStringLiteral("%1:%2:%3:stages_pw:%4\n")
                         .arg(url.host())
                         .arg(url.port())
                         .arg(m_database, QLatin1String(kSecret))
                         .toUtf8());
        pgpass.close();
        const auto run = stagesctl(check());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    // On a terminal (a pseudo-terminal made by script(1)) stagesctl asks, without echo.
    void terminalPrompts()
    {
        const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
        if (script.isEmpty())
            QSKIP("script(1) is not installed: no pseudo-terminal for the prompt");
        QStringList command { qEnvironmentVariable("STAGES_BIN_DIR") + QStringLiteral("/stagesctl") };
        command += check();
        for (QString &arg : command)
            arg = shellQuoted(arg);
        QProcess p;
        p.setProgram(script);
        p.setArguments({ QStringLiteral("-qefc"), command.join(QLatin1Char(' ')), QStringLiteral("/dev/null") });
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start();
        QVERIFY(p.waitForStarted());
        QByteArray seen;
        // The typing must come after the prompt: the terminal drops what was typed before it.
        while (!seen.contains("Password for the school server") && p.state() == QProcess::Running) {
            if (p.waitForReadyRead(60000))
                seen += p.readAll();
            else
                break;
        }
        QVERIFY2(seen.contains("Password for the school server"), seen.constData());
        p.write(QByteArray(kSecret) + '\n');
        QVERIFY(p.waitForFinished(60000));
        seen += p.readAll();
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(seen.contains(": ok, schema"), seen.constData());
        QVERIFY2(!seen.contains(kSecret), seen.constData()); // not echoed
    }
};

QTEST_GUILESS_MAIN(TestStagesctlServerPassword)
#include "tst_stagesctl_serverpassword.moc"
