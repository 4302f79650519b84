#include "core/sync/syncoutbox.h"

#include "core/storage/sqlquery.h"

#include <QSet>

namespace stages {

namespace {

const QString kOwnerField = QStringLiteral("sync_owner");

} // namespace

Result<SyncOutbox::Batch> SyncOutbox::read(const QSqlDatabase &local, qint64 afterSeq, int limit)
{
    using R = Result<Batch>;
    struct Entry
    {
        qint64 seq;
        QString table;
        QString key;
    };
    QList<Entry> entries;
    {
        SqlQuery q(local,
                   QStringLiteral("SELECT seq, tbl, row_key FROM outbox WHERE seq > :after ORDER BY seq LIMIT :n"));
        q.bind(QStringLiteral(":after"), afterSeq).bind(QStringLiteral(":n"), limit);
        if (auto s = q.exec(); !s)
            return R::failure(s.error());
        while (q.next())
            entries.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString() });
    }
    Batch batch;
    if (entries.isEmpty())
        return batch;
    batch.lastSeq = entries.constLast().seq;
    batch.entries = int(entries.size());
    QSet<QString> done;
    for (const Entry &e : std::as_const(entries)) {
        const SyncTable *table = findSyncTable(e.table);
        const QString id = e.table + QLatin1Char('/') + e.key;
        if (!table || done.contains(id))
            continue;
        done.insert(id);
        const QString owner = table->owner.isEmpty() ? QStringLiteral("NULL") : table->owner.arg(table->name);
        SqlQuery row(local,
                     QStringLiteral("SELECT %1.*, %2 AS %3 FROM %1 WHERE %4")
                         .arg(table->name, owner, kOwnerField, table->keyCondition()));
        const QStringList key = SyncTable::splitKey(e.key);
        for (int i = 0; i < table->key.size(); ++i)
            row.bind(QStringLiteral(":k%1").arg(i), key.value(i));
        if (auto s = row.exec(); !s)
            return R::failure(s.error());
        SyncChange change;
        change.table = table;
        change.key = e.key;
        if (row.next()) {
            change.row = row.raw().record();
            change.owner = change.row.value(kOwnerField).toString();
            change.row.remove(change.row.indexOf(kOwnerField));
        } else if (table->deletable()) {
            change.deleted = true; // deleted here since it was queued
        } else {
            continue; // went with its person, whose deletion is queued too
        }
        batch.changes.append(change);
    }
    return batch;
}

Status SyncOutbox::forget(const QSqlDatabase &local, qint64 lastSeq)
{
    SqlQuery drop(local, QStringLiteral("DELETE FROM outbox WHERE seq <= :last"));
    drop.bind(QStringLiteral(":last"), lastSeq);
    return drop.exec();
}

Result<qint64> SyncOutbox::top(const QSqlDatabase &local)
{
    SqlQuery last(local, QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM outbox"));
    auto value = last.scalar();
    if (!value)
        return Result<qint64>::failure(value.error());
    return value->toLongLong();
}

Status SyncOutbox::unqueueAfter(const QSqlDatabase &local, qint64 seq)
{
    SqlQuery unqueue(local, QStringLiteral("DELETE FROM outbox WHERE seq > :before"));
    unqueue.bind(QStringLiteral(":before"), seq);
    return unqueue.exec();
}

} // namespace stages
