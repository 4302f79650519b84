#include "core/sync/syncapply.h"

#include "core/privacy/pupildata.h"
#include "core/progress/masteryrecalculation.h"
#include "core/storage/ids.h"
#include "core/storage/sqlquery.h"
#include "core/sync/syncclash.h"
#include "core/sync/syncupsert.h"

namespace stages {

namespace {

const QString kPerson = QStringLiteral("person");

QStringList columnNames(const QSqlRecord &record)
{
    QStringList names;
    for (int i = 0; i < record.count(); ++i)
        names.append(record.fieldName(i));
    return names;
}

} // namespace

SyncApply::SyncApply(const QSqlDatabase &server)
    : m_server(server)
{ }

QString SyncApply::stageKey(const QSqlRecord &attempt)
{
    return SyncTable::joinKey({ attempt.value(QStringLiteral("person_id")).toString(),
                                attempt.value(QStringLiteral("domain")).toString(),
                                attempt.value(QStringLiteral("stage")).toString() });
}

Status SyncApply::recompute(const QSqlDatabase &db, const QSet<QString> &stages, const QDateTime &now)
{
    for (const QString &key : stages) {
        const QStringList parts = SyncTable::splitKey(key);
        if (auto s = MasteryRecalculation::recompute(db, parts.value(0), parts.value(1), parts.value(2).toInt(), now);
            !s)
            return s;
    }
    return {};
}

Result<int> SyncApply::deleteRow(const QSqlDatabase &db, const SyncTable &table, const QString &key)
{
    const QStringList parts = SyncTable::splitKey(key);
    if (table.name == kPerson) {
        // Attempts, mastery, work, classes go with the person (ON DELETE CASCADE); the audit
        // entries about them as PupilData's erase removes them.
        return PupilData::deleteRows(db, parts.value(0));
    }
    SqlQuery q(db, QStringLiteral("DELETE FROM %1 WHERE %2").arg(table.name, table.keyCondition()));
    for (int i = 0; i < table.key.size(); ++i)
        q.bind(QStringLiteral(":k%1").arg(i), parts.value(i));
    if (auto s = q.exec(); !s)
        return Result<int>::failure(s.error());
    return q.rowsAffected();
}

Result<bool> SyncApply::erased(const QString &personId)
{
    if (auto known = m_erased.constFind(personId); known != m_erased.cend())
        return *known;
    SqlQuery q(m_server, QStringLiteral("SELECT COUNT(*) FROM sync_tombstone WHERE tbl = 'person' AND row_key = :p"));
    q.bind(QStringLiteral(":p"), personId);
    auto found = q.scalar();
    if (!found)
        return Result<bool>::failure(found.error());
    const bool gone = found->toInt() > 0;
    m_erased.insert(personId, gone);
    return gone;
}

Status SyncApply::remove(const SyncChange &change, const QDateTime &now, Outcome &outcome)
{
    auto removed = deleteRow(m_server, *change.table, change.key);
    if (!removed)
        return Status::from(removed);
    const bool person = change.table->name == kPerson;
    // A tombstone only for what the others can have: a row that was here (a person's always,
    // so nothing of theirs is written again).
    if (*removed == 0 && !person)
        return {};
    SqlQuery stone(m_server,
                   QStringLiteral("INSERT INTO sync_tombstone (tbl, row_key, deleted_at) VALUES (:t, :k, :at)"
                                  " ON CONFLICT (tbl, row_key) DO NOTHING"));
    stone.bind(QStringLiteral(":t"), change.table->name)
        .bind(QStringLiteral(":k"), change.key)
        .bind(QStringLiteral(":at"), toDbTime(now));
    if (auto s = stone.exec(); !s)
        return s;
    if (person)
        m_erased.insert(change.key, true);
    ++outcome.deleted;
    return {};
}

Result<SyncApply::Outcome> SyncApply::apply(const QList<SyncChange> &changes, const QDateTime &now)
{
    using R = Result<Outcome>;
    Outcome outcome;
    QSet<QString> stages;
    QHash<QString, SyncRename> renames;
    QStringList order;
    for (const SyncChange &change : changes) {
        const SyncTable &table = *change.table;
        if (change.deleted) {
            if (auto s = remove(change, now, outcome); !s)
                return R::failure(s.error());
            continue;
        }
        if (!change.owner.isEmpty()) {
            auto gone = erased(change.owner);
            if (!gone)
                return R::failure(gone.error());
            if (*gone) {
                ++outcome.refused;
                continue;
            }
        }
        if (!m_columns.contains(table.name))
            m_columns.insert(table.name, columnNames(m_server.record(table.name)));
        QSqlRecord row = change.row;
        auto clash = SyncClash::settleIncoming(m_server, table, row);
        if (!clash)
            return R::failure(clash.error());
        auto wrote = SyncUpsert::write(m_server, table, row, m_columns.value(table.name));
        if (!wrote)
            return R::failure(wrote.error());
        // The last write of a row in the batch says whether it gave way (an earlier copy may have
        // clashed with a row that a later change of the batch renamed).
        const QString renameKey = table.name + QLatin1Char('/') + change.key;
        if (*wrote > 0) {
            if (clash->has_value()) {
                if (!renames.contains(renameKey))
                    order.append(renameKey);
                renames.insert(renameKey, **clash);
            } else {
                renames.remove(renameKey);
            }
        }
        if (table.deletable() && table.name != kPerson) {
            SqlQuery back(m_server, QStringLiteral("DELETE FROM sync_tombstone WHERE tbl = :t AND row_key = :k"));
            back.bind(QStringLiteral(":t"), table.name).bind(QStringLiteral(":k"), change.key);
            if (auto s = back.exec(); !s)
                return R::failure(s.error());
        }
        if (table.name == QLatin1String("attempt"))
            stages.insert(stageKey(change.row));
        ++outcome.written;
    }
    if (auto s = recompute(m_server, stages, now); !s)
        return R::failure(s.error());
    for (const QString &key : std::as_const(order)) {
        auto found = renames.find(key);
        if (found == renames.end())
            continue;
        found->at = now;
        if (auto s = SyncClash::audit(m_server, *found); !s)
            return R::failure(s.error());
        outcome.renamed.append(*found);
    }
    return outcome;
}

} // namespace stages
