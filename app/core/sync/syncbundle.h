#pragma once

#include "core/result.h"
#include "core/sync/syncapply.h"
#include "core/sync/syncchange.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlRecord>
#include <QStringList>

namespace stages {

class Database;

/// A PC's waiting changes in one file, carried by USB to a school server the PC cannot reach
/// (`stagesctl sync export` / `sync import`).
///
/// The file is JSON: format name, format version, schema version, when and from which cache it
/// was made, the changes in queue order (each row with all its columns, or its deletion) and a
/// SHA-256 of the changes. A file that is not such a bundle, is damaged (the checksum does not
/// match) or comes from a newer Stages is refused before anything is written. Import applies the
/// changes through SyncApply, exactly as a push does, in one server transaction: all or nothing,
/// and importing the same bundle again changes nothing (rows are settled by their UUIDs).
///
/// Export leaves the queue as it is unless asked to forget what it wrote: a later push of the
/// same changes is idempotent too.
///
/// The other direction is a server bundle (kind "server"): the school server's shared rows and
/// tombstones with their sync numbers (`stagesctl --db URL sync export`), which a PC without
/// network takes in as a pull would (SyncAgent::importServerBundle). Each side refuses the other's
/// kind.
class SyncBundle
{
    Q_DECLARE_TR_FUNCTIONS(stages::SyncBundle)

public:
    static constexpr int kFormatVersion = 1;

    struct Exported
    {
        QByteArray bytes;
        int changes = 0;
        qint64 lastSeq = 0; ///< the last queue entry in it (for SyncOutbox::forget)
    };

    /// What a server bundle carries: per table its rows in sync_seq order, and the tombstones.
    struct ServerRows
    {
        struct Tombstone
        {
            QString table;
            QString key;
            qint64 seq = 0;
        };
        QStringList schools; ///< every school of the server (a cache of another school is refused)
        QHash<QString, QList<QSqlRecord>> rows;
        QList<Tombstone> tombstones;
        int count() const;
    };

    /// Every change waiting in the queue of the PC cache @p local.
    static Result<Exported> exportQueue(Database &local, const QDateTime &now);
    /// The changes of a bundle, checked (format, version, checksum, tables and keys).
    static Result<QList<SyncChange>> read(const QByteArray &bytes);
    /// The shared rows and tombstones of the school server @p server with a sync number above
    /// @p since, read in one snapshot (a server bundle).
    static Result<Exported> exportServer(Database &server, qint64 since, const QDateTime &now);
    /// The rows of a server bundle, checked like read().
    static Result<ServerRows> readServer(const QByteArray &bytes);
    /// Reads @p bytes and applies them to the server @p server in one transaction.
    static Result<SyncApply::Outcome> importInto(Database &server, const QByteArray &bytes, const QDateTime &now);

private:
    /// The document of a bundle of @p kind, its format, versions and checksum checked.
    static Result<QJsonObject> checked(const QByteArray &bytes, const QString &kind);
};

} // namespace stages
