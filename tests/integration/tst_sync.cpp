// The school server's outbox: PCs (local SQLite caches) push attempts to a real PostgreSQL server
// on loopback and pull what others wrote. Nothing is counted twice, nothing is lost while the
// server is down, and a pupil continues on another PC.
#include "support/stagesctlrun.h"
#include "support/syncpc.h"
#include "support/pgcluster.h"
#include "support/testdatabase.h"

#include "core/accounts/accountservice.h"
#include "core/progress/attemptservice.h"
#include "core/storage/sqlquery.h"
#include "core/sync/syncagent.h"
#include "core/sync/syncschema.h"
#include "core/sync/syncworker.h"
#include "ui/shell/syncindicator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QUrl>

using namespace stages;

namespace {

using test::attempt;
using test::count;
using test::grantApp;
using test::Pc;
using test::runCluster;

} // namespace

class TestSync : public QObject
{
    Q_OBJECT

    SystemClock m_clock;
    QString m_database;       ///< this test function's database on the shared test server
    std::unique_ptr<Database> m_server; ///< opened as its owner
    QString m_appUrl;         ///< what the PCs use: the app role

private slots:
    void initTestCase()
    {
        qputenv("STAGES_TEST_BACKEND", "postgresql");
        STAGES_SKIP_WITHOUT_TEST_BACKEND();
    }

    void init()
    {
        m_database = test::TestDatabase::createServerDatabase();
        Database::Options options;
        options.migrateServer = true;
        m_server = Database::open(test::TestDatabase::serverUrlOf(m_database), options).value();
        grantApp(*m_server);
        m_appUrl = test::TestDatabase::serverUrlOf(m_database, QStringLiteral("stages_app"));
    }

