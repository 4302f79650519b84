#include "core/storage/database.h"

#include "core/storage/migrations.h"
#include "core/storage/sqlquery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

#include <cstdio>
#include <filesystem>

namespace stages {

namespace {

constexpr int kBusyTimeoutMs = 5000;

QString sqliteHeaderProblem(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Database::tr("Cannot read %1: %2").arg(file, f.errorString());
    const QByteArray header = f.read(16);
    if (header != QByteArray("SQLite format 3\0", 16))
        return Database::tr("%1 is not a Stages database (it is not an SQLite file). "
                            "It was left unchanged.").arg(file);
    return {};
}

/// A raw read-only SQLite handle, closed on scope exit. Used where Qt's driver cannot help:
/// inspecting without writing, and the online backup API.
class RawSqlite
{
public:
    RawSqlite(const QString &file, int flags)
    {
        m_rc = sqlite3_open_v2(QFile::encodeName(file).constData(), &m_db, flags, nullptr);
        if (m_db)
            sqlite3_busy_timeout(m_db, kBusyTimeoutMs);
    }
    ~RawSqlite() { sqlite3_close_v2(m_db); }
    RawSqlite(const RawSqlite &) = delete;
    RawSqlite &operator=(const RawSqlite &) = delete;

    bool ok() const { return m_rc == SQLITE_OK; }
    sqlite3 *handle() const { return m_db; }
    QString errorText() const { return QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(m_rc)); }

    /// Runs a statement and returns the text of every row's first column; nullopt on error.
    std::optional<QStringList> column(const char *sql) const
    {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK)
            return std::nullopt;
        QStringList rows;
        int rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
            rows.append(text ? QString::fromUtf8(text) : QString());
        }
        sqlite3_finalize(stmt);
        if (rc != SQLITE_DONE)
            return std::nullopt;
        return rows;
    }

private:
    sqlite3 *m_db = nullptr;
    int m_rc = SQLITE_ERROR;
};

Result<int> inspectFile(const QString &file, bool fullCheck)
{
    using R = Result<int>;
    const QFileInfo info(file);
    if (!info.exists())
        return R::failure(Database::tr("%1 does not exist.").arg(file));
    if (info.size() == 0)
        return 0; // an empty file is a database with no schema yet
    if (const QString problem = sqliteHeaderProblem(file); !problem.isEmpty())
        return R::failure(problem);

    const QString damaged = Database::tr("%1 is damaged and cannot be used (%2). It was left unchanged; "
                                         "restore it from a backup with \"stagesctl db restore\".");
    RawSqlite db(file, SQLITE_OPEN_READONLY);
    if (!db.ok())
        return R::failure(damaged.arg(file, db.errorText()));
    const auto check = db.column(fullCheck ? "PRAGMA integrity_check" : "PRAGMA quick_check");
    if (!check)
        return R::failure(damaged.arg(file, db.errorText()));
    if (check->size() != 1 || check->constFirst() != QLatin1String("ok"))
        return R::failure(damaged.arg(file, check->mid(0, 3).join(QLatin1String("; "))));

    const auto tables = db.column("SELECT name FROM sqlite_master WHERE type = 'table'");
    if (!tables)
        return R::failure(damaged.arg(file, db.errorText()));
    if (!tables->contains(QLatin1String("schema_version"))) {
        if (tables->isEmpty())
            return 0;
        return R::failure(Database::tr("%1 is an SQLite file of another program, not a Stages database. "
                                       "It was left unchanged.").arg(file));
    }
    const auto version = db.column("SELECT MAX(version) FROM schema_version");
    if (!version || version->isEmpty())
        return R::failure(damaged.arg(file, db.errorText()));
    const int found = version->constFirst().toInt();
    if (found > latestSchemaVersion())
        return R::failure(Database::tr("%1 was written by a newer version of Stages (database schema %2; "
                                       "this version knows schema %3 at most). Update Stages to open it. "
                                       "The file was left unchanged.")
                              .arg(file).arg(found).arg(latestSchemaVersion()));
    if (fullCheck) {
        const auto fk = db.column("PRAGMA foreign_key_check");
        if (!fk || !fk->isEmpty())
            return R::failure(damaged.arg(file, Database::tr("broken links between records")));
    }
    return found;
}

