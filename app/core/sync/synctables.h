#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace stages {

/// One table a PC's local cache shares with the school server, and how a row that exists on both
/// sides is settled (the conflict rules of the README).
struct SyncTable
{
    enum class Merge {
        AppendOnly,      ///< rows are never changed after they are written (attempts): the first copy stays
        LastWriterWins,  ///< the copy with the later updated_at (or created_at) wins (people's profiles)
        Replace,         ///< the copy that arrives later replaces the other (classes, assignments ...)
    };
    QString name;
    QStringList key; ///< primary key columns
    Merge merge = Merge::Replace;
    /// Last-writer-wins: the SQL expression of a row's time, %1 standing for the table's name
    /// (ISO-8601 text compares as time).
    QString stamp = {};
    /// The person a row belongs to, as an SQL expression on the row in the PC's cache (%1: the
    /// table's name); empty when it belongs to nobody. A row of an erased person is never sent.
    QString owner = {};
    /// The migration that began to share it (6: the first tables, 7: training).
    int since = 6;

    /// Whether a deletion of a row here is queued and sent. Append-only rows are never deleted
    /// on their own: they go with their person (ON DELETE CASCADE on both sides).
    bool deletable() const { return merge != Merge::AppendOnly; }

    /// "a = :k0 AND b = :k1": the row with the given key.
    QString keyCondition() const;
    /// The key of a row as the outbox stores it (parts joined by the unit separator).
    static QString joinKey(const QStringList &parts);
    static QStringList splitKey(const QString &key);
};

/// The shared tables in the order their rows can be written (a row's references come first).
/// Mastery is not among them: it is recomputed from the attempts on each side.
const QList<SyncTable> &syncTables();
/// The tables that migration @p version began to share (its triggers and columns are frozen).
QList<SyncTable> syncTablesSince(int version);
const SyncTable *findSyncTable(const QString &name);

} // namespace stages
