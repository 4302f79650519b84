#pragma once

#include "core/result.h"
#include "core/sync/syncchange.h"

#include <QList>
#include <QSqlDatabase>

namespace stages {

/// Reads a PC's queue (the `outbox` table of its cache) as changes to send: for each queued row
/// its state now, or its deletion when the row is no longer there. A row queued several times
/// is read once, at its first place (its references were queued before it).
class SyncOutbox
{
public:
    struct Batch
    {
        QList<SyncChange> changes;
        qint64 lastSeq = 0; ///< the last queue entry read (0: the queue is empty)
        int entries = 0; ///< queue entries read
    };

    /// At most @p limit queue entries after @p afterSeq, in order.
    static Result<Batch> read(const QSqlDatabase &local, qint64 afterSeq, int limit);
    /// The queue entries up to @p lastSeq leave the queue (the server has them).
    static Status forget(const QSqlDatabase &local, qint64 lastSeq);
    /// The last queue entry now (0: the queue is empty). Taken before rows from the server are
    /// written, so that unqueueAfter() can take their queue entries out again.
    static Result<qint64> top(const QSqlDatabase &local);
    /// The queue entries after @p seq leave the queue: rows that came from the server (in the
    /// same transaction) do not go back to it.
    static Status unqueueAfter(const QSqlDatabase &local, qint64 seq);
};

} // namespace stages
