#pragma once

#include "core/result.h"
#include "core/sync/syncchange.h"
#include "core/sync/syncrename.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>

namespace stages {

/// Writes a PC's changes into the school server, by the conflict rules of SyncTable and
/// SyncUpsert: the one path for `sync push` and `sync import` of a bundle.
///
/// A deletion deletes the row and leaves a tombstone (`sync_tombstone`) for the other PCs to
/// pull. An erased person's tombstone stays for good: nothing of theirs is written again, so a
/// PC that was offline during the erase cannot bring their attempts back. Any other tombstone
/// goes when a row with its key is written again (a pupil moved back into a class). The mastery
/// of every stage an attempt arrived for is recomputed. A row whose natural unique key (a class
/// name, a staff login, an educator's person) another row already holds gives way by SyncClash's
/// rule, with an audit entry. The caller holds the transaction.
class SyncApply
{
    Q_DECLARE_TR_FUNCTIONS(stages::SyncApply)

public:
    struct Outcome
    {
        int written = 0; ///< rows written (a copy already there counts: it is settled by the rules)
        int deleted = 0; ///< deletions applied
        int refused = 0; ///< rows of erased people, not written
        QList<SyncRename> renamed; ///< rows kept under another value after a clash (SyncClash)
    };

    explicit SyncApply(const QSqlDatabase &server);

    /// Applies @p changes in order; returns what it did, or the first error (roll back then).
    Result<Outcome> apply(const QList<SyncChange> &changes, const QDateTime &now);

    /// Deletes the row of @p table with @p key from @p db (a person as PupilData erases one);
    /// returns how many rows went.
    static Result<int> deleteRow(const QSqlDatabase &db, const SyncTable &table, const QString &key);
    /// "person, domain, stage" of an attempt row, for recompute().
    static QString stageKey(const QSqlRecord &attempt);
    /// Recomputes the mastery of every stageKey() in @p stages on @p db.
    static Status recompute(const QSqlDatabase &db, const QSet<QString> &stages, const QDateTime &now);

private:
    /// What apply() gathers over a batch.
    struct Batch
    {
        Outcome outcome;
        QSet<QString> stages; ///< stageKey()s that attempts arrived for
        QList<SyncRename> renamed;
    };

    /// Writes one row; false when it waits for the end of the batch (@p lastChance: it cannot).
    Result<bool> write(const SyncChange &change, bool lastChance, Batch &batch);
    Result<bool> erased(const QString &personId);
    Status remove(const SyncChange &change, const QDateTime &now, Outcome &outcome);

    QSqlDatabase m_server;
    QHash<QString, QStringList> m_columns; ///< table -> its columns on the server
    QHash<QString, bool> m_erased; ///< person -> has a tombstone
};

} // namespace stages