    void cleanup()
    {
        m_server.reset();
        test::TestDatabase::runAsOwner(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database), false);
    }

    // A pupil works on one PC; the other PC's sign-in and mastery follow.
    void pupilContinuesOnAnotherPc()
    {
        test::SmallSchool school(*m_server, m_clock); // the admin set the school up on the server
        Pc a(m_appUrl, m_clock), b(m_appUrl, m_clock);
        VERIFY_OK(a.agent->pull());
        VERIFY_OK(b.agent->pull());
        QCOMPARE(count(*a.db, QStringLiteral("SELECT COUNT(*) FROM person")), 4);
        QCOMPARE(count(*b.db, QStringLiteral("SELECT COUNT(*) FROM outbox")), 0); // pulled rows are not queued back

        // Pia signs in on PC a with her pictures and masters stage 1.
        AccountService accountsA(*a.db, m_clock);
        const Session onA = accountsA.signInWithPictures(school.pupilId, test::SmallSchool::pupilPictures()).value();
        AttemptService attemptsA(*a.db, m_clock);
        for (int i = 0; i < 6; ++i) {
            AttemptRecord r = attempt(3 * i); // stage 1
            QVERIFY(attemptsA.record(onA, r).ok());
        }
        const StageMastery earned = attemptsA.mastery(onA, school.pupilId, QStringLiteral("combinatorics"), 1).value();
        QVERIFY(earned.level >= MasteryLevel::Proficient);
        QVERIFY(a.agent->status(false).value().pending >= 6);
        const Result<int> pushed = a.agent->push();
        QVERIFY2(pushed.ok(), qPrintable(pushed.error()));
        QCOMPARE(a.agent->status(false).value().pending, 0);
        QCOMPARE(count(*m_server, QStringLiteral("SELECT COUNT(*) FROM attempt")), 6);
        // The server recomputed her mastery from the attempts.
        AttemptService onServer(*m_server, m_clock);
        QCOMPARE(onServer.mastery(school.teacher, school.pupilId, QStringLiteral("combinatorics"), 1).value().level,
                 earned.level);

        // Next week she sits at PC b.
        const Result<int> pulled = b.agent->pull();
        QVERIFY2(pulled.ok(), qPrintable(pulled.error()));
        AccountService accountsB(*b.db, m_clock);
        const Result<Session> onB = accountsB.signInWithPictures(school.pupilId, test::SmallSchool::pupilPictures());
        QVERIFY(onB.ok());
        AttemptService attemptsB(*b.db, m_clock);
        const StageMastery seen = attemptsB.mastery(*onB, school.pupilId, QStringLiteral("combinatorics"), 1).value();
        QCOMPARE(seen.level, earned.level);
        QCOMPARE(seen.attempts, 6);
        QCOMPARE(count(*b.db, QStringLiteral("SELECT COUNT(*) FROM attempt")), 6);

        // Her next attempt on b reaches a through the server; nothing is doubled anywhere.
        QVERIFY(attemptsB.record(*onB, attempt(3)).ok());
        VERIFY_OK(b.agent->push());
        VERIFY_OK(a.agent->pull());
        QCOMPARE(count(*a.db, QStringLiteral("SELECT COUNT(*) FROM attempt")), 7);
        QCOMPARE(attemptsA.mastery(onA, school.pupilId, QStringLiteral("combinatorics"), 1).value().attempts, 7);
        QCOMPARE(count(*m_server, QStringLiteral("SELECT COUNT(*) FROM attempt")), 7);
    }

    // A push whose answer was lost is sent again: the server keeps one copy of each attempt.
    void retryNeverDuplicates()
    {
        test::SmallSchool school(*m_server, m_clock);
        Pc a(m_appUrl, m_clock);
        VERIFY_OK(a.agent->pull());
        AccountService accounts(*a.db, m_clock);
        const Session pia = accounts.signInWithPictures(school.pupilId, test::SmallSchool::pupilPictures()).value();
        AttemptService attempts(*a.db, m_clock);
        for (int i = 0; i < 20; ++i)
            QVERIFY(attempts.record(pia, attempt(i, i % 2)).ok());
        VERIFY_OK(a.agent->push());
        // As if the PC crashed after the server committed and before the queue was emptied.
        QSqlQuery requeue(a.db->sql());
        QVERIFY(requeue.exec(QStringLiteral("INSERT INTO outbox (tbl, row_key) SELECT 'attempt', id FROM attempt")));
        QCOMPARE(a.agent->status(false).value().pending, 20);
        VERIFY_OK(a.agent->push());
        QCOMPARE(count(*m_server, QStringLiteral("SELECT COUNT(*) FROM attempt")), 20);
        QCOMPARE(count(*m_server, QStringLiteral("SELECT SUM(attempts) FROM mastery")), 20);
    }

    // Profiles: the later edit wins, whichever PC pushes last.
    void laterProfileEditWins()
    {
        test::SmallSchool school(*m_server, m_clock);
        Pc a(m_appUrl, m_clock), b(m_appUrl, m_clock);
        VERIFY_OK(a.agent->pull());
        VERIFY_OK(b.agent->pull());
        QSqlQuery renameA(a.db->sql());
        QVERIFY(renameA.exec(QStringLiteral("UPDATE person SET display_name = 'Pia A' WHERE id = '%1'").arg(school.pupilId)));
        QTest::qWait(20); // the stamps have milliseconds
        QSqlQuery renameB(b.db->sql());
        QVERIFY(renameB.exec(QStringLiteral("UPDATE person SET display_name = 'Pia B' WHERE id = '%1'").arg(school.pupilId)));
        VERIFY_OK(b.agent->push()); // the later edit arrives first
        VERIFY_OK(a.agent->push()); // the earlier one does not overwrite it
        SqlQuery name(m_server->sql(), QStringLiteral("SELECT display_name FROM person WHERE id = :id"));
        name.bind(QStringLiteral(":id"), school.pupilId);
        QCOMPARE(name.scalar().value().toString(), QStringLiteral("Pia B"));
        VERIFY_OK(a.agent->pull());
        SqlQuery onA(a.db->sql(), QStringLiteral("SELECT display_name FROM person WHERE id = :id"));
        onA.bind(QStringLiteral(":id"), school.pupilId);
        QCOMPARE(onA.scalar().value().toString(), QStringLiteral("Pia B"));
    }

    // An unreachable server: the pupil keeps working, the queue grows, and it drains later.
    void unreachableServerKeepsTheQueue()
    {
        test::SmallSchool school(*m_server, m_clock);
        Pc a(m_appUrl, m_clock);
        VERIFY_OK(a.agent->pull());
        AccountService accounts(*a.db, m_clock);
        const Session pia = accounts.signInWithPictures(school.pupilId, test::SmallSchool::pupilPictures()).value();
        Pc lost(QStringLiteral("postgresql://stages_app@127.0.0.1:1/nowhere"), m_clock);
        QVERIFY(SyncSchema::attach(*lost.db, QStringLiteral("postgresql://stages_app@127.0.0.1:1/nowhere")).ok());
        const Result<int> failed = lost.agent->push();
        QCOMPARE(failed.ok(), true); // nothing queued: nothing to send
        AttemptService attempts(*lost.db, m_clock);
        Q_UNUSED(attempts);
        const SyncStatus st = lost.agent->status(true).value();
        QVERIFY(!st.reachable);
        QVERIFY(!st.problem.isEmpty());
        QVERIFY(a.agent->status(true).value().reachable);
    }

    // In the app: the worker pushes and pulls in its own thread while the pupil works; the
    // staff's indicator says "all saved", or how many wait while the server is away.
    void workerKeepsThePcInStep()
    {
        test::SmallSchool school(*m_server, m_clock);
        Pc a(m_appUrl, m_clock), b(m_appUrl, m_clock);
        VERIFY_OK(a.agent->pull());
        SyncWorker workerA(a.db->location(), m_appUrl, 100);
        SyncWorker workerB(b.db->location(), m_appUrl, 100);
        SyncIndicator indicator(workerA);
        // PC b had never heard of the school: its worker brings it.
        QTRY_COMPARE_WITH_TIMEOUT(count(*b.db, QStringLiteral("SELECT COUNT(*) FROM person")), 4, 60000);
        const Result<Session> signedIn
            = AccountService(*a.db, m_clock).signInWithPictures(school.pupilId, test::SmallSchool::pupilPictures());
        QVERIFY2(signedIn.ok(), qPrintable(signedIn.error()));
        const Session pia = *signedIn;
        AttemptService attempts(*a.db, m_clock);
        for (int i = 0; i < 5; ++i)
            QVERIFY(attempts.record(pia, attempt(3 * i)).ok());
        QTRY_COMPARE_WITH_TIMEOUT(count(*m_server, QStringLiteral("SELECT COUNT(*) FROM attempt")), 5, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(count(*b.db, QStringLiteral("SELECT COUNT(*) FROM attempt")), 5, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(workerA.lastStatus().reachable && workerA.lastStatus().pending == 0, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(indicator.text(), QStringLiteral("All saved on the school server."), 60000);

        // The server away: the same words a teacher would read, with the count kept here.
        SyncStatus away;
        away.pending = 3;
        away.problem = QStringLiteral("connection refused");
        QVERIFY(SyncIndicator::describe(away).contains(QStringLiteral("does not answer")));
        QVERIFY(SyncIndicator::describe(away).contains(QStringLiteral("3 change")));
        // A class of this PC renamed after a clash with another PC's (test_syncclash): staff see it.
        SyncStatus renamed;
        renamed.reachable = true;
        renamed.renamed.append({ QStringLiteral("school_class"), QStringLiteral("c1"), QStringLiteral("name"),
                                 QStringLiteral("3.A"), QStringLiteral("3.A (2)"), {}, QDateTime::currentDateTimeUtc() });
        QVERIFY(SyncIndicator::describe(renamed).contains(QStringLiteral("All saved")));
        QVERIFY2(SyncIndicator::describe(renamed).contains(QStringLiteral("the second one is called \"3.A (2)\"")),
                 qPrintable(SyncIndicator::describe(renamed)));
        SyncWorker lost(a.db->location(), QStringLiteral("postgresql://stages_app@127.0.0.1:1/nowhere"), 100);
        QTRY_VERIFY_WITH_TIMEOUT(!lost.lastStatus().problem.isEmpty(), 60000);
        QVERIFY(!lost.lastStatus().reachable);
    }

    // stagesctl: a PC's queue seen and drained from the command line (--local-cache).
    void stagesctlStatusAndPush()
    {
        test::SmallSchool school(*m_server, m_clock);
        QTemporaryDir dir;
        const QString cache = dir.filePath(QStringLiteral("pc.sqlite"));
        auto local = Database::open(cache).value();
        QVERIFY(SyncSchema::attach(*local, m_appUrl).ok());
        SyncAgent agent(*local, m_appUrl, m_clock);
        VERIFY_OK(agent.pull());
        const Session pia = AccountService(*local, m_clock).signInWithPictures(school.pupilId, test::SmallSchool::pupilPictures()).value();
        AttemptService attempts(*local, m_clock);
        for (int i = 0; i < 3; ++i)
            QVERIFY(attempts.record(pia, attempt(i)).ok());
        local.reset();

        const QStringList where { QStringLiteral("--db"), m_appUrl, QStringLiteral("--local-cache"), cache };
        test::StagesctlRun run = test::stagesctl(where + QStringList { QStringLiteral("sync"), QStringLiteral("status"), QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        QJsonObject st = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QVERIFY2(st.value(QStringLiteral("pending")).toInt() >= 3, qPrintable(run.out));
        QCOMPARE(st.value(QStringLiteral("reachable")).toBool(), true);
        run = test::stagesctl(where + QStringList { QStringLiteral("sync"), QStringLiteral("push") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = test::stagesctl(where + QStringList { QStringLiteral("sync"), QStringLiteral("status"), QStringLiteral("--json") });
        st = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(st.value(QStringLiteral("pending")).toInt(), 0);
        QVERIFY(!st.value(QStringLiteral("lastPush")).toString().isEmpty());
        QCOMPARE(count(*m_server, QStringLiteral("SELECT COUNT(*) FROM attempt")), 3);
        // An unreachable server: push fails (exit 1) and says how many wait.
        const QStringList nowhere { QStringLiteral("--db"), QStringLiteral("postgresql://stages_app@127.0.0.1:1/nowhere"),
                                    QStringLiteral("--local-cache"), dir.filePath(QStringLiteral("other.sqlite")) };
        run = test::stagesctl(nowhere + QStringList { QStringLiteral("sync"), QStringLiteral("status") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("does not answer")), qPrintable(run.out));
    }

    // Two PCs write 5,000 attempts together; the server is stopped and started again in the
    // middle. Every attempt arrives exactly once. (A private server: the shared one stays up.)
    void fiveThousandAttemptsThroughAnOutage()
    {
        QTemporaryDir dir;
        const QString clusterDir = dir.filePath(QStringLiteral("cluster"));
        QString ownerUrl;
        if (!runCluster({ QStringLiteral("start"), clusterDir }, &ownerUrl))
            QSKIP("a private PostgreSQL server could not be started for the outage test");
        const auto stop = qScopeGuard([&] { runCluster({ QStringLiteral("stop"), clusterDir }); });
        Database::Options options;
        options.migrateServer = true;
        auto server = Database::open(ownerUrl, options);
        QVERIFY2(server.ok(), qPrintable(server.error()));
        QUrl appUrl(ownerUrl);
        appUrl.setUserName(QStringLiteral("stages_app"));
        const QString url = appUrl.toString();
        grantApp(**server);
        test::SmallSchool school(**server, m_clock);
        server->reset();

        Pc a(url, m_clock), b(url, m_clock);
        VERIFY_OK(a.agent->pull());
        VERIFY_OK(b.agent->pull());
        const Session onA = AccountService(*a.db, m_clock).signInWithPictures(school.pupilId, test::SmallSchool::pupilPictures()).value();
        const Session onB = AccountService(*b.db, m_clock).signInWithPictures(school.pupilId, test::SmallSchool::pupilPictures()).value();
        AttemptService attemptsA(*a.db, m_clock), attemptsB(*b.db, m_clock);
        constexpr int kEach = 2500;
        int failedPushes = 0;
        for (int i = 0; i < kEach; ++i) {
            QVERIFY(attemptsA.record(onA, attempt(2 * i, i % 3 != 0)).ok());
            QVERIFY(attemptsB.record(onB, attempt(2 * i + 1, i % 4 != 0)).ok());
            if (i == kEach / 2)
                QVERIFY(runCluster({ QStringLiteral("pause"), clusterDir }));
            if (i == kEach / 2 + 400) {
                // The PCs kept working: their queues hold what the server missed.
                QVERIFY(a.agent->status(false).value().pending > 300);
                QVERIFY(b.agent->status(false).value().pending > 300);
                QVERIFY(!a.agent->status(true).value().reachable);
                QVERIFY(runCluster({ QStringLiteral("start"), clusterDir }));
            }
            if (i % 100 == 99) {
                failedPushes += a.agent->push().ok() ? 0 : 1;
                failedPushes += b.agent->push().ok() ? 0 : 1;
            }
        }
        QVERIFY2(failedPushes >= 4, "the pushes during the outage failed"); // 4 rounds of 2 PCs
        const Result<int> lastA = a.agent->push();
        QVERIFY2(lastA.ok(), qPrintable(lastA.error()));
        VERIFY_OK(b.agent->push());
        QCOMPARE(a.agent->status(false).value().pending, 0);
        QCOMPARE(b.agent->status(false).value().pending, 0);

        auto check = Database::open(ownerUrl, options);
        QVERIFY(check.ok());
        QCOMPARE(count(**check, QStringLiteral("SELECT COUNT(*) FROM attempt")), 2 * kEach);
        QCOMPARE(count(**check, QStringLiteral("SELECT COUNT(DISTINCT id) FROM attempt")), 2 * kEach);
        QCOMPARE(count(**check, QStringLiteral("SELECT SUM(attempts) FROM mastery")), 2 * kEach);
        // Both PCs then see all of them, with the same mastery as the server.
        VERIFY_OK(a.agent->pull());
        QCOMPARE(count(*a.db, QStringLiteral("SELECT COUNT(*) FROM attempt")), 2 * kEach);
        QCOMPARE(count(*a.db, QStringLiteral("SELECT SUM(attempts) FROM mastery")), 2 * kEach);
        QCOMPARE(count(*a.db, QStringLiteral("SELECT COUNT(*) FROM outbox")), 0);
    }
};

QTEST_MAIN(TestSync)
#include "tst_sync.moc"
