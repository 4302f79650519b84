#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace stages {

/// One open Stages database: a local SQLite file (the default) or a school's PostgreSQL server
/// (`postgresql://USER@HOST:PORT/DBNAME`, see ServerUrl).
///
/// Opening checks before it writes (DatabaseFile::inspect): a file that is not SQLite, is cut
/// off or damaged, belongs to another program, was written by a newer Stages or cannot be
/// written here is refused with a message and left byte-for-byte untouched. Only an empty file,
/// a new path or a recognisable Stages database is written to: set to WAL (only when it is not
/// WAL yet), with foreign keys and a busy timeout, and brought up to date by the numbered
/// migrations in one transaction. A database that needs no migration is opened without taking
/// the write lock, so a program holding a long write transaction does not stop others opening it.
/// New files and folders are private to the user (PrivateFiles).
///
/// A server is never changed by merely opening it: its schema is created and migrated only when
/// Options::migrateServer asks for it (`stagesctl db init|migrate`, run as the database's owner).
/// A PC connects as a role that may read and write the tables but not change them, and refuses
/// a server whose schema is older or newer than this build's, saying who can fix it.
///
/// The object owns its QSqlDatabase connection; use it from the thread that opened it.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(stages::Database)

public:
    struct Options
    {
        bool create = true;  ///< create the file (and its folders) when it does not exist
        bool migrate = true; ///< apply pending migrations (off: an older schema is opened as it is, to read)
        /// PostgreSQL: create or migrate the server's schema (with migrate). Off, a server whose
        /// schema is not current is refused when migrate is on, and read as it is otherwise.
        bool migrateServer = false;
    };

    enum class Backend { Sqlite, Postgres };

    /// How long a busy database delays a write before giving up (SQLite busy_timeout).
    static constexpr int kBusyTimeoutMs = 5000;
    /// How long restore waits for other programs to stop writing before it gives up.
    static constexpr int kRestoreWaitMs = 30000;

    static Result<std::unique_ptr<Database>> open(const QString &location, Options options);
    static Result<std::unique_ptr<Database>> open(const QString &location) { return open(location, Options()); }
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase sql() const;
    /// The file's absolute path, or the server's address as given.
    QString location() const { return m_location; }
    Backend backend() const { return m_backend; }
    bool isServer() const { return m_backend == Backend::Postgres; }
    int schemaVersion() const { return m_schemaVersion; }

    /// Full integrity check (PRAGMA integrity_check plus foreign keys); slow on big files.
    Status integrityCheck() const;

    /// A consistent copy of the whole database, safe while other programs use it.
    Status backupTo(const QString &file) const;

    /// Checks that a file (or a server's database) is a healthy Stages database this build can
    /// read, without changing it. On success returns its schema version.
    static Result<int> inspect(const QString &file);

    /// Replaces the database at @p target by the one in @p backup after inspecting both: the
    /// backup must be a whole, healthy Stages database this build can read, and the target
    /// missing, empty, damaged or a Stages database (never another program's file). Programs
    /// that hold @p target open see the restored content (SQLite backup API). When other
    /// programs keep writing for @p maxWaitMs, it gives up and leaves @p target unchanged.
    static Status restore(const QString &backup, const QString &target, int maxWaitMs = kRestoreWaitMs);

private:
    Database(QString location, QString connectionName, Backend backend);
    static Result<std::unique_ptr<Database>> openServer(const QString &location, Options options);
    Status configure();
    Status checkServerIsOurs() const;
    Status migrate(bool allowed);
    Result<int> storedSchemaVersion() const;

    QString m_location;
    QString m_connectionName;
    Backend m_backend = Backend::Sqlite;
    int m_schemaVersion = 0;
};

} // namespace stages
