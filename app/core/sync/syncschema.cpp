#include "core/sync/syncschema.h"

#include "core/storage/database.h"
#include "core/storage/sqlquery.h"
#include "core/sync/synctables.h"

namespace stages {

namespace {

/// The key of NEW as the outbox stores it (SyncTable::joinKey in SQL).
QString newKey(const SyncTable &table)
{
    QStringList parts;
    for (const QString &column : table.key)
        parts.append(QStringLiteral("NEW.") + column);
    return parts.join(QStringLiteral(" || char(31) || "));
}

QString rowKey(const SyncTable &table)
{
    QStringList parts = table.key;
    return parts.join(QStringLiteral(" || char(31) || "));
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
    for (const SyncTable &t : syncTables()) {
        for (const char *event : { "INSERT", "UPDATE" }) {
            m.sqliteOnly.append(
                QStringLiteral("CREATE TRIGGER outbox_%1_%2 AFTER %3 ON %1 FOR EACH ROW"
                               " WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'server') BEGIN"
                               " INSERT INTO outbox (tbl, row_key) VALUES ('%1', %4); END")
                    .arg(t.name, QString::fromLatin1(event).toLower(), QString::fromLatin1(event), newKey(t)));
        }
    }
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
    for (const SyncTable &t : syncTables()) {
        m.postgresOnly += {
            QStringLiteral("ALTER TABLE %1 ADD COLUMN sync_seq BIGINT").arg(t.name),
            QStringLiteral("UPDATE %1 SET sync_seq = nextval('sync_seq_gen')").arg(t.name),
            QStringLiteral("CREATE INDEX %1_sync ON %1 (sync_seq)").arg(t.name),
            QStringLiteral("CREATE TRIGGER %1_sync BEFORE INSERT OR UPDATE ON %1 FOR EACH ROW"
                           " EXECUTE FUNCTION stages_sync_stamp()").arg(t.name),
        };
    }
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
