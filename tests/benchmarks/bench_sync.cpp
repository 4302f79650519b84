// School server benchmark (issue 13, point 9): attempts per second pushed from PCs' caches to a
// real PostgreSQL server on loopback (a private cluster of scripts/pg-cluster), by one PC and by
// two PCs at once, against the baseline of the same attempts recorded into a PC's own cache in
// the same run. Prints the figures and ratios; never fails on time.
//
//   bench_sync [attempts per PC, default 3000]

#include "core/accounts/accountservice.h"
#include "core/clock.h"
#include "core/progress/attemptservice.h"
#include "core/storage/database.h"
#include "core/storage/sqlquery.h"
#include "core/sync/syncagent.h"
#include "core/sync/syncschema.h"
#include "support/testdatabase.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>

#include <cstdio>

using namespace stages;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

bool cluster(const QStringList &args, QString *out = nullptr)
{
    QProcess p;
    p.start(qEnvironmentVariable("STAGES_SOURCE_DIR") + QStringLiteral("/scripts/pg-cluster"), args);
    if (!p.waitForFinished(180'000))
        return false;
    if (out)
        *out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

/// One PC's cache with @p n attempts of the pupil queued; returns the milliseconds recording took.
double fill(const QString &cache, const QString &url, const QString &pupilId, int n)
{
    SystemClock clock;
    auto db = Database::open(cache).value();
    if (!SyncSchema::attach(*db, url))
        qFatal("attach");
    SyncAgent agent(*db, url, clock);
    if (!agent.pull())
        qFatal("pull");
    const Session pia = AccountService(*db, clock).signInWithPictures(pupilId, test::SmallSchool::pupilPictures()).value();
    AttemptService attempts(*db, clock);
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < n; ++i) {
        AttemptRecord a;
        a.exerciseId = QStringLiteral("comb/x/build-all/s%1").arg(i % 9);
        a.domain = QStringLiteral("combinatorics");
        a.stage = 1 + i % 8;
        a.score = (i % 5) / 4.0;
        a.success = i % 5 > 2;
        a.durationMs = 5000;
        a.answer = QJsonArray { i };
        if (!attempts.record(pia, a))
            qFatal("record");
    }
    return double(t.nsecsElapsed()) / 1e6;
}

double push(const QString &cache, const QString &url)
{
    SystemClock clock;
    auto db = Database::open(cache).value();
    SyncAgent agent(*db, url, clock);
    QElapsedTimer t;
    t.start();
    const auto pushed = agent.push();
    if (!pushed)
        qFatal("push: %s", qPrintable(pushed.error()));
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

class BenchSync : public QObject
{
    Q_OBJECT

private slots:
    void pushRate()
    {
        const int n = qEnvironmentVariableIntValue("STAGES_BENCH_SYNC_ATTEMPTS") > 0
            ? qEnvironmentVariableIntValue("STAGES_BENCH_SYNC_ATTEMPTS")
            : 3000;
        QTemporaryDir dir;
        const QString clusterDir = dir.filePath(QStringLiteral("cluster"));
        QString ownerUrl;
        if (!cluster({ QStringLiteral("start"), clusterDir }, &ownerUrl))
            QSKIP("no PostgreSQL server could be started for the benchmark");
        const auto stop = qScopeGuard([&] { cluster({ QStringLiteral("stop"), clusterDir }); });
        SystemClock clock;
        QString pupilId;
        {
            Database::Options options;
            options.migrateServer = true;
            auto server = Database::open(ownerUrl, options).value();
            QSqlQuery grant(server->sql());
            QVERIFY(grant.exec(QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO stages_app")));
            pupilId = test::SmallSchool(*server, clock).pupilId;
        }
        QUrl app(ownerUrl);
        app.setUserName(QStringLiteral("stages_app"));
        const QString url = app.toString();

        const QString one = dir.filePath(QStringLiteral("one.sqlite"));
        const double recordMs = fill(one, url, pupilId, n);
        const double pushOneMs = push(one, url);
        const QString a = dir.filePath(QStringLiteral("a.sqlite")), b = dir.filePath(QStringLiteral("b.sqlite"));
        fill(a, url, pupilId, n);
        fill(b, url, pupilId, n);
        double msA = 0, msB = 0;
        QElapsedTimer both;
        both.start();
        QThread *ta = QThread::create([&] { msA = push(a, url); });
        QThread *tb = QThread::create([&] { msB = push(b, url); });
        ta->start();
        tb->start();
        ta->wait();
        tb->wait();
        delete ta;
        delete tb;
        const double bothMs = double(both.nsecsElapsed()) / 1e6;

        const double recordRate = n / (recordMs / 1000.0);
        const double oneRate = n / (pushOneMs / 1000.0);
        const double twoRate = 2 * n / (bothMs / 1000.0);
        say(QStringLiteral("bench_sync: %1 attempts per PC, PostgreSQL on loopback, SQLite caches").arg(n));
        say(QStringLiteral("  baseline: recorded into the PC's cache   %1 attempts/s").arg(recordRate, 0, 'f', 0));
        say(QStringLiteral("  pushed by one PC                         %1 attempts/s  (%2x the baseline)")
                .arg(oneRate, 0, 'f', 0).arg(oneRate / recordRate, 0, 'f', 2));
        say(QStringLiteral("  pushed by two PCs at once (together)     %1 attempts/s  (%2x one PC; each %3 ms)")
                .arg(twoRate, 0, 'f', 0).arg(twoRate / oneRate, 0, 'f', 2).arg(std::max(msA, msB), 0, 'f', 0));
        auto check = Database::open(ownerUrl);
        QVERIFY2(check.ok(), qPrintable(check.error()));
        SqlQuery total((*check)->sql(), QStringLiteral("SELECT COUNT(*) FROM attempt"));
        QCOMPARE(total.scalar().value().toInt(), 3 * n); // every attempt arrived once
    }
};

QTEST_GUILESS_MAIN(BenchSync)
#include "bench_sync.moc"
