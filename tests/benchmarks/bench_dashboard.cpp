// Dashboard benchmark (issue 10, point 7; issue 13, point 9): builds the 1,000-pupil demo school
// with a year of history (`stagesctl demo seed --pupils 1000 --classes 40 --attempts 1000000`),
// loads the same rows into a PostgreSQL server (COPY through psql, the server's triggers on), and
// times on both backends
//  - the class dashboard (DashboardService::classDashboard) for the five biggest classes,
//  - the school overview (DashboardService::schoolOverview),
// each as the median of several runs, against the same aggregates run by the backend's own
// command-line tool (`sqlite3` ".timer on", `psql` "\timing"). Prints one table, SQLite and
// PostgreSQL side by side; never fails on time (a benchmark measures, the issue note judges).
// The PostgreSQL column is skipped (QSKIP) when no server is given: ctest's fixture writes its URL
// to STAGES_TEST_PG_URL_FILE, or pass --pg URL (the owner's URL of a cluster that may create
// databases, e.g. scripts/pg-cluster start /tmp/pg).
//
//   bench_dashboard [--pupils N] [--classes N] [--attempts N] [--runs N] [--keep FILE] [--pg URL]
//                   [Qt Test options]

#include "core/accounts/accountservice.h"
#include "core/clock.h"
#include "core/dashboard/dashboardservice.h"
#include "core/school/classservice.h"
#include "core/storage/database.h"
#include "support/testdatabase.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>

using namespace stages;

