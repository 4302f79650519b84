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
};

/// All migrations in order; the last one's version is the schema this build writes.
const QList<Migration> &migrations();
int latestSchemaVersion();

} // namespace stages
