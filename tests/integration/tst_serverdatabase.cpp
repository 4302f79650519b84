// The school server (issue 13): a PostgreSQL database made and migrated only by its owner
// (stagesctl db init|migrate), used by PCs through a role that reads and writes but cannot change
// the schema, and refused with the same messages as a file when its schema does not fit.
#include "core/storage/database.h"
#include "core/storage/migrations.h"
#include "core/storage/sqlquery.h"
#include "support/stagesctlrun.h"
#include "support/testdatabase.h"

#include <QTest>

using namespace stages;
using namespace stages::test;

class TestServerDatabase : public QObject
{
    Q_OBJECT

    static Database::Options readWrite() { return {}; }

    /// Lets the app role use the tables of @p db, as scripts/pg-cluster does for stages_test.
    static void grantApp(Database &db)
    {
        QSqlQuery q(db.sql());
        for (const char *sql : {"REVOKE CREATE ON SCHEMA public FROM PUBLIC", "GRANT USAGE ON SCHEMA public TO stages_app",
                                "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO stages_app"})
            QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
    }

private slots:
    void initTestCase()
    {
        // Always the server here, whatever STAGES_TEST_BACKEND says.
        qputenv("STAGES_TEST_BACKEND", "postgresql");
        STAGES_SKIP_WITHOUT_TEST_BACKEND();
    }

    void stagesctlCreatesAndChecksAServerDatabase()
    {
        const QString url = TestDatabase::serverUrlOf(TestDatabase::createServerDatabase());
        auto empty = stagesctl({QStringLiteral("--db"), url, QStringLiteral("db"), QStringLiteral("check")});
        QCOMPARE(empty.exitCode, 1);
        QVERIFY2(empty.err.contains(QLatin1String("holds no Stages data")), qPrintable(empty.err));

        auto init = stagesctl({QStringLiteral("--db"), url, QStringLiteral("db"), QStringLiteral("init")});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        QVERIFY(init.out.contains(QStringLiteral("(schema %1)").arg(latestSchemaVersion())));
        auto again = stagesctl({QStringLiteral("--db"), url, QStringLiteral("db"), QStringLiteral("init")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(QLatin1String("already exists")));
        auto check = stagesctl({QStringLiteral("--db"), url, QStringLiteral("db"), QStringLiteral("check")});
        QVERIFY2(check.exitCode == 0, qPrintable(check.err));
        QVERIFY(check.out.contains(QStringLiteral("ok, schema %1").arg(latestSchemaVersion())));
        auto migrate = stagesctl({QStringLiteral("--db"), url, QStringLiteral("db"), QStringLiteral("migrate")});
        QVERIFY2(migrate.exitCode == 0, qPrintable(migrate.err));
        auto backup = stagesctl({QStringLiteral("--db"), url, QStringLiteral("db"), QStringLiteral("backup"),
                                 QStringLiteral("/tmp/never-written.sqlite")});
        QCOMPARE(backup.exitCode, 1);
        QVERIFY(backup.err.contains(QLatin1String("pg_dump")));
    }

    void theAppRoleWritesButNeverChangesTheSchema()
    {
        TestDatabase owner;
        grantApp(*owner.db);
        const QString appUrl = TestDatabase::serverUrlOf(owner.serverDatabase, QStringLiteral("stages_app"));
        {
            auto app = Database::open(appUrl);
            QVERIFY2(app.ok(), qPrintable(app.error()));
            ManualClock clock;
            SmallSchool school(*app.value(), clock); // sign-up, classes, people, sign-in
            QVERIFY(!school.pupilId.isEmpty());
            QVERIFY(!QSqlQuery(app.value()->sql()).exec(QStringLiteral("CREATE TABLE intruder (x INTEGER)")));
        }

        // An older schema: the PC says who can update it, and cannot do it itself.
        QVERIFY(QSqlQuery(owner.db->sql()).exec(QStringLiteral("DELETE FROM schema_version WHERE version = %1")
                                                    .arg(latestSchemaVersion())));
        auto older = Database::open(appUrl);
        QVERIFY(!older.ok());
        QVERIFY2(older.error().contains(QLatin1String("db migrate")), qPrintable(older.error()));
        Database::Options migrate;
        migrate.migrateServer = true;
        QVERIFY(!Database::open(appUrl, migrate).ok()); // no right to change the schema
        Database::Options read;
        read.migrate = false;
        auto reading = Database::open(appUrl, read);
        QVERIFY2(reading.ok(), qPrintable(reading.error()));
        QCOMPARE(reading.value()->schemaVersion(), latestSchemaVersion() - 1);

        // A newer schema: the same message as for a file written by a newer Stages.
        QVERIFY(QSqlQuery(owner.db->sql()).exec(QStringLiteral("INSERT INTO schema_version VALUES (%1, 'x', 'future')")
                                                    .arg(latestSchemaVersion() + 1)));
        auto newer = Database::open(appUrl);
        QVERIFY(!newer.ok());
        QVERIFY2(newer.error().contains(QLatin1String("was written by a newer version of Stages")), qPrintable(newer.error()));
        QVERIFY(!Database::open(owner.db->location(), migrate).ok());
    }

    // Schema 8 adds PostgreSQL-only covering indexes for the dashboards. A version-7 server (the
    // same tables, without them) is brought to 8 only by its owner through "db migrate".
    void migrateBringsAVersion7ServerTo8()
    {
        TestDatabase owner;
        grantApp(*owner.db);
        ManualClock clock;
        SmallSchool school(*owner.db, clock);
        const auto coveringIndexes = [&owner] {
            return SqlQuery(owner.db->sql(),
                            QStringLiteral("SELECT string_agg(indexname, ',' ORDER BY indexname) FROM pg_indexes "
                                           "WHERE tablename = 'attempt' AND indexdef LIKE '%INCLUDE%'"))
                .scalar()
                .value()
                .toString();
        };
        const QString both = QStringLiteral("attempt_dashboard,attempt_person_time");
        QCOMPARE(latestSchemaVersion(), 8);
        QCOMPARE(coveringIndexes(), both);
        for (const char *sql : { "DROP INDEX attempt_dashboard", "DROP INDEX attempt_person_time",
                                 "CREATE INDEX attempt_person_time ON attempt (person_id, finished_at)", // schema 4's
                                 "DELETE FROM schema_version WHERE version = 8" })
            QVERIFY(QSqlQuery(owner.db->sql()).exec(QString::fromLatin1(sql)));
        QCOMPARE(coveringIndexes(), QString());

        // A PC cannot do it.
        const QString appUrl = TestDatabase::serverUrlOf(owner.serverDatabase, QStringLiteral("stages_app"));
        Database::Options migrate;
        migrate.migrateServer = true;
        auto byPc = Database::open(appUrl, migrate);
        QVERIFY(!byPc.ok());
        QCOMPARE(coveringIndexes(), QString());
        auto check = stagesctl({ QStringLiteral("--db"), appUrl, QStringLiteral("db"), QStringLiteral("check") });
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.err.contains(QLatin1String("older schema 7")), qPrintable(check.err));

        // The owner can.
        auto migrated = stagesctl(
            { QStringLiteral("--db"), owner.db->location(), QStringLiteral("db"), QStringLiteral("migrate") });
        QVERIFY2(migrated.exitCode == 0, qPrintable(migrated.err));
        QVERIFY2(migrated.out.contains(QLatin1String("is at schema 8")), qPrintable(migrated.out));
        QCOMPARE(coveringIndexes(), both);
        check = stagesctl({ QStringLiteral("--db"), appUrl, QStringLiteral("db"), QStringLiteral("check") });
        QVERIFY2(check.exitCode == 0, qPrintable(check.err));
        QVERIFY(check.out.contains(QLatin1String("ok, schema 8")));
        auto byPcNow = Database::open(appUrl);
        QVERIFY2(byPcNow.ok(), qPrintable(byPcNow.error()));
        QCOMPARE(SqlQuery(byPcNow.value()->sql(), QStringLiteral("SELECT id FROM person WHERE role = 'pupil'"))
                     .scalar()
                     .value()
                     .toString(),
                 school.pupilId); // the school is still there
    }

