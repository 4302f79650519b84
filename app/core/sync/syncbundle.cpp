#include "core/sync/syncbundle.h"

#include "core/storage/database.h"
#include "core/storage/ids.h"
#include "core/storage/migrations.h"
#include "core/storage/sqlquery.h"
#include "core/sync/syncoutbox.h"
#include "core/sync/syncschema.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <limits>

namespace stages {

namespace {

const QString kFormat = QStringLiteral("stages-sync-bundle");

QString checksum(const QJsonArray &changes)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(changes).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
            .toHex());
}

QJsonValue toJson(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return value.toLongLong();
    case QMetaType::Double:
    case QMetaType::Float:
        return value.toDouble();
    default:
        return value.toString();
    }
}

QVariant fromJson(const QJsonValue &value)
{
    if (value.isNull())
        return QVariant();
    if (value.isDouble()) {
        const double d = value.toDouble();
        // Whole numbers come back as integers (SQLite and PostgreSQL take them in REAL columns too).
        if (std::trunc(d) == d && std::abs(d) < 9007199254740992.0)
            return qint64(d);
        return d;
    }
    return value.toString();
}

} // namespace

Result<SyncBundle::Exported> SyncBundle::exportQueue(Database &local, const QDateTime &now)
{
    using R = Result<Exported>;
    auto server = SyncSchema::attachedServer(local);
    if (!server)
        return R::failure(server.error());
    if (server->isEmpty())
        return R::failure(
            tr("%1 is not the cache of a school server: it keeps no changes to send.").arg(local.location()));
    // One read transaction: the queue and the rows as they are at one moment.
    Transaction snapshot(local.sql());
    if (auto s = snapshot.status(); !s)
        return R::failure(s.error());
    auto batch = SyncOutbox::read(local.sql(), 0, std::numeric_limits<int>::max());
    if (!batch)
        return R::failure(batch.error());
    QJsonArray changes;
    for (const SyncChange &c : std::as_const(batch->changes)) {
        QJsonObject o { { QStringLiteral("table"), c.table->name }, { QStringLiteral("key"), c.key } };
        if (c.deleted) {
            o.insert(QStringLiteral("deleted"), true);
        } else {
            QJsonObject row;
            for (int i = 0; i < c.row.count(); ++i)
                row.insert(c.row.fieldName(i), toJson(c.row.value(i)));
            o.insert(QStringLiteral("row"), row);
            if (!c.owner.isEmpty())
                o.insert(QStringLiteral("owner"), c.owner);
        }
        changes.append(o);
    }
    if (auto s = snapshot.commit(); !s)
        return R::failure(s.error());
    const QJsonObject document { { QStringLiteral("format"), kFormat },
                                 { QStringLiteral("kind"), QStringLiteral("pc") },
                                 { QStringLiteral("version"), kFormatVersion },
                                 { QStringLiteral("schema"), latestSchemaVersion() },
                                 { QStringLiteral("createdAt"), toDbTime(now) },
                                 { QStringLiteral("server"), *server },
                                 { QStringLiteral("changes"), changes },
                                 { QStringLiteral("checksum"), checksum(changes) } };
    Exported out;
    out.bytes = QJsonDocument(document).toJson(QJsonDocument::Indented);
    out.changes = int(changes.size());
    out.lastSeq = batch->lastSeq;
    return out;
}

namespace {

const QString kPcKind = QStringLiteral("pc");
const QString kServerKind = QStringLiteral("server");

} // namespace