Status replaceFile(const QString &from, const QString &to)
{
    std::error_code ec;
    std::filesystem::rename(QFile::encodeName(from).toStdString(), QFile::encodeName(to).toStdString(), ec);
    if (ec)
        return Status::failure(Database::tr("Cannot replace %1: %2").arg(to, QString::fromStdString(ec.message())));
    return {};
}

} // namespace

Database::Database(QString location, QString connectionName)
    : m_location(std::move(location))
    , m_connectionName(std::move(connectionName))
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
    if (location.startsWith(QLatin1String("postgresql:")) || location.startsWith(QLatin1String("postgres:")))
        return R::failure(tr("This build of Stages cannot use a PostgreSQL server yet (%1).").arg(location));

    const QFileInfo info(location);
    if (info.exists()) {
        if (info.isDir())
            return R::failure(tr("%1 is a folder, not a database file.").arg(location));
        const auto version = inspectFile(location, false);
        if (!version)
            return R::failure(version.error());
        if (!options.migrate && *version != 0 && *version < latestSchemaVersion())
            return R::failure(tr("%1 uses the older database schema %2; run \"stagesctl db migrate\" first.")
                                  .arg(location).arg(*version));
    } else {
        if (!options.create)
            return R::failure(tr("%1 does not exist.").arg(location));
        if (!QDir().mkpath(info.absolutePath()))
            return R::failure(tr("Cannot create the folder %1.").arg(info.absolutePath()));
    }

    const QString connection = QLatin1String("stages-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), connection));
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

Status Database::configure()
{
    QSqlQuery q(sql());
    const auto run = [&](const QString &statement) -> Status {
        if (!q.exec(statement))
            return Status::failure(tr("Cannot prepare %1: %2").arg(m_location, q.lastError().text()));
        return {};
    };
    if (auto s = run(QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs)); !s)
        return s;
    if (auto s = run(QStringLiteral("PRAGMA journal_mode = WAL")); !s)
        return s;
    // FULL: a committed attempt survives a power cut, not only a crash of the program.
    if (auto s = run(QStringLiteral("PRAGMA synchronous = FULL")); !s)
        return s;
    return run(QStringLiteral("PRAGMA foreign_keys = ON"));
}

