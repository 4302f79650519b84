#include "core/storage/database.h"
#include "core/storage/migrations.h"
#include "core/storage/sqlquery.h"
#include "support/testdatabase.h"

#include <QSqlQuery>
#include <QTest>

#include <sqlite3.h>

using namespace stages;
using namespace stages::test;

namespace {

/// Runs SQL on a file through SQLite directly, as another program would.
void rawExec(const QString &file, const char *sql)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(file).constData(), &db), SQLITE_OK);
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    const QString message = QString::fromUtf8(error ? error : "");
    sqlite3_free(error);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(message));
}

int countRows(Database &db, const QString &table)
{
    return SqlQuery(db.sql(), QStringLiteral("SELECT COUNT(*) FROM ") + table).scalar().value().toInt();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

class TestDatabase_ : public QObject
{
    Q_OBJECT

private slots:
    void migratesAnEmptyFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new/sub/stages.sqlite"));
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE((*db)->schemaVersion(), latestSchemaVersion());
        for (const char *table : {"school", "school_class", "person", "class_member", "attempt", "mastery",
                                  "artifact", "feedback", "audit_log", "schema_version"})
            QCOMPARE(countRows(**db, QString::fromLatin1(table)), table == QByteArray("schema_version") ? latestSchemaVersion() : 0);
        QSqlQuery q((*db)->sql());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout")) && q.next());
        QVERIFY(q.value(0).toInt() >= 1000);
    }

    void reopeningKeepsDataAndVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite"));
        {
            auto db = std::move(Database::open(path).value());
            SqlQuery(db->sql(), QStringLiteral("INSERT INTO school (id, name, created_at) VALUES ('a', 'b', 'c')")).exec().ok();
        }
        auto db = std::move(Database::open(path).value());
        QCOMPARE(countRows(*db, QStringLiteral("school")), 1);
        QCOMPARE(countRows(*db, QStringLiteral("schema_version")), latestSchemaVersion());
    }

    void refusesNewerSchemaWithoutTouchingIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
        { auto db = Database::open(path); QVERIFY(db.ok()); }
        rawExec(path, "PRAGMA journal_mode=DELETE; INSERT INTO schema_version VALUES (999, 'x', 'future')");
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(QLatin1String("999")), qPrintable(db.error()));
        QVERIFY2(db.error().contains(QString::number(latestSchemaVersion())), qPrintable(db.error()));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QLatin1String("-wal")));
    }

    void refusesFilesThatAreNotStagesDatabases_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text") << QByteArray("name,class\nAnna,1.A\n") << QStringLiteral("not an SQLite file");
        QTest::newRow("binary") << QByteArray(4096, '\x7f') << QStringLiteral("not an SQLite file");
        QTest::newRow("truncated header") << QByteArray("SQLite format 3") << QStringLiteral("not an SQLite file");
    }

    void refusesFilesThatAreNotStagesDatabases()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.sqlite"));
        writeFile(path, content);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(expected), qPrintable(db.error()));
        QCOMPARE(fileHash(path), QCryptographicHash::hash(content, QCryptographicHash::Sha256));
    }

    void refusesAnotherProgramsSqliteFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        rawExec(path, "CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO photos VALUES (1, 'x')");
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(QLatin1String("another program")), qPrintable(db.error()));
        QCOMPARE(fileHash(path), before);
    }

    void refusesACorruptFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("corrupt.sqlite"));
        {
            TestDatabase source;
            ManualClock clock;
            SmallSchool school(*source.db, clock);
            QVERIFY(source.db->backupTo(path).ok()); // a compact, non-WAL copy with real data
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 8192);
        // Scribble over every page after the first: the header is intact, the content is not.
        for (qint64 page = 4096; page < size; page += 4096) {
            f.seek(page + 8);
            f.write(QByteArray(64, '\xA5'));
        }
        f.close();
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(QLatin1String("damaged")), qPrintable(db.error()));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!Database::inspect(path).ok());
    }

    void backupAndRestoreRoundTrip()
    {
        TestDatabase t;
        ManualClock clock;
        SmallSchool school(*t.db, clock);
        const int people = countRows(*t.db, QStringLiteral("person"));
        const QString backup = t.dir.filePath(QStringLiteral("backups/monday.sqlite"));
        QVERIFY2(t.db->backupTo(backup).ok(), "backup failed");
        QCOMPARE(Database::inspect(backup).value(), latestSchemaVersion());

        // Lose data after the backup, then restore while the database is still open here.
        QVERIFY(SqlQuery(t.db->sql(), QStringLiteral("DELETE FROM person WHERE role = 'pupil'")).exec().ok());
        QCOMPARE(countRows(*t.db, QStringLiteral("person")), people - 1);
        auto restored = Database::restore(backup, t.path());
        QVERIFY2(restored.ok(), qPrintable(restored.error()));
        QCOMPARE(countRows(*t.db, QStringLiteral("person")), people);
        QVERIFY(t.db->integrityCheck().ok());
    }

    void restoreIntoAMissingFile()
    {
        TestDatabase t;
        ManualClock clock;
        SmallSchool school(*t.db, clock);
        const QString backup = t.dir.filePath(QStringLiteral("b.sqlite"));
        QVERIFY(t.db->backupTo(backup).ok());
        const QString target = t.dir.filePath(QStringLiteral("elsewhere/new.sqlite"));
        QVERIFY(Database::restore(backup, target).ok());
        auto db = Database::open(target);
        QVERIFY(db.ok());
        QCOMPARE(countRows(**db, QStringLiteral("person")), countRows(*t.db, QStringLiteral("person")));
    }

    void restoreRefusesABadBackupAndKeepsTheDatabase()
    {
        TestDatabase t;
        ManualClock clock;
        SmallSchool school(*t.db, clock);
        const QString bad = t.dir.filePath(QStringLiteral("bad.sqlite"));
        writeFile(bad, QByteArray("definitely not a backup"));
        const int people = countRows(*t.db, QStringLiteral("person"));
        auto restored = Database::restore(bad, t.path());
        QVERIFY(!restored.ok());
        QVERIFY(restored.error().contains(QLatin1String("cannot be restored")));
        QCOMPARE(countRows(*t.db, QStringLiteral("person")), people);
    }

    void backupIsConsistentWhileAnotherConnectionWrites()
    {
        TestDatabase t;
        ManualClock clock;
        SmallSchool school(*t.db, clock);
        auto second = std::move(Database::open(t.path()).value());
        // An open write transaction in the "app": its rows must not appear in the copy.
        Transaction tx(second->sql());
        QVERIFY(tx.started());
        QVERIFY(SqlQuery(second->sql(), QStringLiteral("INSERT INTO school (id, name, created_at) VALUES ('x', 'half', 'now')")).exec().ok());
        const QString backup = t.dir.filePath(QStringLiteral("online.sqlite"));
        QVERIFY(t.db->backupTo(backup).ok());
        QVERIFY(tx.commit().ok());
        auto copy = std::move(Database::open(backup).value());
        QCOMPARE(countRows(*copy, QStringLiteral("school")), 1);
        QCOMPARE(countRows(*t.db, QStringLiteral("school")), 2);
    }

    void transactionRollsBackUnlessCommitted()
    {
        TestDatabase t;
        {
            Transaction tx(t.db->sql());
            QVERIFY(SqlQuery(t.db->sql(), QStringLiteral("INSERT INTO school (id, name, created_at) VALUES ('a', 'b', 'c')")).exec().ok());
        }
        QCOMPARE(countRows(*t.db, QStringLiteral("school")), 0);
    }

    void migrationsAreNumberedInOrder()
    {
        int expected = 1;
        for (const Migration &m : migrations())
            QCOMPARE(m.version, expected++);
    }
};

QTEST_GUILESS_MAIN(TestDatabase_)
#include "tst_database.moc"