Result<QJsonObject> SyncBundle::checked(const QByteArray &bytes, const QString &kind)
{
    using R = Result<QJsonObject>;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (doc.isNull() || !doc.isObject())
        return R::failure(
            tr("This is not a Stages sync bundle, or it is damaged (%1 at byte %2). Nothing was imported.")
                .arg(error.errorString())
                .arg(error.offset));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != kFormat)
        return R::failure(tr("This is not a Stages sync bundle. Nothing was imported."));
    // Bundles of format 1 came only from PCs and had no kind.
    const QString has = o.value(QStringLiteral("kind")).toString(kPcKind);
    if (has != kind) {
        if (kind == kPcKind)
            return R::failure(tr("This bundle was exported by a school server: it goes into a PC's cache "
                                 "(\"stagesctl --local-cache PATH sync import FILE\"), not into a server. Nothing "
                                 "was imported."));
        return R::failure(tr("This bundle holds a PC's changes: it goes into the school server (\"stagesctl --db "
                             "URL sync import FILE\"), not into a PC's cache. Nothing was imported."));
    }
    const int version = o.value(QStringLiteral("version")).toInt(0);
    if (version > kFormatVersion)
        return R::failure(kind == kPcKind
                              ? tr("This bundle was made by a newer Stages (bundle format %1; this one reads up to "
                                   "%2). Update Stages on the server first. Nothing was imported.")
                                    .arg(version)
                                    .arg(kFormatVersion)
                              : tr("This bundle was made by a newer Stages (bundle format %1; this one reads up to "
                                   "%2). Update Stages on this PC first. Nothing was imported.")
                                    .arg(version)
                                    .arg(kFormatVersion));
    if (version < 1)
        return R::failure(tr("This sync bundle is damaged (it has no format version). Nothing was imported."));
    const int schema = o.value(QStringLiteral("schema")).toInt(0);
    if (schema > latestSchemaVersion())
        return R::failure(kind == kPcKind
                              ? tr("This bundle comes from a newer Stages (database schema %1; this one knows up "
                                   "to %2). Update Stages on the server first. Nothing was imported.")
                                    .arg(schema)
                                    .arg(latestSchemaVersion())
                              : tr("This bundle comes from a newer Stages (database schema %1; this one knows up "
                                   "to %2). Update Stages on this PC first. Nothing was imported.")
                                    .arg(schema)
                                    .arg(latestSchemaVersion()));
    if (!o.value(QStringLiteral("changes")).isArray()
        || checksum(o.value(QStringLiteral("changes")).toArray()) != o.value(QStringLiteral("checksum")).toString())
        return R::failure(tr("This sync bundle is damaged: its checksum does not match its contents. Nothing was "
                             "imported; export it again."));
    return o;
}

Result<QList<SyncChange>> SyncBundle::read(const QByteArray &bytes)
{
    using R = Result<QList<SyncChange>>;
    auto document = checked(bytes, kPcKind);
    if (!document)
        return R::failure(document.error());
    const QJsonObject o = *document;
    const QJsonArray changes = o.value(QStringLiteral("changes")).toArray();
    QList<SyncChange> list;
    list.reserve(changes.size());
    for (const QJsonValue &value : changes) {
        const QJsonObject c = value.toObject();
        SyncChange change;
        change.table = findSyncTable(c.value(QStringLiteral("table")).toString());
        change.key = c.value(QStringLiteral("key")).toString();
        change.deleted = c.value(QStringLiteral("deleted")).toBool();
        change.owner = c.value(QStringLiteral("owner")).toString();
        const QStringList key = SyncTable::splitKey(change.key);
        if (!change.table || change.key.isEmpty() || key.size() != change.table->key.size())
            return R::failure(tr("This sync bundle has a change Stages does not know (table \"%1\"). Nothing was "
                                 "imported.")
                                  .arg(c.value(QStringLiteral("table")).toString()));
        if (change.deleted && !change.table->deletable())
            return R::failure(tr("This sync bundle deletes a row that is never deleted alone (table \"%1\"). "
                                 "Nothing was imported.")
                                  .arg(change.table->name));
        if (!change.deleted) {
            const QJsonObject row = c.value(QStringLiteral("row")).toObject();
            for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
                QSqlField field(it.key());
                field.setValue(fromJson(it.value()));
                change.row.append(field);
            }
            // The row must be the one its key names.
            for (int i = 0; i < key.size(); ++i) {
                if (change.row.value(change.table->key.at(i)).toString() != key.at(i))
                    return R::failure(tr("This sync bundle is damaged: a row of \"%1\" does not match its key. "
                                         "Nothing was imported.")
                                          .arg(change.table->name));
            }
        }
        list.append(change);
    }
    return list;
}

Result<SyncApply::Outcome> SyncBundle::importInto(Database &server, const QByteArray &bytes, const QDateTime &now)
{
    using R = Result<SyncApply::Outcome>;
    auto changes = read(bytes);
    if (!changes)
        return R::failure(changes.error());
    Transaction tx(server.sql());
    if (auto s = tx.status(); !s)
        return R::failure(s.error());
    SyncApply apply(server.sql());
    auto applied = apply.apply(*changes, now);
    if (!applied)
        return R::failure(tr("The bundle could not be imported, and nothing of it was: %1").arg(applied.error()));
    if (auto s = tx.commit(); !s)
        return R::failure(tr("The bundle could not be imported, and nothing of it was: %1").arg(s.error()));
    return applied;
}

int SyncBundle::ServerRows::count() const
{
    int n = int(tombstones.size());
    for (const QList<QSqlRecord> &list : rows)
        n += int(list.size());
    return n;
}

