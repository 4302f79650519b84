#include "core/storage/database.h"
#include "core/storage/databasefile.h"
#include "core/storage/migrations.h"
#include "core/storage/sqlitefile.h"
#include "core/storage/sqlquery.h"
#include "support/testdatabase.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTest>

#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace stages;
using namespace stages::test;

namespace {

/// A connection of "another program", opened with SQLite directly and closed on scope exit.
class Other
{
public:
    explicit Other(const QString &file)
    {
        if (sqlite3_open(QFile::encodeName(file).constData(), &m_db) != SQLITE_OK)
            qFatal("cannot open %s", qPrintable(file));
    }
    ~Other() { sqlite3_close(m_db); }
    Other(const Other &) = delete;
    Other &operator=(const Other &) = delete;
    bool exec(const char *sql) const { return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }

private:
    sqlite3 *m_db = nullptr;
};

/// A compact, non-WAL Stages database with a school in it, as "db backup" writes it.
QString filledBackup(const QTemporaryDir &dir, const char *name)
{
    TestDatabase source;
    ManualClock clock;
    SmallSchool school(*source.db, clock);
    const QString path = dir.filePath(QString::fromLatin1(name));
    if (!source.db->backupTo(path).ok())
        qFatal("backup failed");
    return path;
}

void cutOff(const QString &path, qint64 bytes)
{
    QFile f(path);
    QVERIFY(f.resize(f.size() - bytes));
}

bool leftovers(const QString &path)
{
    return QFile::exists(path + QLatin1String("-wal")) || QFile::exists(path + QLatin1String("-shm"));
}

#ifdef Q_OS_UNIX
int modeOf(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}
#endif

} // namespace

/// Issue 9: the database file is only written when it is recognisably Stages', a cut-off file is
/// caught, a held write lock does not stop opening or backing up, and files are private.
class TestDatabaseFile : public QObject
{
    Q_OBJECT

private slots:
    void openingACurrentDatabaseTakesNoWriteLock()
    {
        TestDatabase t;
        t.db.reset();
        Other app(t.path());
        QVERIFY(app.exec("BEGIN IMMEDIATE; INSERT INTO school (id, name, created_at) VALUES ('s', 'x', 'now')"));
        QElapsedTimer timer;
        timer.start();
        auto db = Database::open(t.path());
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE((*db)->schemaVersion(), latestSchemaVersion());
        // It reads the committed state, not the other program's open transaction.
        QCOMPARE(SqlQuery((*db)->sql(), QStringLiteral("SELECT COUNT(*) FROM school")).scalar().value().toInt(), 0);
    }

    void backupWhileAnotherConnectionHoldsTheWriteLock()
    {
        TestDatabase t;
        ManualClock clock;
        SmallSchool school(*t.db, clock);
        t.db.reset();
        Other app(t.path());
        QVERIFY(app.exec("BEGIN IMMEDIATE; DELETE FROM attempt"));
        auto db = Database::open(t.path(), {false, false});
        QVERIFY2(db.ok(), qPrintable(db.error()));
        const QString backup = t.dir.filePath(QStringLiteral("held.sqlite"));
        QVERIFY((*db)->backupTo(backup).ok());
        QCOMPARE(Database::inspect(backup).value(), latestSchemaVersion());
    }

    void restoreGivesUpAfterTheStatedWait()
    {
        TestDatabase t;
        ManualClock clock;
        SmallSchool school(*t.db, clock);
        const QString backup = t.dir.filePath(QStringLiteral("b.sqlite"));
        QVERIFY(t.db->backupTo(backup).ok());
        t.db.reset();
        Other app(t.path());
        QVERIFY(app.exec("BEGIN IMMEDIATE; DELETE FROM class_member"));
        QElapsedTimer timer;
        timer.start();
        const Status restored = Database::restore(backup, t.path(), 1000);
        const qint64 waited = timer.elapsed();
        QVERIFY(!restored.ok());
        QVERIFY2(restored.error().contains(QLatin1String("busy")) && restored.error().contains(t.path()),
                 qPrintable(restored.error()));
        QVERIFY2(waited >= 1000 && waited < 4000, qPrintable(QString::number(waited)));
        QVERIFY(app.exec("ROLLBACK"));
        QVERIFY(Database::restore(backup, t.path(), 1000).ok());
    }

