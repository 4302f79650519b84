#include "core/sync/syncschema.h"

#include "core/storage/database.h"
#include "core/storage/sqlquery.h"
#include "core/sync/synctables.h"

namespace stages {

namespace {

/// The key of NEW or OLD as the outbox stores it (SyncTable::joinKey in SQL).
QString rowKeyOf(const SyncTable &table, const char *row)
{
    QStringList parts;
    for (const QString &column : table.key)
        parts.append(QLatin1String(row) + column);
    return parts.join(QStringLiteral(" || char(31) || "));
}

QString rowKey(const SyncTable &table)
{
    QStringList parts = table.key;
    return parts.join(QStringLiteral(" || char(31) || "));
}

QStringList outboxTriggers(const SyncTable &table, const QList<const char *> &events)
{
    QStringList statements;
    for (const char *event : events) {
        const QString name = QString::fromLatin1(event);
        const bool deleted = name == QLatin1String("DELETE");
        statements.append(QStringLiteral("CREATE TRIGGER outbox_%1_%2 AFTER %3 ON %1 FOR EACH ROW"
                                         " WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'server') BEGIN"
                                         " INSERT INTO outbox (tbl, row_key) VALUES ('%1', %4); END")
                              .arg(table.name, name.toLower(), name, rowKeyOf(table, deleted ? "OLD." : "NEW.")));
    }
    return statements;
}

/// On the server: the column, index and trigger that number a table's rows for pulling.
QStringList pullNumbers(const QString &table)
{
    return {
        QStringLiteral("ALTER TABLE %1 ADD COLUMN sync_seq BIGINT").arg(table),
        QStringLiteral("UPDATE %1 SET sync_seq = nextval('sync_seq_gen')").arg(table),
        QStringLiteral("CREATE INDEX %1_sync ON %1 (sync_seq)").arg(table),
        QStringLiteral("CREATE TRIGGER %1_sync BEFORE INSERT OR UPDATE ON %1 FOR EACH ROW"
                       " EXECUTE FUNCTION stages_sync_stamp()").arg(table),
    };
}

} // namespace

Migration syncMigration()
{
    Migration m { 6, "school server: people's last change, the local outbox and pull numbers on the server", {}, {}, {} };
    m.statements = {
        QStringLiteral("ALTER TABLE person ADD COLUMN updated_at TEXT"),
        QStringLiteral("CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
    };
    m.sqliteOnly = {
        QStringLiteral("CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, tbl TEXT NOT NULL,"
                       " row_key TEXT NOT NULL)"),
        // A change that does not set updated_at itself (every service's edit) is stamped now; a
        // row copied from the server keeps the server's stamp.
        QStringLiteral("CREATE TRIGGER person_touch AFTER UPDATE ON person FOR EACH ROW"
                       " WHEN NEW.updated_at IS OLD.updated_at BEGIN"
                       " UPDATE person SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;"
                       " END"),
    };
    for (const SyncTable &t : syncTablesSince(6))
        m.sqliteOnly += outboxTriggers(t, { "INSERT", "UPDATE" });
    m.postgresOnly = {
        QStringLiteral("CREATE SEQUENCE sync_seq_gen"),
        // SECURITY DEFINER: the PCs' role needs no rights on the sequence.
        QStringLiteral("CREATE FUNCTION stages_sync_stamp() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$"
                       " BEGIN"
                       "   PERFORM pg_advisory_xact_lock(7262437);"
                       "   NEW.sync_seq := nextval('sync_seq_gen');"
                       "   RETURN NEW;"
                       " END $$"),
        QStringLiteral("CREATE FUNCTION stages_person_touch() RETURNS trigger LANGUAGE plpgsql AS $$"
                       " BEGIN"
                       "   IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN"
                       "     NEW.updated_at := to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"');"
                       "   END IF;"
                       "   RETURN NEW;"
                       " END $$"),
        QStringLiteral("CREATE TRIGGER person_touch BEFORE UPDATE ON person FOR EACH ROW EXECUTE FUNCTION stages_person_touch()"),
    };
    for (const SyncTable &t : syncTablesSince(6))
        m.postgresOnly += pullNumbers(t.name);
    return m;
}

Migration syncDeletionsMigration()
{
    Migration m { 7, "school server: deletions (tombstones) and the training tables are shared", {}, {}, {} };
    // On a PC: a deletion is queued like a change (push finds the row gone and sends the
    // deletion). Append-only rows go with their person and queue nothing of their own.
    for (const SyncTable &t : syncTablesSince(6)) {
        if (t.deletable())
            m.sqliteOnly += outboxTriggers(t, { "DELETE" });
    }
    for (const SyncTable &t : syncTablesSince(7)) {
        m.sqliteOnly += outboxTriggers(t, t.deletable() ? QList<const char *> { "INSERT", "UPDATE", "DELETE" }
                                                         : QList<const char *> { "INSERT", "UPDATE" });
        // A cache already attached had never sent them: it does now.
        m.sqliteOnly.append(QStringLiteral("INSERT INTO outbox (tbl, row_key) SELECT '%1', %2 FROM %1"
                                           " WHERE EXISTS (SELECT 1 FROM sync_state WHERE key = 'server')")
                                .arg(t.name, rowKey(t)));
    }
    // On the server: what was deleted, pulled by the PCs like any other row. A person's
    // tombstone stays for good (nothing of an erased pupil comes back); any other is removed
    // when a row with its key is written again (a pupil moved back into a class).
    m.postgresOnly = {
        QStringLiteral("CREATE TABLE sync_tombstone (tbl TEXT NOT NULL, row_key TEXT NOT NULL, deleted_at TEXT NOT NULL,"
                       " PRIMARY KEY (tbl, row_key))"),
    };
    m.postgresOnly += pullNumbers(QStringLiteral("sync_tombstone"));
    for (const SyncTable &t : syncTablesSince(7))
        m.postgresOnly += pullNumbers(t.name);
    return m;
}

namespace SyncSchema {

Result<QString> attachedServer(Database &local)
{
    SqlQuery q(local.sql(), QStringLiteral("SELECT value FROM sync_state WHERE key = 'server'"));
    auto value = q.scalar();
    if (!value)
        return Result<QString>::failure(value.error());
    return value->toString();
}

Status attach(Database &local, const QString &serverUrl)
{
    Transaction tx(local.sql());
    if (auto s = tx.status(); !s)
        return s;
    auto current = attachedServer(local);
    if (!current)
        return Status::from(current);
    SqlQuery set(local.sql(), QStringLiteral("INSERT INTO sync_state (key, value) VALUES ('server', :url)"
                                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    set.bind(QStringLiteral(":url"), serverUrl);
    if (auto s = set.exec(); !s)
        return s;
    if (current->isEmpty()) {
        // Everything already here goes to the server too, references first.
        for (const SyncTable &t : syncTables()) {
            SqlQuery queue(local.sql(), QStringLiteral("INSERT INTO outbox (tbl, row_key) SELECT '%1', %2 FROM %1")
                                            .arg(t.name, rowKey(t)));
            if (auto s = queue.exec(); !s)
                return s;
        }
    }
    return tx.commit();
}

} // namespace SyncSchema

} // namespace stages
