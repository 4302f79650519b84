#pragma once

#include "core/sync/synctables.h"

#include <QSqlRecord>
#include <QString>

namespace stages {

/// One change a PC sends to the server (by push or in a bundle): a shared row as it is now, or
/// the news that it was deleted. The tables are syncTables()'s, which live for the program's life.
struct SyncChange
{
    const SyncTable *table = nullptr;
    QString key; ///< the row's key as the outbox stores it (SyncTable::joinKey)
    bool deleted = false;
    QSqlRecord row; ///< the row's columns (empty when deleted)
    QString owner; ///< the person the row belongs to (SyncTable::owner), or empty
};

} // namespace stages
