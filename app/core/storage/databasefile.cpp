#include "core/storage/databasefile.h"

#include "core/storage/migrations.h"
#include "core/storage/rawsqlite.h"
#include "core/storage/sqlitefile.h"

#include <QFile>
#include <QFileInfo>

namespace stages {

namespace {

using Kind = DatabaseFile::Kind;

constexpr int kInspectBusyTimeoutMs = 5000;

DatabaseFile found(Kind kind, QString problem = {}, int version = 0)
{
    DatabaseFile f;
    f.kind = kind;
    f.problem = std::move(problem);
    f.schemaVersion = version;
    return f;
}

QString damagedText(const QString &file, const QString &reason)
{
    return DatabaseFile::tr("%1 is damaged and cannot be used (%2). It was left unchanged; "
                            "restore it from a backup with \"stagesctl db restore\".").arg(file, reason);
}

QString foreignText(const QString &file)
{
    return DatabaseFile::tr("%1 is an SQLite file of another program, not a Stages database. "
                            "It was left unchanged.").arg(file);
}

/// Removes the -wal and -shm files a read-only SQLite connection created next to a file that
/// turned out not to be usable, so a refused file is left exactly as it was found. Files that
/// were there before are never touched, nor a -wal that holds anything.
class Leftovers
{
public:
    explicit Leftovers(const QString &file)
        : m_wal(file + QLatin1String("-wal"))
        , m_shm(file + QLatin1String("-shm"))
        , m_hadWal(QFileInfo::exists(m_wal))
        , m_hadShm(QFileInfo::exists(m_shm))
    {
    }
    void removeOwn() const
    {
        if (!m_hadWal && QFileInfo(m_wal).size() == 0)
            QFile::remove(m_wal);
        if (!m_hadShm)
            QFile::remove(m_shm);
    }

private:
    QString m_wal;
    QString m_shm;
    bool m_hadWal;
    bool m_hadShm;
};

bool hasStagesShape(const RawSqlite &db)
{
    const auto columns = db.column("SELECT name FROM pragma_table_info('schema_version') ORDER BY cid");
    if (!columns || *columns != QStringList{QStringLiteral("version"), QStringLiteral("applied_at"),
                                            QStringLiteral("description")})
        return false;
    const auto first = db.column("SELECT MIN(version) FROM schema_version");
    if (!first || first->value(0) != QLatin1String("1"))
        return false;
    const auto tables = db.column("SELECT name FROM sqlite_master WHERE type = 'table' "
                                  "AND name IN ('school', 'school_class', 'person', 'attempt', 'mastery')");
    return tables && tables->size() == 5;
}

DatabaseFile inspectOpen(const RawSqlite &db, const QString &file, bool fullCheck)
{
    const auto check = db.column(fullCheck ? "PRAGMA integrity_check" : "PRAGMA quick_check");
    if (!check)
        return found(Kind::Damaged, damagedText(file, db.errorText()));
    if (check->size() != 1 || check->constFirst() != QLatin1String("ok"))
        return found(Kind::Damaged, damagedText(file, check->mid(0, 3).join(QLatin1String("; "))));

    const auto objects = db.column("SELECT name FROM sqlite_master");
    if (!objects)
        return found(Kind::Damaged, damagedText(file, db.errorText()));
    if (objects->isEmpty())
        return found(Kind::Empty);
    // Asked through SQLite: a recent change of page 1 may still be in the -wal log only.
    const auto applicationId = db.column("PRAGMA application_id");
    const bool ours = applicationId && applicationId->value(0).toLongLong() == qint32(SqliteFile::kStagesApplicationId);
    if (applicationId && applicationId->value(0) != QLatin1String("0") && !ours)
        return found(Kind::Foreign, foreignText(file));
    if (!ours && !hasStagesShape(db))
        return found(Kind::Foreign, foreignText(file));

    const auto version = db.column("SELECT MAX(version) FROM schema_version");
    if (!version || version->isEmpty())
        return found(Kind::Damaged, damagedText(file, DatabaseFile::tr("its schema version cannot be read")));
    const int schema = version->constFirst().toInt();
    if (schema > latestSchemaVersion())
        return found(Kind::Newer,
                     DatabaseFile::tr("%1 was written by a newer version of Stages (database schema %2; "
                                      "this version knows schema %3 at most). Update Stages to open it. "
                                      "The file was left unchanged.")
                         .arg(file).arg(schema).arg(latestSchemaVersion()),
                     schema);
    if (fullCheck) {
        const auto fk = db.column("PRAGMA foreign_key_check");
        if (!fk || !fk->isEmpty())
            return found(Kind::Damaged, damagedText(file, DatabaseFile::tr("broken links between records")));
    }
    return found(Kind::Stages, {}, schema);
}

} // namespace

DatabaseFile DatabaseFile::inspect(const QString &file, bool fullCheck)
{
    const QFileInfo info(file);
    if (!info.exists())
        return found(Kind::Missing, tr("%1 does not exist. Check the path, or create a new database with "
                                       "\"stagesctl db init\".").arg(file));
    if (info.isDir())
        return found(Kind::NotSqlite, tr("%1 is a folder, not a database file.").arg(file));
    {
        QFile probe(file);
        if (!probe.open(QIODevice::ReadOnly))
            return found(Kind::Unreadable, tr("Cannot read %1: %2. Check that this user may read the file.")
                                               .arg(file, probe.errorString()));
    }
    if (info.size() == 0)
        return found(Kind::Empty);
    const auto header = SqliteFile::readHeader(file);
    if (!header)
        return found(Kind::NotSqlite, tr("%1 is not a Stages database (it is not an SQLite file). "
                                         "It was left unchanged.").arg(file));
    // Checked on the raw bytes, before SQLite opens the file and perhaps creates files beside it.
    if (header->applicationId != 0 && header->applicationId != SqliteFile::kStagesApplicationId)
        return found(Kind::Foreign, foreignText(file));
    if (const QString missing = SqliteFile::missingPages(file, *header); !missing.isEmpty())
        return found(Kind::Damaged, damagedText(file, missing));

    const Leftovers leftovers(file);
    DatabaseFile result;
    {
        RawSqlite db(file, SQLITE_OPEN_READONLY, kInspectBusyTimeoutMs);
        result = db.ok() ? inspectOpen(db, file, fullCheck)
                         : found(Kind::Damaged, damagedText(file, db.errorText()));
        const bool cannotCreateLog = db.errorCode() == SQLITE_READONLY || db.errorCode() == SQLITE_CANTOPEN;
        if (result.kind == Kind::Damaged && cannotCreateLog && !QFileInfo(info.absolutePath()).isWritable()) {
            // A WAL database in a read-only folder: SQLite cannot create its -shm file there. With
            // no log content there is nothing but the file to read, so read it as immutable.
            if (SqliteFile::hasWalContent(file)) {
                result = found(Kind::Unreadable,
                               tr("%1 cannot be read here: its folder %2 is read-only, and SQLite needs to "
                                  "write small files (-wal, -shm) next to it. Give this user write access to "
                                  "the folder, or copy the database and its -wal file to a writable folder.")
                                   .arg(file, info.absolutePath()));
            } else if (auto frozen = RawSqlite::immutable(info.absoluteFilePath()); frozen && frozen->ok()) {
                result = inspectOpen(*frozen, file, fullCheck);
            }
        }
    }
    if (!result.usable())
        leftovers.removeOwn();
    return result;
}

bool DatabaseFile::writable(const QString &file)
{
    const QFileInfo info(file);
    return (!info.exists() || info.isWritable()) && QFileInfo(info.absolutePath()).isWritable();
}

QString DatabaseFile::readOnlyProblem(const QString &file)
{
    return tr("%1 is read-only for this user: Stages can read it but cannot save anything. The file and its "
              "folder %2 must both be writable (SQLite keeps -wal and -shm files next to the database). "
              "Fix the permissions, or use a copy in a writable folder.")
        .arg(file, QFileInfo(file).absolutePath());
}

} // namespace stages
