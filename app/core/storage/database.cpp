#include "core/storage/database.h"

#include "core/storage/databasefile.h"
#include "core/storage/migrations.h"
#include "core/storage/privatefiles.h"
#include "core/storage/rawsqlite.h"
#include "core/storage/serverpassword.h"
#include "core/storage/serverurl.h"
#include "core/storage/sqlitefile.h"
#include "core/storage/sqlquery.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <filesystem>

namespace stages {

namespace {

Status replaceFile(const QString &from, const QString &to)
{
    std::error_code ec;
    std::filesystem::rename(QFile::encodeName(from).toStdString(), QFile::encodeName(to).toStdString(), ec);
    if (ec)
        return Status::failure(Database::tr("Cannot replace %1: %2").arg(to, QString::fromStdString(ec.message())));
    return {};
}

/// Copies every page of @p source into the open @p dest under SQLite's locks, waiting up to
/// @p maxWaitMs in total for programs that write to @p dest.
Status copyPages(const RawSqlite &source, const RawSqlite &dest, const QString &target, int maxWaitMs)
{
    sqlite3_backup *job = sqlite3_backup_init(dest.handle(), "main", source.handle(), "main");
    if (!job)
        return Status::failure(Database::tr("Cannot restore into %1: %2").arg(target, dest.errorText()));
    QElapsedTimer waited;
    waited.start();
    int rc;
    do {
        rc = sqlite3_backup_step(job, -1);
        if ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && waited.elapsed() < maxWaitMs)
            sqlite3_sleep(50);
        else if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            break;
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(job);
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        //: %n is a number of seconds
        return Status::failure(Database::tr("%1 is busy: another program (Stages on a PC, or stagesctl) kept writing "
                                            "to it for %n second(s), so nothing was restored and the database is "
                                            "unchanged. Close Stages where it uses this database and run the "
                                            "restore again.", "", (maxWaitMs + 999) / 1000)
                                   .arg(target));
    if (rc != SQLITE_DONE)
        return Status::failure(
            Database::tr("Restoring into %1 failed: %2").arg(target, QString::fromUtf8(sqlite3_errstr(rc))));
    return {};
}

} // namespace

Database::Database(QString location, QString connectionName, Backend backend)
    : m_location(std::move(location))
    , m_connectionName(std::move(connectionName))
    , m_backend(backend)
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::sql() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Database>> Database::open(const QString &location, Options options)
{
    using R = Result<std::unique_ptr<Database>>;
    if (ServerUrl::isServer(location))
        return openServer(location, options);

    const QFileInfo info(location);
    const DatabaseFile file = DatabaseFile::inspect(location, false);
    switch (file.kind) {
    case DatabaseFile::Kind::Missing:
        if (!options.create)
            return R::failure(file.problem);
        if (auto s = PrivateFiles::makeFolder(info.absolutePath()); !s)
            return R::failure(s.error());
        if (auto s = PrivateFiles::createFile(info.absoluteFilePath()); !s)
            return R::failure(s.error());
        break;
    case DatabaseFile::Kind::Empty:
    case DatabaseFile::Kind::Stages:
        if (!DatabaseFile::writable(location))
            return R::failure(DatabaseFile::readOnlyProblem(location));
        break;
    default:
        return R::failure(file.problem);
    }

    const QString connection = QLatin1String("stages-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), connection, Backend::Sqlite));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(info.absoluteFilePath());
        if (!db.open())
            return R::failure(tr("Cannot open %1: %2").arg(location, db.lastError().text()));
    }
    if (auto status = database->configure(); !status)
        return R::failure(status.error());
    if (auto status = database->migrate(options.migrate); !status)
        return R::failure(status.error());
    return database;
}

Result<std::unique_ptr<Database>> Database::openServer(const QString &location, Options options)
{
    using R = Result<std::unique_ptr<Database>>;
    auto url = ServerUrl::parse(location);
    if (!url)
        return R::failure(url.error());
    const QString connection = QLatin1String("stages-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> database(new Database(location, connection, Backend::Postgres));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        if (!db.isValid())
            return R::failure(tr("This installation of Stages cannot reach a PostgreSQL server (%1): Qt's "
                                 "PostgreSQL driver is missing (Debian: install libqt6sql6-psql).").arg(location));
        db.setHostName(url->host);
        db.setPort(url->port);
        db.setDatabaseName(url->database);
        db.setUserName(url->user);
        db.setConnectOptions(url->connectOptions());
        // PGPASSWORD and ~/.pgpass are libpq's; ServerPassword adds the stored or typed one.
        if (const QString password = ServerPassword::effective(); !password.isEmpty())
            db.setPassword(password);
        if (!db.open())
            return R::failure(tr("Cannot open %1: %2").arg(location, db.lastError().text()));
    }
    if (auto status = database->configure(); !status)
        return R::failure(status.error());
    if (auto status = database->checkServerIsOurs(); !status)
        return R::failure(status.error());
    const bool owner = options.migrate && options.migrateServer;
    if (auto status = database->migrate(owner); !status)
        return R::failure(status.error());
    if (options.migrate && !owner && database->m_schemaVersion == 0)
        return R::failure(tr("%1 holds no Stages data yet. The school's administrator creates it with "
                             "\"stagesctl --db %1 db init\", connected as the database's owner.").arg(location));
    if (options.migrate && !owner && database->m_schemaVersion < latestSchemaVersion())
        return R::failure(tr("%1 uses the older database schema %2; this version of Stages needs schema %3. The "
                             "school's administrator updates it with \"stagesctl --db %1 db migrate\", connected "
                             "as the database's owner.").arg(location).arg(database->m_schemaVersion)
                              .arg(latestSchemaVersion()));
    return database;
}

Status Database::checkServerIsOurs() const
{
    // A database with tables but without Stages' schema_version belongs to another program.
    auto tables = SqlQuery(sql(), QStringLiteral("SELECT COUNT(*), COUNT(CASE WHEN table_name = 'schema_version' "
                                                 "THEN 1 END) FROM information_schema.tables "
                                                 "WHERE table_schema = current_schema()"));
    if (auto s = tables.exec(); !s)
        return s;
    if (tables.next() && tables.value(0).toInt() > 0 && tables.value(1).toInt() == 0)
        return Status::failure(tr("%1 holds the tables of another program, not a Stages database. It was left "
                                  "unchanged.").arg(m_location));
    return {};
}

Status Database::configure()
{
    if (m_backend == Backend::Postgres) {
        // Timestamps are stored as ISO text in UTC; nothing else of the session matters.
        QSqlQuery q(sql());
        if (!q.exec(QStringLiteral("SET TIME ZONE 'UTC'")))
            return Status::failure(tr("Cannot prepare %1: %2").arg(m_location, q.lastError().text()));
        return {};
    }

    QSqlQuery q(sql());
    const auto run = [&](const QString &statement) -> Status {
        if (!q.exec(statement))
            return Status::failure(tr("Cannot prepare %1: %2").arg(m_location, q.lastError().text()));
        return {};
    };
    if (auto s = run(QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs)); !s)
        return s;
    // Switching the journal needs an exclusive lock: only do it when the file is not in WAL yet.
    if (auto s = run(QStringLiteral("PRAGMA journal_mode")); !s)
        return s;
    if (!q.next() || q.value(0).toString() != QLatin1String("wal")) {
        if (auto s = run(QStringLiteral("PRAGMA journal_mode = WAL")); !s)
            return s;
    }
    // FULL: a committed attempt survives a power cut, not only a crash of the program.
    if (auto s = run(QStringLiteral("PRAGMA synchronous = FULL")); !s)
        return s;
    // Reading a class's year of attempts (the dashboards) touches thousands of pages: a 32 MB
    // page cache and memory-mapped reads spare the copies from the system's file cache.
    if (auto s = run(QStringLiteral("PRAGMA cache_size = -32768")); !s)
        return s;
    if (auto s = run(QStringLiteral("PRAGMA mmap_size = 1073741824")); !s)
        return s;
    return run(QStringLiteral("PRAGMA foreign_keys = ON"));
}

