#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace stages {

/// One open Stages database: a local SQLite file (the default) or, later, a school server.
///
/// Opening checks before it writes: a file that is not SQLite, is damaged, belongs to another
/// program or was written by a newer Stages is refused with a message and left byte-for-byte
/// untouched. Only then is it opened for writing, set to WAL with foreign keys and a busy
/// timeout, and brought up to date by the numbered migrations in one transaction.
///
/// The object owns its QSqlDatabase connection; use it from the thread that opened it.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(stages::Database)

public:
    struct Options
    {
        bool create = true;  ///< create the file when it does not exist
        bool migrate = true; ///< apply pending migrations (off: refuse an older schema)
    };

    static Result<std::unique_ptr<Database>> open(const QString &location, Options options);
    static Result<std::unique_ptr<Database>> open(const QString &location) { return open(location, Options()); }
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase sql() const;
    QString location() const { return m_location; }
    int schemaVersion() const { return m_schemaVersion; }

    /// Full integrity check (PRAGMA integrity_check plus foreign keys); slow on big files.
    Status integrityCheck() const;

    /// A consistent copy of the whole database, safe while other programs use it.
    Status backupTo(const QString &file) const;

    /// Checks that a file is a healthy Stages database this build can read, without changing it.
    /// On success returns its schema version.
    static Result<int> inspect(const QString &file);

    /// Replaces the database at @p target by the one in @p backup after inspecting it.
    /// Programs that hold @p target open see the restored content (SQLite backup API).
    static Status restore(const QString &backup, const QString &target);

private:
    explicit Database(QString location, QString connectionName);
    Status configure();
    Status migrate(bool allowed);

    QString m_location;
    QString m_connectionName;
    int m_schemaVersion = 0;
};

} // namespace stages
