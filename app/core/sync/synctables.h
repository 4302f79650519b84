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

    /// "a = :k0 AND b = :k1": the row with the given key.
    QString keyCondition() const;
    /// The key of a row as the outbox stores it (parts joined by the unit separator).
    static QString joinKey(const QStringList &parts);
    static QStringList splitKey(const QString &key);
};

/// The shared tables in the order their rows can be written (a row's references come first).
/// Mastery is not among them: it is recomputed from the attempts on each side.
const QList<SyncTable> &syncTables();
const SyncTable *findSyncTable(const QString &name);

} // namespace stages
