#include "core/sync/syncagent.h"

#include "core/clock.h"
#include "core/storage/database.h"
#include "core/storage/ids.h"
#include "core/storage/sqlquery.h"
#include "core/sync/syncapply.h"
#include "core/sync/syncclash.h"
#include "core/sync/syncoutbox.h"
#include "core/sync/syncschema.h"
#include "core/sync/synctables.h"
#include "core/sync/syncupsert.h"

#include <QJsonArray>
#include <QSqlRecord>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>

#include <algorithm>

namespace stages {

namespace {

constexpr int kPullPage = 1000;
constexpr int kRenamesKept = 20;
const QString kRenamedState = QStringLiteral("renamed");

} // namespace

SyncAgent::SyncAgent(Database &local, QString serverUrl, const Clock &clock)
    : m_local(local)
    , m_serverUrl(std::move(serverUrl))
    , m_clock(clock)
{
}

SyncAgent::~SyncAgent() = default;

Result<Database *> SyncAgent::server()
{
    using R = Result<Database *>;
    if (m_server && !m_serverBroken && m_server->sql().isOpen())
        return m_server.get();
    m_server.reset(); // here, when no statement of the last round holds the connection any more
    m_serverBroken = false;
    Database::Options options;
    options.create = false;
    options.migrate = true; // refuses a server whose schema is not this build's
    auto opened = Database::open(m_serverUrl, options);
    if (!opened)
        return R::failure(opened.error());
    m_server = std::move(opened.value());
    return m_server.get();
}

void SyncAgent::dropServer()
{
    m_serverBroken = true; // reconnect next time
}

QStringList SyncAgent::columns(const QSqlRecord &record) const
{
    QStringList names;
    for (int i = 0; i < record.count(); ++i)
        names.append(record.fieldName(i));
    return names;
}

QString SyncAgent::state(const QString &key) const
{
    SqlQuery q(m_local.sql(), QStringLiteral("SELECT value FROM sync_state WHERE key = :k"));
    q.bind(QStringLiteral(":k"), key);
    const auto value = q.scalar();
    return value ? value->toString() : QString();
}

Status SyncAgent::noteSuccess(const QString &key, bool movedRows)
{
    // A quiet round writes nothing to the cache (the pupil's writes never wait for it), except
    // to refresh the time once a minute.
    const QDateTime now = m_clock.now();
    QDateTime &written = m_written[key];
    if (!movedRows && written.isValid() && written.secsTo(now) < 60)
        return {};
    written = now;
    return setState(key, toDbTime(now));
}

Status SyncAgent::setState(const QString &key, const QString &value)
{
    SqlQuery q(m_local.sql(), QStringLiteral("INSERT INTO sync_state (key, value) VALUES (:k, :v)"
                                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.bind(QStringLiteral(":k"), key).bind(QStringLiteral(":v"), value);
    return q.exec();
}

Result<int> SyncAgent::push()
{
    int total = 0;
    for (;;) {
        auto pushed = pushBatch();
        if (!pushed)
            return pushed;
        total += *pushed;
        if (*pushed == 0)
            break;
    }
    if (auto s = noteSuccess(QStringLiteral("last_push"), total > 0); !s)
        return Result<int>::failure(s.error());
    return total;
}

Result<int> SyncAgent::pushBatch()
{
    using R = Result<int>;
    auto batch = SyncOutbox::read(m_local.sql(), 0, kBatch);
    if (!batch)
        return R::failure(batch.error());
    if (batch->lastSeq == 0)
        return 0;

    auto remote = server();
    if (!remote)
        return R::failure(remote.error());
    const QSqlDatabase serverSql = (*remote)->sql();
    QList<SyncRename> renamed;
    {
        Transaction tx(serverSql);
        if (auto s = tx.status(); !s) {
            dropServer();
            return R::failure(s.error());
        }
        SyncApply apply(serverSql);
        auto applied = apply.apply(batch->changes, m_clock.now());
        if (!applied) {
            dropServer();
            return R::failure(applied.error());
        }
        if (auto s = tx.commit(); !s) {
            dropServer();
            return R::failure(s.error());
        }
        renamed = applied->renamed;
    }
    // The server has them: they leave the queue (a crash before this only sends them again,
    // which changes nothing).
    if (auto s = SyncOutbox::forget(m_local.sql(), batch->lastSeq); !s)
        return R::failure(s.error());
    if (!renamed.isEmpty()) {
        if (auto s = learnRenames(renamed); !s)
            return R::failure(s.error());
    }
    return batch->entries;
}

Status SyncAgent::learnRenames(const QList<SyncRename> &fromServer)
{
    // The server kept these rows of this PC under another value: the copy here follows at once
    // (unless it changed since; the pull settles that), without queuing it back.
    Transaction tx(m_local.sql());
    if (auto s = tx.status(); !s)
        return s;
    const auto queued = SyncOutbox::top(m_local.sql());
    if (!queued)
        return Status::from(queued);
    for (const SyncRename &rename : fromServer) {
        if (auto applied = SyncClash::applyLocal(m_local.sql(), rename); !applied)
            return Status::from(applied);
        if (auto s = SyncClash::audit(m_local.sql(), rename); !s)
            return s;
    }
    if (auto s = SyncOutbox::unqueueAfter(m_local.sql(), *queued); !s)
        return s;
    if (auto s = noteRenames(fromServer); !s)
        return s;
    return tx.commit();
}

Status SyncAgent::noteYielded()
{
    if (m_yielded.isEmpty())
        return {};
    // A row here that gave way to a pulled one was renamed for good when it still waits to be
    // sent (it goes under the new name), or when the server's copy has the same new name (the
    // server settled it, from a bundle or an answer this PC never got). Otherwise it only made
    // room for a moment: its own copy from the server came in the same pull (two classes that
    // swapped names on another PC), and nobody needs to hear about it.
    QList<SyncRename> renamed;
    for (SyncRename rename : std::as_const(m_yielded)) {
        SqlQuery now(m_local.sql(), QStringLiteral("SELECT %1 FROM %2 WHERE id = :id").arg(rename.column, rename.table));
        now.bind(QStringLiteral(":id"), rename.id);
        auto value = now.scalar();
        if (!value)
            return Status::from(value);
        SqlQuery queued(m_local.sql(), QStringLiteral("SELECT COUNT(*) FROM outbox WHERE tbl = :t AND row_key = :id"));
        queued.bind(QStringLiteral(":t"), rename.table).bind(QStringLiteral(":id"), rename.id);
        auto waiting = queued.scalar();
        if (!waiting)
            return Status::from(waiting);
        if (value->toString() != rename.to && waiting->toInt() == 0)
            continue;
        rename.to = value->toString();
        rename.at = m_clock.now();
        renamed.append(rename);
    }
    m_yielded.clear();
    if (renamed.isEmpty())
        return {};
    Transaction tx(m_local.sql());
    if (auto s = tx.status(); !s)
        return s;
    for (const SyncRename &rename : std::as_const(renamed)) {
        if (auto s = SyncClash::audit(m_local.sql(), rename); !s)
            return s;
    }
    if (auto s = noteRenames(renamed); !s)
        return s;
    return tx.commit();
}

Status SyncAgent::noteRenames(const QList<SyncRename> &renames)
{
    if (renames.isEmpty())
        return {};
    QJsonArray kept = QJsonDocument::fromJson(state(kRenamedState).toUtf8()).array();
    for (const SyncRename &rename : renames)
        kept.prepend(rename.toJson());
    while (kept.size() > kRenamesKept)
        kept.removeLast();
    return setState(kRenamedState, QString::fromUtf8(QJsonDocument(kept).toJson(QJsonDocument::Compact)));
}

Result<int> SyncAgent::pull()
{
    using R = Result<int>;
    m_yielded.clear();
    auto remote = server();
    if (!remote)
        return R::failure(remote.error());
    QSqlDatabase serverSql = (*remote)->sql();
    // One snapshot of the server for the whole pull: a row's references are always there too.
    Transaction snapshot(serverSql);
    if (auto s = snapshot.status(); !s) {
        dropServer();
        return R::failure(s.error());
    }
    {
        QSqlQuery iso(serverSql);
        if (!iso.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"))) {
            dropServer();
            return R::failure(tr("The school server did not answer: %1").arg(iso.lastError().text()));
        }
    }
    int rows = 0;
    for (const SyncTable &table : syncTables()) {
        for (;;) {
            int page = 0;
            auto applied = pullTable(table.name, page);
            if (!applied)
                return applied;
            rows += page;
            if (page < kPullPage)
                break;
        }
    }
    // Deletions last: a row written again after its deletion has lost its tombstone already.
    for (;;) {
        auto page = pullTombstones();
        if (!page)
            return page;
        rows += *page;
        if (*page < kPullPage)
            break;
    }
    if (auto s = snapshot.commit(); !s) {
        dropServer();
        return R::failure(s.error());
    }
    if (auto s = noteYielded(); !s)
        return R::failure(s.error());
    if (auto s = noteSuccess(QStringLiteral("last_pull"), rows > 0); !s)
        return R::failure(s.error());
    return rows;
}

Result<int> SyncAgent::pullTable(const QString &name, int &rowsIn)
{
    using R = Result<int>;
    SqlQuery fetch(m_server->sql(), QStringLiteral("SELECT * FROM %1 WHERE sync_seq > :c ORDER BY sync_seq LIMIT %2")
                                        .arg(name).arg(kPullPage));
    fetch.bind(QStringLiteral(":c"), state(QStringLiteral("pull:") + name).toLongLong());
    if (auto s = fetch.exec(); !s) {
        dropServer();
        return R::failure(s.error());
    }
    QList<QSqlRecord> page;
    while (fetch.next())
        page.append(fetch.raw().record());
    if (page.isEmpty())
        return 0; // nothing new: the cache is not touched
    Transaction tx(m_local.sql());
    if (auto s = tx.status(); !s)
        return R::failure(s.error());
    auto taken = takeRows(*findSyncTable(name), page);
    if (!taken)
        return taken;
    if (auto s = tx.commit(); !s)
        return R::failure(s.error());
    rowsIn += int(page.size());
    return rowsIn;
}

Result<int> SyncAgent::takeRows(const SyncTable &table, const QList<QSqlRecord> &records)
{
    using R = Result<int>;
    const QString cursorKey = QStringLiteral("pull:") + table.name;
    const qint64 cursor = state(cursorKey).toLongLong();
    if (!m_localColumns.contains(table.name))
        m_localColumns.insert(table.name, columns(m_local.sql().record(table.name)));
    const QStringList localColumns = m_localColumns.value(table.name);
    const auto queued = SyncOutbox::top(m_local.sql());
    if (!queued)
        return R::failure(queued.error());
    qint64 last = cursor;
    int taken = 0;
    QSet<QString> arrived;
    for (const QSqlRecord &record : records) {
        const qint64 seq = record.value(QStringLiteral("sync_seq")).toLongLong();
        if (seq <= cursor)
            continue; // here already (a bundle older than the last pull, or imported twice)
        // The server's row wins: a row here that holds its class name, login or person gives way.
        auto clash = SyncClash::yieldLocal(m_local.sql(), table, record);
        if (!clash)
            return R::failure(clash.error());
        if (clash->has_value())
            m_yielded.append(**clash);
        if (auto s = SyncUpsert::write(m_local.sql(), table, record, localColumns); !s)
            return R::failure(s.error());
        last = std::max(last, seq);
        if (table.name == QLatin1String("attempt"))
            arrived.insert(SyncApply::stageKey(record));
        ++taken;
    }
    if (auto s = SyncApply::recompute(m_local.sql(), arrived, m_clock.now()); !s)
        return R::failure(s.error());
    // What came from the server does not go back to it.
    if (auto s = SyncOutbox::unqueueAfter(m_local.sql(), *queued); !s)
        return R::failure(s.error());
    if (last != cursor) {
        if (auto s = setState(cursorKey, QString::number(last)); !s)
            return R::failure(s.error());
    }
    return taken;
}

Result<int> SyncAgent::pullTombstones()
{
    using R = Result<int>;
    SqlQuery fetch(m_server->sql(), QStringLiteral("SELECT tbl, row_key, sync_seq FROM sync_tombstone"
                                                   " WHERE sync_seq > :c ORDER BY sync_seq LIMIT %1")
                                        .arg(kPullPage));
    fetch.bind(QStringLiteral(":c"), state(QStringLiteral("pull:sync_tombstone")).toLongLong());
    if (auto s = fetch.exec(); !s) {
        dropServer();
        return R::failure(s.error());
    }
    QList<SyncBundle::ServerRows::Tombstone> page;
    while (fetch.next())
        page.append({ fetch.value(0).toString(), fetch.value(1).toString(), fetch.value(2).toLongLong() });
    if (page.isEmpty())
        return 0;
    Transaction tx(m_local.sql());
    if (auto s = tx.status(); !s)
        return R::failure(s.error());
    if (auto taken = takeTombstones(page); !taken)
        return taken;
    if (auto s = tx.commit(); !s)
        return R::failure(s.error());
    return int(page.size());
}

Result<int> SyncAgent::takeTombstones(const QList<SyncBundle::ServerRows::Tombstone> &tombstones)
{
    using R = Result<int>;
    const QString cursorKey = QStringLiteral("pull:sync_tombstone");
    const qint64 cursor = state(cursorKey).toLongLong();
    const auto queued = SyncOutbox::top(m_local.sql());
    if (!queued)
        return R::failure(queued.error());
    int count = 0;
    qint64 last = cursor;
    for (const SyncBundle::ServerRows::Tombstone &tombstone : tombstones) {
        if (tombstone.seq <= cursor)
            continue;
        if (const SyncTable *table = findSyncTable(tombstone.table)) {
            if (auto gone = SyncApply::deleteRow(m_local.sql(), *table, tombstone.key); !gone)
                return R::failure(gone.error());
        }
        last = std::max(last, tombstone.seq);
        ++count;
    }
    // The deletions came from the server: they do not go back to it.
    if (auto s = SyncOutbox::unqueueAfter(m_local.sql(), *queued); !s)
        return R::failure(s.error());
    if (last != cursor) {
        if (auto s = setState(cursorKey, QString::number(last)); !s)
            return R::failure(s.error());
    }
    return count;
}

Result<int> SyncAgent::importServerBundle(const QByteArray &bytes)
{
    using R = Result<int>;
    auto bundle = SyncBundle::readServer(bytes);
    if (!bundle)
        return R::failure(bundle.error());
    {
        // The cache must be of this school (or know no school yet).
        SqlQuery schools(m_local.sql(), QStringLiteral("SELECT id FROM school"));
        if (auto s = schools.exec(); !s)
            return R::failure(s.error());
        while (schools.next()) {
            if (!bundle->schools.contains(schools.value(0).toString()))
                return R::failure(tr("This bundle comes from another school's server: this PC's cache belongs to "
                                     "a school the bundle does not know. Nothing was imported."));
        }
    }
    m_yielded.clear();
    int rows = 0;
    {
        // All of it or nothing, as the rows of one snapshot of the server.
        Transaction tx(m_local.sql());
        if (auto s = tx.status(); !s)
            return R::failure(s.error());
        for (const SyncTable &table : syncTables()) {
            auto taken = takeRows(table, bundle->rows.value(table.name));
            if (!taken)
                return R::failure(tr("The bundle could not be imported, and nothing of it was: %1").arg(taken.error()));
            rows += *taken;
        }
        auto gone = takeTombstones(bundle->tombstones);
        if (!gone)
            return R::failure(tr("The bundle could not be imported, and nothing of it was: %1").arg(gone.error()));
        rows += *gone;
        if (auto s = tx.commit(); !s)
            return R::failure(tr("The bundle could not be imported, and nothing of it was: %1").arg(s.error()));
    }
    if (auto s = noteYielded(); !s)
        return R::failure(s.error());
    if (auto s = noteSuccess(QStringLiteral("last_pull"), rows > 0); !s)
        return R::failure(s.error());
    return rows;
}

Result<SyncStatus> SyncAgent::status(bool probe)
{
    using R = Result<SyncStatus>;
    SyncStatus st;
    st.server = m_serverUrl;
    SqlQuery count(m_local.sql(), QStringLiteral("SELECT COUNT(*) FROM outbox"));
    auto pending = count.scalar();
    if (!pending)
        return R::failure(pending.error());
    st.pending = pending->toInt();
    if (const QString at = state(QStringLiteral("last_push")); !at.isEmpty())
        st.lastPush = fromDbTime(at);
    if (const QString at = state(QStringLiteral("last_pull")); !at.isEmpty())
        st.lastPull = fromDbTime(at);
    const QDateTime since = m_clock.now().addDays(-SyncStatus::kRenamedDays);
    for (const QJsonValue &entry : QJsonDocument::fromJson(state(kRenamedState).toUtf8()).array()) {
        const SyncRename rename = SyncRename::fromJson(entry.toObject());
        if (rename.at >= since)
            st.renamed.append(rename);
    }
    if (probe) {
        auto remote = server();
        st.reachable = bool(remote);
        if (remote) {
            QSqlQuery ping((*remote)->sql());
            st.reachable = ping.exec(QStringLiteral("SELECT 1"));
            if (!st.reachable) {
                st.problem = ping.lastError().text();
                dropServer();
            }
        } else {
            st.problem = remote.error();
        }
    }
    return st;
}

} // namespace stages