Result<int> Database::storedSchemaVersion() const
{
    auto exists = SqlQuery(sql(), m_backend == Backend::Postgres
                                      ? QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE "
                                                       "table_schema = current_schema() AND table_name = 'schema_version'")
                                      : QStringLiteral("SELECT COUNT(*) FROM sqlite_master "
                                                       "WHERE type = 'table' AND name = 'schema_version'")).scalar();
    if (!exists)
        return Result<int>::failure(exists.error());
    if (exists->toInt() == 0)
        return 0;
    auto version = SqlQuery(sql(), QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")).scalar();
    if (!version)
        return Result<int>::failure(version.error());
    return version->toInt();
}

Status Database::migrate(bool allowed)
{
    // Read first, outside any transaction: a current database is opened without the write lock.
    auto stored = storedSchemaVersion();
    if (!stored)
        return Status::from(stored);
    m_schemaVersion = *stored;
    const QString newer = tr("%1 was written by a newer version of Stages (database schema %2; this version "
                             "knows schema %3 at most).");
    if (m_schemaVersion > latestSchemaVersion())
        return Status::failure(newer.arg(m_location).arg(m_schemaVersion).arg(latestSchemaVersion()));
    if (m_schemaVersion == latestSchemaVersion() || !allowed)
        return {};

    Transaction tx(sql());
    if (auto s = tx.status(); !s)
        return Status::failure(tr("Cannot update %1 to the current schema: %2").arg(m_location, s.error()));
    QSqlQuery q(sql());
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                               " version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL, description TEXT NOT NULL)")))
        return Status::failure(tr("Cannot prepare %1: %2").arg(m_location, q.lastError().text()));
    // SQLite's BEGIN IMMEDIATE already holds the write lock; a server needs the table locked.
    if (m_backend == Backend::Postgres && !q.exec(QStringLiteral("LOCK TABLE schema_version IN EXCLUSIVE MODE")))
        return Status::failure(tr("Cannot prepare %1: %2").arg(m_location, q.lastError().text()));
    // Read again inside the write transaction: another program may have migrated meanwhile.
    stored = storedSchemaVersion();
    if (!stored)
        return Status::from(stored);
    m_schemaVersion = *stored;
    if (m_schemaVersion > latestSchemaVersion())
        return Status::failure(newer.arg(m_location).arg(m_schemaVersion).arg(latestSchemaVersion()));

    for (const Migration &m : migrations()) {
        if (m.version <= m_schemaVersion)
            continue;
        QStringList statements;
        for (const QString &statement : m.statements)
            statements.append(m_backend == Backend::Postgres ? postgresStatement(statement) : statement);
        statements += m_backend == Backend::Postgres ? m.postgresOnly : m.sqliteOnly;
        for (const QString &statement : std::as_const(statements)) {
            if (!q.exec(statement))
                return Status::failure(tr("Updating %1 to schema %2 failed: %3")
                                           .arg(m_location).arg(m.version).arg(q.lastError().text()));
        }
        SqlQuery record(sql(), QStringLiteral("INSERT INTO schema_version (version, applied_at, description) "
                                              "VALUES (:v, :at, :d)"));
        record.bind(QStringLiteral(":v"), m.version)
            .bind(QStringLiteral(":at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
            .bind(QStringLiteral(":d"), QString::fromLatin1(m.description));
        if (auto s = record.exec(); !s)
            return s;
    }
    // Marks the file as Stages' own in its header, so it is recognised before anything is written.
    if (m_backend == Backend::Sqlite && !q.exec(QStringLiteral("PRAGMA application_id = %1").arg(qint32(SqliteFile::kStagesApplicationId))))
        return Status::failure(tr("Cannot prepare %1: %2").arg(m_location, q.lastError().text()));
    if (auto s = tx.commit(); !s)
        return s;
    m_schemaVersion = latestSchemaVersion();
    return {};
}

Status Database::integrityCheck() const
{
    if (m_backend == Backend::Postgres)
        return {}; // the server keeps its own pages and links whole
    const DatabaseFile file = DatabaseFile::inspect(m_location, true);
    return file.usable() ? Status() : Status::failure(file.problem);
}

Status Database::backupTo(const QString &file) const
{
    if (m_backend == Backend::Postgres)
        return Status::failure(tr("%1 is a school server: back it up with the server's own tools (pg_dump). "
                                  "\"db backup\" copies a local database file.").arg(m_location));
    const QFileInfo target(file);
    if (target.absoluteFilePath() == QFileInfo(m_location).absoluteFilePath())
        return Status::failure(tr("The backup cannot replace the database itself."));
    if (auto s = PrivateFiles::makeFolder(target.absolutePath()); !s)
        return s;
    const QString partial = target.absoluteFilePath() + QLatin1String(".part");
    QFile::remove(partial);
    // Created empty and private first: VACUUM INTO accepts an empty file and keeps its mode.
    if (auto s = PrivateFiles::createFile(partial); !s)
        return Status::failure(tr("Backup to %1 failed: %2").arg(file, s.error()));
    // VACUUM INTO reads one consistent snapshot, so the copy is whole even while the app writes,
    // and it needs no write lock on the database.
    SqlQuery vacuum(sql(), QStringLiteral("VACUUM INTO :file"));
    vacuum.bind(QStringLiteral(":file"), partial);
    if (auto s = vacuum.exec(); !s) {
        QFile::remove(partial);
        return Status::failure(tr("Backup to %1 failed: %2").arg(file, s.error()));
    }
    if (const DatabaseFile copy = DatabaseFile::inspect(partial, true); !copy.usable()) {
        QFile::remove(partial);
        return Status::failure(tr("Backup to %1 failed its own check: %2").arg(file, copy.problem));
    }
    return replaceFile(partial, target.absoluteFilePath());
}

Result<int> Database::inspect(const QString &file)
{
    if (ServerUrl::isServer(file)) {
        Options readOnly;
        readOnly.create = false;
        readOnly.migrate = false;
        auto db = open(file, readOnly);
        if (!db)
            return Result<int>::failure(db.error());
        if (db.value()->schemaVersion() == 0)
            return Result<int>::failure(tr("%1 holds no Stages data (it is empty).").arg(file));
        return db.value()->schemaVersion();
    }
    const DatabaseFile found = DatabaseFile::inspect(file, true);
    if (found.kind == DatabaseFile::Kind::Empty)
        return Result<int>::failure(tr("%1 holds no Stages data (it is empty).").arg(file));
    if (found.kind != DatabaseFile::Kind::Stages)
        return Result<int>::failure(found.problem);
    return found.schemaVersion;
}

Status Database::restore(const QString &backup, const QString &target, int maxWaitMs)
{
    if (ServerUrl::isServer(target))
        return Status::failure(tr("%1 is a school server: restore it with the server's own tools (pg_restore). "
                                  "\"db restore\" replaces a local database file.").arg(target));
    if (auto check = inspect(backup); !check)
        return Status::failure(tr("%1 cannot be restored: %2").arg(backup, check.error()));
    const QFileInfo targetInfo(target);
    if (QFileInfo(backup).absoluteFilePath() == targetInfo.absoluteFilePath())
        return Status::failure(tr("The backup and the database are the same file."));

    const DatabaseFile current = DatabaseFile::inspect(target, false);
    switch (current.kind) {
    case DatabaseFile::Kind::Stages:
    case DatabaseFile::Kind::Newer:
    case DatabaseFile::Kind::Empty: {
        if (!DatabaseFile::writable(target))
            return Status::failure(DatabaseFile::readOnlyProblem(target));
        // The target may be open in the app: copy page by page under SQLite's locks.
        RawSqlite source(backup, SQLITE_OPEN_READONLY, kBusyTimeoutMs);
        RawSqlite dest(target, SQLITE_OPEN_READWRITE, 0); // copyPages waits, up to maxWaitMs
        if (!source.ok() || !dest.ok())
            return Status::failure(tr("Cannot open %1 for restoring: %2").arg(target, dest.errorText()));
        return copyPages(source, dest, target, maxWaitMs);
    }
    case DatabaseFile::Kind::Missing:
    case DatabaseFile::Kind::Damaged:
        break; // replaced by a fresh copy below
    default:
        return Status::failure(tr("Restore will not overwrite %1: %2 If it really is a broken Stages database, move "
                                  "it away first; otherwise check the --db path.").arg(target, current.problem));
    }

    // No usable target: put a verified private copy in place, dropping any stale write-ahead log
    // first so SQLite never replays it onto the restored pages.
    if (auto s = PrivateFiles::makeFolder(targetInfo.absolutePath()); !s)
        return s;
    const QString partial = targetInfo.absoluteFilePath() + QLatin1String(".part");
    QFile::remove(partial);
    if (auto s = PrivateFiles::createFile(partial); !s)
        return s;
    {
        RawSqlite source(backup, SQLITE_OPEN_READONLY, kBusyTimeoutMs);
        RawSqlite dest(partial, SQLITE_OPEN_READWRITE, kBusyTimeoutMs);
        if (!source.ok() || !dest.ok()) {
            QFile::remove(partial);
            return Status::failure(tr("Cannot copy %1 to %2: %3").arg(backup, partial, dest.errorText()));
        }
        if (auto s = copyPages(source, dest, partial, maxWaitMs); !s) {
            QFile::remove(partial);
            return s;
        }
    }
    QFile::remove(target + QLatin1String("-wal"));
    QFile::remove(target + QLatin1String("-shm"));
    return replaceFile(partial, targetInfo.absoluteFilePath());
}

} // namespace stages
