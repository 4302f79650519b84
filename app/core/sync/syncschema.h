#pragma once

#include "core/result.h"
#include "core/storage/migrations.h"

namespace stages {

class Database;

/// The parts of the schema that let PCs share a school server (migration 6).
///
/// On the server every shared table gets a `sync_seq` column, stamped from one sequence by a
/// trigger that also holds a transaction lock, so writers commit in the order of their numbers:
/// a PC that has seen number N has seen everything before it, and pulls only what is newer.
/// On a PC's local SQLite cache, triggers queue every new or changed shared row in the `outbox`
/// table in the same transaction as the change (so a crash never loses one) — but only once the
/// cache is attached to a server (the `server` key of `sync_state`): a standalone database keeps
/// no queue. People get an `updated_at`, stamped on every change, for last-writer-wins.
Migration syncMigration();

/// Migration 7: deletions reach the server and the other PCs, and the training tables are shared.
///
/// On a PC, triggers queue the deletion of a shared row (not of attempts and work, which go with
/// their pupil). On the server, `sync_tombstone` keeps what was deleted, numbered like the other
/// tables so the PCs pull it. The training tables get the outbox triggers and pull numbers of
/// migration 6, and an attached cache queues the training rows it already has.
Migration syncDeletionsMigration();

namespace SyncSchema {

/// Whether @p local is the cache of a server (and of which), or empty.
Result<QString> attachedServer(Database &local);
/// Makes @p local the cache of @p serverUrl: from now on its changes are queued. The first time,
/// every shared row already in it is queued too, so nothing written before is left behind.
Status attach(Database &local, const QString &serverUrl);

} // namespace SyncSchema

} // namespace stages
