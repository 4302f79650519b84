#pragma once

#include "core/result.h"
#include "core/sync/syncbundle.h"
#include "core/sync/syncrename.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QMetaType>
#include <QSqlRecord>
#include <QString>

#include <memory>

namespace stages {

class Clock;
class Database;

/// Where a PC stands with the school server.
struct SyncStatus
{
    int pending = 0;           ///< changes waiting in the outbox
    bool reachable = false;    ///< the server answered (when asked)
    QString server;            ///< the server this cache belongs to
    QDateTime lastPush;        ///< last time the outbox was drained (invalid: never)
    QDateTime lastPull;        ///< last time the server's news arrived (invalid: never)
    QString problem;           ///< why the server could not be reached, for the status tip
    /// Rows of this PC kept under another name after a clash with another PC's (SyncClash), of
    /// the last kRenamedDays days, newest first.
    QList<SyncRename> renamed;

    static constexpr int kRenamedDays = 14;
};

/// Moves changes between a PC's local cache (SQLite) and the school server (PostgreSQL).
///
/// push() sends the outbox to the server in order, a batch per transaction: attempts and
/// artifacts are inserted only when their id is new, so a retry after a lost answer never counts
/// one twice; people's profiles keep the later edit; the server recomputes the mastery of every
/// stage an attempt arrived for; deletions leave tombstones (SyncApply). The batch leaves the
/// outbox only after the server committed it.
/// pull() copies what is new on the server (by its sync number) into the cache, inside one
/// consistent snapshot of the server, and recomputes the cache's mastery the same way; rows
/// copied in are not queued back. The server's tombstones delete the rows here last.
/// A clash on a unique key (a class name, a login, an educator's person) is settled by
/// SyncClash: on the server the pushed row gives way, and the PC renames its copy at once; in the
/// cache a pulled row wins over a local one. Either way the PC's audit log and status say so.
///
/// Both work on their own connections: run them off the GUI thread (SyncWorker does).
class SyncAgent
{
    Q_DECLARE_TR_FUNCTIONS(stages::SyncAgent)

public:
    static constexpr int kBatch = 500;

    SyncAgent(Database &local, QString serverUrl, const Clock &clock);
    ~SyncAgent();
    SyncAgent(const SyncAgent &) = delete;
    SyncAgent &operator=(const SyncAgent &) = delete;

    /// Drains the whole outbox; returns how many queued changes reached the server.
    Result<int> push();
    /// Brings the server's news into the cache; returns how many rows arrived.
    Result<int> pull();
    /// Takes a server bundle (SyncBundle::exportServer) into the cache as pull() takes the
    /// server's news, in one transaction: only rows above the cursors, which then advance.
    /// Returns how many rows arrived; a wrong, damaged or newer bundle changes nothing.
    Result<int> importServerBundle(const QByteArray &bytes);
    /// Pending count and times from the cache; @p probe also tries the server.
    Result<SyncStatus> status(bool probe);

private:
    Result<Database *> server();
    void dropServer();
    Result<int> pushBatch();
    Result<int> pullTable(const QString &table, int &rowsIn);
    Result<int> pullTombstones();
    /// Writes rows of @p table from the server (pull or bundle) into the cache, in the caller's
    /// transaction: clashes, upsert, mastery, not queued back, the cursor. Returns rows taken.
    Result<int> takeRows(const SyncTable &table, const QList<QSqlRecord> &records);
    /// The server's deletions, likewise.
    Result<int> takeTombstones(const QList<SyncBundle::ServerRows::Tombstone> &tombstones);
    QStringList columns(const QSqlRecord &record) const;
    QString state(const QString &key) const;
    Status setState(const QString &key, const QString &value);
    Status noteSuccess(const QString &key, bool movedRows);
    Status learnRenames(const QList<SyncRename> &fromServer);
    Status noteRenames(const QList<SyncRename> &renames);
    Status noteYielded();

    Database &m_local;
    QString m_serverUrl;
    const Clock &m_clock;
    std::unique_ptr<Database> m_server;
    bool m_serverBroken = false;
    QHash<QString, QStringList> m_localColumns;
    QHash<QString, QDateTime> m_written; ///< when last_push / last_pull were last written
    QList<SyncRename> m_yielded; ///< rows here that gave way to pulled ones in this pull
};

} // namespace stages

Q_DECLARE_METATYPE(stages::SyncStatus)