    void aForeignDatabaseIsLeftAlone()
    {
        const QString url = TestDatabase::serverUrlOf(TestDatabase::createServerDatabase());
        {
            Database::Options read;
            read.migrate = false;
            auto db = Database::open(url, read);
            QVERIFY(db.ok());
            QVERIFY(QSqlQuery(db.value()->sql()).exec(QStringLiteral("CREATE TABLE invoices (id INTEGER)")));
        }
        Database::Options migrate;
        migrate.migrateServer = true;
        auto opened = Database::open(url, migrate);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(QLatin1String("another program")), qPrintable(opened.error()));
    }

    void badAddressesAreExplained_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("says");
        QTest::newRow("no user") << QStringLiteral("postgresql://127.0.0.1:5432/stages") << QStringLiteral("USER@HOST");
        QTest::newRow("no database") << QStringLiteral("postgresql://u@127.0.0.1:5432/") << QStringLiteral("USER@HOST");
        QTest::newRow("password") << QStringLiteral("postgresql://u:secret@127.0.0.1/db") << QStringLiteral("PGPASSWORD");
        QTest::newRow("sslmode") << QStringLiteral("postgresql://u@127.0.0.1/db?sslmode=maybe") << QStringLiteral("sslmode");
    }
    void badAddressesAreExplained()
    {
        QFETCH(QString, url);
        QFETCH(QString, says);
        auto opened = Database::open(url);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(says), qPrintable(opened.error()));
        QVERIFY(!opened.error().contains(QLatin1String("secret")));
    }
};

QTEST_GUILESS_MAIN(TestServerDatabase)
#include "tst_serverdatabase.moc"
