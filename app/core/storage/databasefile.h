#pragma once

#include <QCoreApplication>
#include <QString>

namespace stages {

/// What a file on disk is, found without writing to it: nothing yet, an empty file, a Stages
/// database (and which schema), or something Stages must not write to. Database inspects every
/// file this way before it opens it for writing, restores over it or reports on it.
///
/// "Recognisably Stages" means: PRAGMA application_id is Stages' own (set on every file this
/// build creates or migrates), or, for older files, the id is unset and
/// the file has Stages' schema_version table (version, applied_at, description) starting at
/// version 1 together with the tables of migration 1. Anything else with a schema is foreign.
class DatabaseFile
{
    Q_DECLARE_TR_FUNCTIONS(stages::DatabaseFile)

public:
    enum class Kind {
        Missing,    ///< no such file: Stages may create it
        Empty,      ///< zero bytes, or an SQLite file with no schema at all: Stages may write it
        Stages,     ///< a healthy Stages database this build can open
        Newer,      ///< a healthy Stages database of a newer schema
        Foreign,    ///< an SQLite file of another program
        NotSqlite,  ///< not an SQLite file at all (or a folder)
        Damaged,    ///< a Stages or SQLite file that is cut off or fails the integrity check
        Unreadable, ///< cannot be read here (permissions, read-only folder)
    };

    Kind kind = Kind::Missing;
    int schemaVersion = 0; ///< for Stages and Newer
    QString problem;       ///< the whole message for the admin, for every kind but Empty and Stages

    bool usable() const { return kind == Kind::Empty || kind == Kind::Stages; }

    /// Inspects @p file. @p fullCheck runs integrity_check and the foreign-key check instead
    /// of the quicker quick_check. Files SQLite had to create to read it (-wal, -shm) are removed
    /// again when the file is refused.
    static DatabaseFile inspect(const QString &file, bool fullCheck);

    /// True when this user can write to @p file and to its folder (SQLite writes -wal and -shm
    /// next to the database).
    static bool writable(const QString &file);
    /// The message for a healthy database Stages cannot write to.
    static QString readOnlyProblem(const QString &file);
};

} // namespace stages