Result<SyncBundle::Exported> SyncBundle::exportServer(Database &server, qint64 since, const QDateTime &now)
{
    using R = Result<Exported>;
    // One snapshot of the server, as a pull reads it: a row's references are always there too.
    Transaction snapshot(server.sql());
    if (auto s = snapshot.status(); !s)
        return R::failure(s.error());
    {
        QSqlQuery iso(server.sql());
        if (!iso.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")))
            return R::failure(iso.lastError().text());
    }
    QJsonArray schools;
    {
        SqlQuery q(server.sql(), QStringLiteral("SELECT id FROM school ORDER BY id"));
        if (auto s = q.exec(); !s)
            return R::failure(s.error());
        while (q.next())
            schools.append(q.value(0).toString());
    }
    QJsonArray changes;
    Exported out;
    for (const SyncTable &table : syncTables()) {
        SqlQuery q(server.sql(), QStringLiteral("SELECT * FROM %1 WHERE sync_seq > :c ORDER BY sync_seq").arg(table.name));
        q.bind(QStringLiteral(":c"), since);
        if (auto s = q.exec(); !s)
            return R::failure(s.error());
        while (q.next()) {
            const QSqlRecord record = q.raw().record();
            QJsonObject row;
            for (int i = 0; i < record.count(); ++i)
                row.insert(record.fieldName(i), toJson(record.value(i)));
            changes.append(QJsonObject { { QStringLiteral("table"), table.name }, { QStringLiteral("row"), row } });
            out.lastSeq = std::max(out.lastSeq, record.value(QStringLiteral("sync_seq")).toLongLong());
        }
    }
    {
        SqlQuery q(server.sql(), QStringLiteral("SELECT tbl, row_key, sync_seq FROM sync_tombstone WHERE sync_seq > :c"
                                                " ORDER BY sync_seq"));
        q.bind(QStringLiteral(":c"), since);
        if (auto s = q.exec(); !s)
            return R::failure(s.error());
        while (q.next()) {
            changes.append(QJsonObject { { QStringLiteral("table"), q.value(0).toString() },
                                         { QStringLiteral("key"), q.value(1).toString() },
                                         { QStringLiteral("deleted"), true },
                                         { QStringLiteral("seq"), q.value(2).toLongLong() } });
            out.lastSeq = std::max(out.lastSeq, q.value(2).toLongLong());
        }
    }
    if (auto s = snapshot.commit(); !s)
        return R::failure(s.error());
    const QJsonObject document { { QStringLiteral("format"), kFormat },
                                 { QStringLiteral("kind"), kServerKind },
                                 { QStringLiteral("version"), kFormatVersion },
                                 { QStringLiteral("schema"), latestSchemaVersion() },
                                 { QStringLiteral("createdAt"), toDbTime(now) },
                                 { QStringLiteral("since"), since },
                                 { QStringLiteral("schools"), schools },
                                 { QStringLiteral("changes"), changes },
                                 { QStringLiteral("checksum"), checksum(changes) } };
    out.bytes = QJsonDocument(document).toJson(QJsonDocument::Indented);
    out.changes = int(changes.size());
    return out;
}

Result<SyncBundle::ServerRows> SyncBundle::readServer(const QByteArray &bytes)
{
    using R = Result<ServerRows>;
    auto document = checked(bytes, kServerKind);
    if (!document)
        return R::failure(document.error());
    ServerRows out;
    for (const QJsonValue &school : document->value(QStringLiteral("schools")).toArray())
        out.schools.append(school.toString());
    for (const QJsonValue &value : document->value(QStringLiteral("changes")).toArray()) {
        const QJsonObject c = value.toObject();
        const QString name = c.value(QStringLiteral("table")).toString();
        const SyncTable *table = findSyncTable(name);
        if (c.value(QStringLiteral("deleted")).toBool()) {
            // A tombstone of a table this Stages does not share is skipped, as a pull skips it.
            out.tombstones.append({ name, c.value(QStringLiteral("key")).toString(),
                                    qint64(c.value(QStringLiteral("seq")).toDouble()) });
            continue;
        }
        if (!table)
            return R::failure(tr("This sync bundle has a change Stages does not know (table \"%1\"). Nothing was "
                                 "imported.")
                                  .arg(name));
        const QJsonObject row = c.value(QStringLiteral("row")).toObject();
        QSqlRecord record;
        for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
            QSqlField field(it.key());
            field.setValue(fromJson(it.value()));
            record.append(field);
        }
        for (const QString &column : std::as_const(table->key)) {
            if (record.value(column).toString().isEmpty())
                return R::failure(tr("This sync bundle is damaged: a row of \"%1\" has no key. Nothing was "
                                     "imported.")
                                      .arg(name));
        }
        if (!record.contains(QStringLiteral("sync_seq")))
            return R::failure(tr("This sync bundle is damaged: a row of \"%1\" has no sync number. Nothing was "
                                 "imported.")
                                  .arg(name));
        out.rows[name].append(record);
    }
    return out;
}

} // namespace stages
