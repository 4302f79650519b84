#pragma once

#include <QList>
#include <QStringList>

namespace stages {

/// One numbered step of the schema. Statements are portable SQL (SQLite and PostgreSQL):
/// TEXT UUID keys, TEXT ISO-8601 UTC timestamps, INTEGER booleans, no AUTOINCREMENT.
struct Migration
{
    int version;
    const char *description;
    QStringList statements;
    QStringList sqliteOnly;   ///< run after statements on a local SQLite file only
    QStringList postgresOnly; ///< run after statements on a server only, as written (no translation)
};

/// All migrations in order; the last one's version is the schema this build writes.
const QList<Migration> &migrations();
int latestSchemaVersion();

/// A migration statement as PostgreSQL runs it: REAL is DOUBLE PRECISION and INTEGER is BIGINT
/// (SQLite's integers have 64 bits), and the tables whose insertion order the services read
/// (person, attempt) get an explicit `rowid` column, which SQLite has implicitly on every table.
QString postgresStatement(const QString &statement);

} // namespace stages