Status Database::migrate(bool allowed)
{
    Transaction tx(sql());
    if (auto s = tx.status(); !s)
        return s;
    QSqlQuery q(sql());
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                               " version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL, description TEXT NOT NULL)")))
        return Status::failure(tr("Cannot prepare %1: %2").arg(m_location, q.lastError().text()));
    // Read again inside the write transaction: another program may have migrated meanwhile.
    auto current = SqlQuery(sql(), QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")).scalar();
    if (!current)
        return Status::from(current);
    m_schemaVersion = current->toInt();
    if (m_schemaVersion > latestSchemaVersion())
        return Status::failure(tr("%1 was written by a newer version of Stages (database schema %2; this version "
                                  "knows schema %3 at most).").arg(m_location).arg(m_schemaVersion).arg(latestSchemaVersion()));
    if (m_schemaVersion == latestSchemaVersion())
        return {}; // nothing to write; the transaction rolls back harmlessly
    if (!allowed && m_schemaVersion != 0)
        return Status::failure(tr("%1 needs a database update; run \"stagesctl db migrate\".").arg(m_location));

    for (const Migration &m : migrations()) {
        if (m.version <= m_schemaVersion)
            continue;
        for (const QString &statement : m.statements) {
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
    if (auto s = tx.commit(); !s)
        return s;
    m_schemaVersion = latestSchemaVersion();
    return {};
}

Status Database::integrityCheck() const
{
    return Status::from(inspectFile(m_location, true));
}

Status Database::backupTo(const QString &file) const
{
    const QFileInfo target(file);
    if (!QDir().mkpath(target.absolutePath()))
        return Status::failure(tr("Cannot create the folder %1.").arg(target.absolutePath()));
    if (target.absoluteFilePath() == QFileInfo(m_location).absoluteFilePath())
        return Status::failure(tr("The backup cannot replace the database itself."));
    const QString partial = target.absoluteFilePath() + QLatin1String(".part");
    QFile::remove(partial);
    // VACUUM INTO reads one consistent snapshot, so the copy is whole even while the app writes.
    SqlQuery vacuum(sql(), QStringLiteral("VACUUM INTO :file"));
    vacuum.bind(QStringLiteral(":file"), partial);
    if (auto s = vacuum.exec(); !s) {
        QFile::remove(partial);
        return Status::failure(tr("Backup to %1 failed: %2").arg(file, s.error()));
    }
    if (auto check = inspectFile(partial, true); !check) {
        QFile::remove(partial);
        return Status::failure(tr("Backup to %1 failed its own check: %2").arg(file, check.error()));
    }
    return replaceFile(partial, target.absoluteFilePath());
}

Result<int> Database::inspect(const QString &file)
{
    const QFileInfo info(file);
    if (info.exists() && info.size() == 0)
        return Result<int>::failure(tr("%1 is empty, not a Stages database.").arg(file));
    auto version = inspectFile(file, true);
    if (version && *version == 0)
        return Result<int>::failure(tr("%1 holds no Stages data.").arg(file));
    return version;
}

Status Database::restore(const QString &backup, const QString &target)
{
    if (auto check = inspect(backup); !check)
        return Status::failure(tr("%1 cannot be restored: %2").arg(backup, check.error()));
    if (QFileInfo(backup).absoluteFilePath() == QFileInfo(target).absoluteFilePath())
        return Status::failure(tr("The backup and the database are the same file."));

    const QFileInfo targetInfo(target);
    if (targetInfo.exists() && targetInfo.size() > 0 && inspectFile(target, false)) {
        // A healthy target may be open in the app: copy page by page under SQLite's locks.
        RawSqlite source(backup, SQLITE_OPEN_READONLY);
        RawSqlite dest(target, SQLITE_OPEN_READWRITE);
        if (!source.ok() || !dest.ok())
            return Status::failure(tr("Cannot open %1 for restoring: %2").arg(target, dest.errorText()));
        sqlite3_backup *job = sqlite3_backup_init(dest.handle(), "main", source.handle(), "main");
        if (!job)
            return Status::failure(tr("Cannot restore into %1: %2").arg(target, dest.errorText()));
        int rc;
        do {
            rc = sqlite3_backup_step(job, -1);
            if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                sqlite3_sleep(50);
        } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
        sqlite3_backup_finish(job);
        if (rc != SQLITE_DONE)
            return Status::failure(tr("Restoring into %1 failed: %2").arg(target, QString::fromUtf8(sqlite3_errstr(rc))));
        return {};
    }

    // No usable target: put a verified copy in place, dropping any stale write-ahead log first
    // so SQLite never replays it onto the restored pages.
    if (!QDir().mkpath(targetInfo.absolutePath()))
        return Status::failure(tr("Cannot create the folder %1.").arg(targetInfo.absolutePath()));
    const QString partial = targetInfo.absoluteFilePath() + QLatin1String(".part");
    QFile::remove(partial);
    if (!QFile::copy(backup, partial))
        return Status::failure(tr("Cannot copy %1 to %2.").arg(backup, partial));
    QFile::remove(target + QLatin1String("-wal"));
    QFile::remove(target + QLatin1String("-shm"));
    return replaceFile(partial, targetInfo.absoluteFilePath());
}

} // namespace stages