namespace {

struct Config
{
    QString pupils = QStringLiteral("1000");
    QString classes = QStringLiteral("40");
    QString attempts = QStringLiteral("1000000");
    int runs = 7;
    QString keep;
    QString pg;
};
Config config;

void say(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

QString binary(const char *name)
{
    const QString dir
        = qEnvironmentVariable("STAGES_BIN_DIR", QCoreApplication::applicationDirPath() + QStringLiteral("/../bin"));
    return dir + QLatin1Char('/') + QLatin1String(name);
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

/// Feeds @p sql to a command-line tool (@p program with @p args, reading statements on stdin)
/// and returns the sum of the times it printed (matched by @p pattern, in @p unitMs milliseconds
/// each), the statements' own time without starting the tool; -1 when it could not run.
double toolMilliseconds(const QString &program, const QStringList &args, const QString &sql,
                        const QRegularExpression &pattern, double unitMs)
{
    if (program.isEmpty())
        return -1;
    QProcess p;
    p.start(program, args);
    p.write(sql.toUtf8());
    p.closeWriteChannel();
    if (!p.waitForFinished(600000) || p.exitCode() != 0)
        return -1;
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    double total = 0;
    int found = 0;
    for (auto it = pattern.globalMatch(out); it.hasNext(); ++found)
        total += it.next().captured(1).toDouble() * unitMs;
    return found > 0 ? total : -1;
}

double sqlite3Milliseconds(const QString &file, const QString &sql)
{
    static const QRegularExpression realTime(QStringLiteral("Run Time: real ([0-9.]+)"));
    return toolMilliseconds(QStandardPaths::findExecutable(QStringLiteral("sqlite3")),
                            { QStringLiteral("-readonly"), file },
                            QStringLiteral(".timer on\n") + sql + QLatin1Char('\n'), realTime, 1000.0);
}

QString psql()
{
    return QStandardPaths::findExecutable(QStringLiteral("psql"));
}

double psqlMilliseconds(const QString &url, const QString &sql)
{
    static const QRegularExpression time(QStringLiteral("Time: ([0-9.]+) ms"));
    return toolMilliseconds(psql(), { QStringLiteral("-X"), QStringLiteral("-q"), url },
                            QStringLiteral("\\timing on\n") + sql + QLatin1Char('\n'), time, 1.0);
}

/// What the class dashboard aggregates, as plain SQL: each pupil's attempts, successes, time
/// and last activity, and the class's mastery rows.
QString classAggregate(const QString &classId)
{
    return QStringLiteral(
               "SELECT p.id, p.display_name, COUNT(a.id), SUM(a.success), MAX(a.finished_at), SUM(a.duration_ms) "
               "FROM class_member m JOIN person p ON p.id = m.person_id AND p.role = 'pupil' AND p.active = 1 "
               "LEFT JOIN attempt a ON a.person_id = p.id WHERE m.class_id = '%1' GROUP BY p.id, p.display_name;\n"
               "SELECT person_id, domain, stage, level, attempts, successes, updated_at FROM mastery "
               "WHERE person_id IN (SELECT person_id FROM class_member WHERE class_id = '%1');")
        .arg(classId);
}

/// What the school overview reads, as plain SQL: per class, the pupils' all-time figures from the
/// mastery table, and each pupil's latest 100 attempts (for the attention rules) by the index.
QString schoolAggregate(bool server)
{
    if (server) // the same reads as DashboardService takes them on PostgreSQL (a LATERAL join)
        return QStringLiteral(
            "SELECT m.class_id, COUNT(DISTINCT p.id), SUM(ms.attempts), SUM(ms.successes), MAX(ms.updated_at), "
            "SUM(CASE WHEN ms.level >= 3 THEN 1 ELSE 0 END) FROM class_member m JOIN person p ON p.id = m.person_id "
            "AND p.role = 'pupil' AND p.active = 1 LEFT JOIN mastery ms ON ms.person_id = p.id GROUP BY m.class_id;\n"
            "SELECT p.id, a.domain, a.stage, a.score, a.success, a.finished_at FROM person p CROSS JOIN LATERAL "
            "(SELECT domain, stage, score, success, finished_at FROM attempt WHERE person_id = p.id "
            "ORDER BY finished_at DESC, rowid DESC LIMIT 100) a WHERE p.role = 'pupil' AND p.active = 1;");
    return QStringLiteral(
        "SELECT m.class_id, COUNT(DISTINCT p.id), SUM(ms.attempts), SUM(ms.successes), MAX(ms.updated_at), "
        "SUM(CASE WHEN ms.level >= 3 THEN 1 ELSE 0 END) FROM class_member m JOIN person p ON p.id = m.person_id "
        "AND p.role = 'pupil' AND p.active = 1 LEFT JOIN mastery ms ON ms.person_id = p.id GROUP BY m.class_id;\n"
        "SELECT p.id, a.domain, a.stage, a.score, a.success, a.finished_at FROM person p JOIN attempt a "
        "ON a.rowid IN (SELECT rowid FROM attempt WHERE person_id = p.id ORDER BY finished_at DESC, rowid DESC LIMIT "
        "100) "
        "WHERE p.role = 'pupil' AND p.active = 1;");
}

/// The naive way: every attempt of the school grouped by class (a full scan), for scale.
QString schoolFullScan()
{
    return QStringLiteral(
        "SELECT m.class_id, COUNT(DISTINCT a.person_id), COUNT(a.id), SUM(a.success), MAX(a.finished_at) "
        "FROM class_member m JOIN attempt a ON a.person_id = m.person_id GROUP BY m.class_id;");
}

/// One backend's figures, in milliseconds (-1: not measured).
struct Figures
{
    double classFirst = -1; ///< class dashboard, first run per class (median over the classes)
    double classWarm = -1; ///< class dashboard, the other runs (median)
    double classTool = -1; ///< the class aggregate in the backend's own tool (median over the classes)
    double school = -1; ///< school overview (median)
    double schoolTool = -1; ///< the overview's reads in the backend's own tool
    double fullScan = -1; ///< every attempt grouped by class, in the tool
    double load = -1; ///< making the school on this backend
    int pupilsShown = 0;
};

/// Times the dashboards on @p db; @p tool runs plain SQL in the backend's command-line tool.
Figures measure(Database &db, const std::function<double(const QString &)> &tool)
{
    Figures f;
    SystemClock clock;
    AccountService accounts(db, clock);
    auto teachers = accounts.people(Session::commandLine(accounts.schoolId()), Role::Teacher);
    if (!teachers || teachers->isEmpty())
        qFatal("no teacher in the demo school");
    auto session = accounts.signInWithPassword(teachers->constFirst().login, QStringLiteral("stages-demo"));
    if (!session)
        qFatal("sign-in: %s", qPrintable(session.error()));
    auto classes = ClassService(db, clock).classes();
    if (!classes || classes->isEmpty())
        qFatal("no classes");
    DashboardService dashboards(db, clock);

    // The five biggest classes (ties by name, so both backends pick the same), each run `runs`
    // times; the first run, with cold caches for that class, is reported on its own.
    QList<SchoolClass> picked = classes.value();
    std::sort(picked.begin(), picked.end(), [](const SchoolClass &a, const SchoolClass &b) {
        return a.pupilCount != b.pupilCount ? a.pupilCount > b.pupilCount : a.name < b.name;
    });
    picked = picked.mid(0, 5);
    QList<double> firstRuns, warmRuns, toolRuns;
    for (const SchoolClass &c : std::as_const(picked)) {
        for (int i = 0; i < config.runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            auto dash = dashboards.classDashboard(*session, c.id);
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            if (!dash)
                qFatal("class dashboard %s: %s", qPrintable(c.name), qPrintable(dash.error()));
            f.pupilsShown = int(dash->pupils.size());
            (i == 0 ? firstRuns : warmRuns).append(ms);
        }
        toolRuns.append(tool(classAggregate(c.id)));
    }
    f.classFirst = median(firstRuns);
    f.classWarm = median(warmRuns);
    f.classTool = median(toolRuns);

    QList<double> schoolRuns;
    for (int i = 0; i < config.runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto overview = dashboards.schoolOverview(*session);
        schoolRuns.append(double(timer.nsecsElapsed()) / 1e6);
        if (!overview)
            qFatal("school overview: %s", qPrintable(overview.error()));
    }
    f.school = median(schoolRuns);
    f.schoolTool = tool(schoolAggregate(db.isServer()));
    f.fullScan = tool(schoolFullScan());
    return f;
}

/// A SQLite table's columns that the server's table has too, in the file's order.
QStringList sharedColumns(QSqlDatabase &file, QSqlDatabase &server, const QString &table)
{
    const QSqlRecord local = file.record(table), remote = server.record(table);
    QStringList columns;
    for (int i = 0; i < local.count(); ++i) {
        if (remote.contains(local.fieldName(i)))
            columns.append(local.fieldName(i));
    }
    return columns;
}

/// The file's tables that the server has too, each after the tables it references.
QStringList tablesInLoadOrder(QSqlDatabase &file, QSqlDatabase &server)
{
    const QStringList remote = server.tables();
    std::map<QString, QStringList> references;
    QSqlQuery names(file);
    names.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
    while (names.next()) {
        const QString t = names.value(0).toString();
        if (!remote.contains(t) || t == QLatin1String("schema_version"))
            continue;
        QSqlQuery fk(file);
        fk.exec(QStringLiteral("SELECT \"table\" FROM pragma_foreign_key_list('%1')").arg(t));
        QStringList refs;
        while (fk.next())
            refs.append(fk.value(0).toString());
        references[t] = refs;
    }
    QStringList order;
    std::function<void(const QString &)> visit = [&](const QString &t) {
        if (order.contains(t) || !references.count(t))
            return;
        for (const QString &r : references[t]) {
            if (r != t)
                visit(r);
        }
        if (!order.contains(t))
            order.append(t);
    };
    for (const auto &[t, refs] : references)
        visit(t);
    return order;
}

/// Copies every row of the SQLite file into the server's (migrated, empty) database: one
/// `sqlite3 -csv` piped into one `psql \copy` per table. Rows keep their order (person and
/// attempt get their server rowid in the file's order); the server's triggers run as on any insert.
void copyToServer(const QString &file, const QString &url)
{
    {
        QSqlDatabase local = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-copy-file"));
        local.setDatabaseName(file);
        local.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QSqlDatabase remote = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-copy-server"));
        const QUrl u(url);
        remote.setHostName(u.host());
        remote.setPort(u.port());
        remote.setUserName(u.userName());
        remote.setDatabaseName(u.path().mid(1));
        if (!local.open() || !remote.open())
            qFatal("copy: cannot open both databases");
        {
            for (const QString &t : tablesInLoadOrder(local, remote)) {
                const QStringList columns = sharedColumns(local, remote, t);
                QSqlQuery count(local);
                count.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(t));
                if (columns.isEmpty() || !count.next() || count.value(0).toLongLong() == 0)
                    continue;
                QSqlQuery(remote).exec(QStringLiteral("DELETE FROM %1").arg(t)); // what a fresh schema put there
                const QString list = columns.join(QLatin1Char(','));
                const bool ordered = t == QLatin1String("person") || t == QLatin1String("attempt");
                QProcess reader, writer;
                reader.setStandardOutputProcess(&writer);
                writer.setProcessChannelMode(QProcess::MergedChannels);
                reader.start(QStandardPaths::findExecutable(QStringLiteral("sqlite3")),
                             { QStringLiteral("-readonly"), QStringLiteral("-csv"), file,
                               QStringLiteral("SELECT %1 FROM %2%3")
                                   .arg(list, t, ordered ? QStringLiteral(" ORDER BY rowid") : QString()) });
                writer.start(psql(),
                             { QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                               QStringLiteral("ON_ERROR_STOP=1"), url, QStringLiteral("-c"),
                               QStringLiteral("\\copy %1 (%2) FROM STDIN WITH (FORMAT csv)").arg(t, list) });
                if (!reader.waitForFinished(600000) || !writer.waitForFinished(600000) || reader.exitCode() != 0
                    || writer.exitCode() != 0)
                    qFatal("copy of %s failed: %s", qPrintable(t), writer.readAll().constData());
            }
        }
        local.close();
        remote.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-copy-file"));
    QSqlDatabase::removeDatabase(QStringLiteral("bench-copy-server"));
}

QString cell(double ms)
{
    return ms < 0 ? QStringLiteral("–") : QString::number(ms, 'f', ms < 10 ? 1 : 0);
}

} // namespace

class BenchDashboard : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    QString file;
    Figures lite, server;
    QString serverNote;

private slots:
    void initTestCase()
    {
        file = config.keep.isEmpty() ? dir.filePath(QStringLiteral("school.sqlite")) : config.keep;
        if (QFileInfo::exists(file))
            return;
        QProcess seed;
        seed.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer timer;
        timer.start();
        seed.start(binary("stagesctl"),
                   { QStringLiteral("--db"), file, QStringLiteral("demo"), QStringLiteral("seed"),
                     QStringLiteral("--pupils"), config.pupils, QStringLiteral("--classes"), config.classes,
                     QStringLiteral("--attempts"), config.attempts });
        QVERIFY2(seed.waitForFinished(30 * 60 * 1000) && seed.exitCode() == 0,
                 qPrintable(QString::fromUtf8(seed.readAllStandardOutput()).left(400)));
        lite.load = double(timer.elapsed());
        say(QStringLiteral("seed: %1 pupils, %2 classes, %3 attempts in %4 s, file %5 MB")
                .arg(config.pupils, config.classes, config.attempts)
                .arg(lite.load / 1000.0, 0, 'f', 1)
                .arg(double(QFileInfo(file).size()) / 1e6, 0, 'f', 0));
    }

    void sqlite()
    {
        auto db = Database::open(file);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        const double load = lite.load;
        lite = measure(**db, [&](const QString &sql) { return sqlite3Milliseconds(file, sql); });
        lite.load = load;
    }

    void postgresql()
    {
        QString ownerUrl = config.pg;
        QString why;
        if (ownerUrl.isEmpty())
            ownerUrl = test::TestBackend::serverUrl(&why);
        if (ownerUrl.isEmpty()) {
            serverNote = QStringLiteral("PostgreSQL column skipped: ") + why;
            QSKIP(
                qPrintable(QStringLiteral("no PostgreSQL server given (--pg URL or STAGES_TEST_PG_URL_FILE): ") + why));
        }
        if (psql().isEmpty() || QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty())
            QSKIP("the PostgreSQL column needs the psql and sqlite3 tools to copy the school");
        // A database of its own on that server, dropped afterwards.
        const QString name = QStringLiteral("stages_bench_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
        QUrl url(ownerUrl);
        QVERIFY(psqlMilliseconds(url.toString(), QStringLiteral("CREATE DATABASE %1;").arg(name)) >= 0);
        const QString admin = url.toString();
        const auto drop = qScopeGuard([&] {
            if (qEnvironmentVariableIsSet("STAGES_BENCH_KEEP_PG"))
                say(QStringLiteral("kept database %1 on the server").arg(name));
            else
                psqlMilliseconds(admin, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE);").arg(name));
        });
        url.setPath(QLatin1Char('/') + name);
        const QString target = url.toString();

        QElapsedTimer timer;
        timer.start();
        {
            Database::Options options;
            options.migrateServer = true;
            auto migrated = Database::open(target, options);
            QVERIFY2(migrated.ok(), qPrintable(migrated.error()));
        }
        copyToServer(file, target);
        const double copied = double(timer.elapsed());
        // What autovacuum does after a bulk load (PostgreSQL 13 and later vacuum after inserts too),
        // done at once: statistics for the planner, and the visibility map that lets the class
        // dashboard read attempt_dashboard (migration 8) without visiting the table.
        QVERIFY(psqlMilliseconds(target, QStringLiteral("VACUUM (ANALYZE);")) >= 0);
        server.load = double(timer.elapsed());
        say(QStringLiteral("PostgreSQL: schema and COPY of the school in %1 s, VACUUM ANALYZE %2 s")
                .arg(copied / 1000.0, 0, 'f', 1)
                .arg((server.load - copied) / 1000.0, 0, 'f', 1));

        auto db = Database::open(target);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        const double load = server.load;
        server = measure(**db, [&](const QString &sql) { return psqlMilliseconds(target, sql); });
        server.load = load;
        if (qEnvironmentVariableIsSet("STAGES_BENCH_EXPLAIN")) {
            QProcess p;
            p.start(psql(), { QStringLiteral("-X"), target });
            const QString explain = QStringLiteral("EXPLAIN ANALYZE ") + schoolFullScan()
                + QStringLiteral("\nEXPLAIN ANALYZE ") + schoolAggregate(true).section(QLatin1Char('\n'), 1);
            p.write(explain.toUtf8());
            p.closeWriteChannel();
            p.waitForFinished(600000);
            say(QString::fromUtf8(p.readAllStandardOutput()));
        }
    }

    void cleanupTestCase()
    {
        const auto row = [](const QString &what, double a, double b) {
            const QString ratio
                = a > 0 && b > 0 ? QString::number(b / a, 'f', 2) + QLatin1Char('x') : QStringLiteral("–");
            say(QStringLiteral("| %1 | %2 | %3 | %4 |")
                    .arg(what.leftJustified(58), cell(a).rightJustified(9), cell(b).rightJustified(13),
                         ratio.rightJustified(9)));
        };
        say(QStringLiteral(
                "\nbench_dashboard: %1 pupils, %2 classes, %3 attempts; medians of %4 runs (5 biggest classes)")
                .arg(config.pupils, config.classes, config.attempts)
                .arg(config.runs));
        say(QStringLiteral("| %1 | SQLite ms | PostgreSQL ms | PG/SQLite |")
                .arg(QStringLiteral("measurement").leftJustified(58)));
        say(QStringLiteral("|%1|%2|%3|%4|")
                .arg(QString(60, QLatin1Char('-')), QString(11, QLatin1Char('-')), QString(15, QLatin1Char('-')),
                     QString(11, QLatin1Char('-'))));
        row(QStringLiteral("class dashboard, first run per class"), lite.classFirst, server.classFirst);
        row(QStringLiteral("class dashboard, later runs"), lite.classWarm, server.classWarm);
        row(QStringLiteral("class aggregate in the backend's tool (sqlite3 / psql)"), lite.classTool, server.classTool);
        row(QStringLiteral("school overview (%1 classes)").arg(config.classes), lite.school, server.school);
        row(QStringLiteral("school overview's reads in the backend's tool"), lite.schoolTool, server.schoolTool);
        row(QStringLiteral("every attempt grouped by class in the tool (full scan)"), lite.fullScan, server.fullScan);
        row(QStringLiteral("making the school (seed / schema + COPY + VACUUM ANALYZE)"), lite.load, server.load);
        if (!serverNote.isEmpty())
            say(serverNote);
        say(QStringLiteral("targets (issue 10): class dashboard < 150 ms, school overview < 500 ms"));
    }
};

int main(int argc, char **argv)
{
    // Our own options come out of argv; the rest goes to Qt Test.
    QList<char *> rest;
    for (int i = 0; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        const bool hasValue = i + 1 < argc;
        if (hasValue && arg == "--pupils")
            config.pupils = QString::fromLocal8Bit(argv[++i]);
        else if (hasValue && arg == "--classes")
            config.classes = QString::fromLocal8Bit(argv[++i]);
        else if (hasValue && arg == "--attempts")
            config.attempts = QString::fromLocal8Bit(argv[++i]);
        else if (hasValue && arg == "--runs")
            config.runs = std::max(2, QByteArray(argv[++i]).toInt());
        else if (hasValue && arg == "--keep")
            config.keep = QString::fromLocal8Bit(argv[++i]);
        else if (hasValue && arg == "--pg")
            config.pg = QString::fromLocal8Bit(argv[++i]);
        else
            rest.append(argv[i]);
    }
    QCoreApplication app(argc, argv);
    BenchDashboard bench;
    return QTest::qExec(&bench, int(rest.size()), rest.data());
}

#include "bench_dashboard.moc"