    void cutOffFilesAreRefused_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::newRow("1 byte") << qint64(1);
        QTest::newRow("10 bytes") << qint64(10);
        QTest::newRow("100 bytes") << qint64(100);
        QTest::newRow("one page") << qint64(4096);
    }

    void cutOffFilesAreRefused()
    {
        QFETCH(qint64, bytes);
        QTemporaryDir dir;
        const QString path = filledBackup(dir, "cut.sqlite");
        cutOff(path, bytes);
        const QByteArray before = fileHash(path);
        auto version = Database::inspect(path);
        QVERIFY(!version.ok());
        QVERIFY2(version.error().contains(QLatin1String("cut off")), qPrintable(version.error()));
        QVERIFY(!Database::open(path).ok());
        TestDatabase target;
        const Status restored = Database::restore(path, target.path());
        QVERIFY(!restored.ok());
        QVERIFY2(restored.error().contains(QLatin1String("cut off")), qPrintable(restored.error()));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!leftovers(path));
    }

    void walPagesBeyondTheFileAreNotACutOff()
    {
        TestDatabase t;
        t.db.reset();
        const qint64 sizeBefore = QFileInfo(t.path()).size();
        Other app(t.path()); // keeps the log alive: the last connection to close would checkpoint it
        QVERIFY(app.exec("PRAGMA wal_autocheckpoint = 0; CREATE TABLE filler (x TEXT);"
                         "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300) "
                         "INSERT INTO filler SELECT hex(randomblob(100)) FROM n"));
        const auto header = SqliteFile::readHeader(t.path());
        QVERIFY(header);
        QVERIFY(SqliteFile::hasWalContent(t.path()));
        QCOMPARE(QFileInfo(t.path()).size(), sizeBefore); // the 300 rows' pages are only in the log
        QCOMPARE(DatabaseFile::inspect(t.path(), true).kind, DatabaseFile::Kind::Stages);
        QVERIFY(Database::open(t.path()).ok());

        // Cut a page that only the file has (the log holds the filler, not the Stages tables).
        QVERIFY(app.exec("PRAGMA wal_checkpoint(TRUNCATE); INSERT INTO filler VALUES ('one more')"));
        QVERIFY(SqliteFile::hasWalContent(t.path()));
        cutOff(t.path(), 4096 * 3);
        const DatabaseFile cut = DatabaseFile::inspect(t.path(), false);
        QCOMPARE(cut.kind, DatabaseFile::Kind::Damaged);
        QVERIFY2(cut.problem.contains(QLatin1String("cut off")), qPrintable(cut.problem));
    }

    void otherProgramsFilesAreNeverWritten_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::newRow("own schema_version table")
            << QByteArray("CREATE TABLE schema_version (version INTEGER); INSERT INTO schema_version VALUES (1)");
        QTest::newRow("only views") << QByteArray("CREATE VIEW answer AS SELECT 42");
        QTest::newRow("another application id") << QByteArray("PRAGMA application_id = 1234; CREATE TABLE t (x)");
        QTest::newRow("another application id, no schema") << QByteArray("PRAGMA application_id = 99");
        QTest::newRow("WAL file of another program")
            << QByteArray("PRAGMA journal_mode = WAL; CREATE TABLE photos (id INTEGER PRIMARY KEY)");
    }

    void otherProgramsFilesAreNeverWritten()
    {
        QFETCH(QByteArray, sql);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            Other other(path);
            QVERIFY(other.exec(sql.constData()));
        }
        QVERIFY(!leftovers(path));
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(QLatin1String("another program")), qPrintable(db.error()));
        QVERIFY(!Database::inspect(path).ok());
        TestDatabase source;
        const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
        QVERIFY(source.db->backupTo(backup).ok());
        const Status restored = Database::restore(backup, path);
        QVERIFY(!restored.ok());
        QVERIFY2(restored.error().contains(QLatin1String("will not overwrite")), qPrintable(restored.error()));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!leftovers(path));
    }

    void newDatabasesCarryTheStagesApplicationId()
    {
        TestDatabase t;
        QCOMPARE(SqlQuery(t.db->sql(), QStringLiteral("PRAGMA application_id")).scalar().value().toUInt(),
                 SqliteFile::kStagesApplicationId);
        const QString backup = t.dir.filePath(QStringLiteral("b.sqlite"));
        QVERIFY(t.db->backupTo(backup).ok());
        QCOMPARE(SqliteFile::readHeader(backup)->applicationId, SqliteFile::kStagesApplicationId);
    }

    void emptyFilesMayBeWritten()
    {
        QTemporaryDir dir;
        const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
        QVERIFY(QFile(empty).open(QIODevice::WriteOnly));
        QVERIFY(Database::open(empty).ok());
        const QString noSchema = dir.filePath(QStringLiteral("no-schema.sqlite"));
        {
            Other other(noSchema);
            QVERIFY(other.exec("PRAGMA user_version = 0; VACUUM"));
        }
        auto db = Database::open(noSchema);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE((*db)->schemaVersion(), latestSchemaVersion());
    }

    void missingFileIsNotCreatedWhenNotAsked()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("typo/stages.sqlite"));
        auto db = Database::open(path, {false, true});
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(QLatin1String("does not exist")), qPrintable(db.error()));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("typo"))));
    }

#ifdef Q_OS_UNIX
    void filesAndFoldersArePrivate()
    {
        const mode_t oldMask = ::umask(0); // the modes must not depend on the umask
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new/sub/stages.sqlite"));
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        ManualClock clock;
        SmallSchool school(**db, clock); // writes, so the -wal and -shm exist
        const QString backup = dir.filePath(QStringLiteral("backups/monday/b.sqlite"));
        QVERIFY((*db)->backupTo(backup).ok());
        const QString restored = dir.filePath(QStringLiteral("restored/r.sqlite"));
        QVERIFY(Database::restore(backup, restored).ok());
        ::umask(oldMask);

        QCOMPARE(modeOf(path), 0600);
        QCOMPARE(modeOf(path + QLatin1String("-wal")), 0600);
        QCOMPARE(modeOf(path + QLatin1String("-shm")), 0600);
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("new"))), 0700);
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("new/sub"))), 0700);
        QCOMPARE(modeOf(backup), 0600);
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("backups/monday"))), 0700);
        QCOMPARE(modeOf(restored), 0600);
    }
#endif
};

QTEST_GUILESS_MAIN(TestDatabaseFile)
#include "tst_databasefile.moc"
