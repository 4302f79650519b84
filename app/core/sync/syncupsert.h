#pragma once

#include "core/result.h"
#include "core/sync/synctables.h"

#include <QSqlDatabase>
#include <QSqlRecord>

namespace stages {

/// Writes one shared row into the other side (server or cache) by the table's conflict rule:
/// append-only rows are kept when their key exists, last-writer-wins rows only replace an older
/// copy, the rest replace it. Only the columns both sides have are written. The statement is the
/// same on SQLite and PostgreSQL (INSERT … ON CONFLICT).
class SyncUpsert
{
public:
    static QString statement(const SyncTable &table, const QStringList &columns);
    /// @p targetColumns: the columns of the table where it is written. Returns how many rows it
    /// wrote (0: the copy there was kept by the rule).
    static Result<int> write(const QSqlDatabase &target, const SyncTable &table, const QSqlRecord &row,
                        const QStringList &targetColumns);
};

} // namespace stages
