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

Result<bool> SyncApply::write(const SyncChange &change, bool lastChance, Batch &batch)
{
    using R = Result<bool>;
    const SyncTable &table = *change.table;
    if (!m_columns.contains(table.name))
        m_columns.insert(table.name, columnNames(m_server.record(table.name)));
    QSqlRecord row = change.row;
    auto clash = SyncClash::settleIncoming(m_server, table, row);
    if (!clash)
        return R::failure(clash.error());
    if (clash->has_value() && !lastChance) {
        // A later change of the batch may free the name (two classes swapping names): a row the
        // server has already waits for the end of the batch. A new row cannot wait, as the
        // batch's next rows may refer to it.
        SqlQuery known(m_server, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(table.name, table.keyCondition()));
        const QStringList parts = SyncTable::splitKey(change.key);
        for (int i = 0; i < table.key.size(); ++i)
            known.bind(QStringLiteral(":k%1").arg(i), parts.value(i));
        auto found = known.scalar();
        if (!found)
            return R::failure(found.error());
        if (found->toInt() > 0)
            return false;
    }
    std::optional<SyncRename> news;
    if (clash->has_value()) {
        // Told only once: the same change sent again (a retry, a bundle imported twice) finds
        // its row settled already.
        auto settled = SyncClash::settledAlready(m_server, **clash);
        if (!settled)
            return R::failure(settled.error());
        if (!*settled)
            news = **clash;
    }
    auto wrote = SyncUpsert::write(m_server, table, row, m_columns.value(table.name));
    if (!wrote)
        return R::failure(wrote.error());
    if (news && *wrote > 0)
        batch.renamed.append(*news);
    if (table.deletable() && table.name != kPerson) {
        SqlQuery back(m_server, QStringLiteral("DELETE FROM sync_tombstone WHERE tbl = :t AND row_key = :k"));
        back.bind(QStringLiteral(":t"), table.name).bind(QStringLiteral(":k"), change.key);
        if (auto s = back.exec(); !s)
            return R::failure(s.error());
    }
    if (table.name == QLatin1String("attempt"))
        batch.stages.insert(stageKey(change.row));
    return true;
}

Result<SyncApply::Outcome> SyncApply::apply(const QList<SyncChange> &changes, const QDateTime &now)
{
    using R = Result<Outcome>;
    Batch batch;
    QList<const SyncChange *> waiting;
    for (const SyncChange &change : changes) {
        if (change.deleted) {
            if (auto s = remove(change, now, batch.outcome); !s)
                return R::failure(s.error());
            continue;
        }
        if (!change.owner.isEmpty()) {
            auto gone = erased(change.owner);
            if (!gone)
                return R::failure(gone.error());
            if (*gone) {
                ++batch.outcome.refused;
                continue;
            }
        }
        auto written = write(change, false, batch);
        if (!written)
            return R::failure(written.error());
        if (!*written)
            waiting.append(&change);
        ++batch.outcome.written; // now or once it stops waiting
    }
    // The rows that waited: first those whose name is free now, again while that frees more;
    // then the rest give way; then those that gave way take their own name if it came free
    // (three classes passing their names round).
    const auto retry = [&](QList<const SyncChange *> &rows) -> Status {
        for (bool progress = true; progress && !rows.isEmpty();) {
            progress = false;
            for (qsizetype i = 0; i < rows.size();) {
                auto written = write(*rows.at(i), false, batch);
                if (!written)
                    return Status::from(written);
                if (*written) {
                    for (qsizetype r = batch.renamed.size() - 1; r >= 0; --r) {
                        if (batch.renamed.at(r).table == rows.at(i)->table->name
                            && batch.renamed.at(r).id == SyncTable::splitKey(rows.at(i)->key).value(0))
                            batch.renamed.removeAt(r);
                    }
                    rows.removeAt(i);
                    progress = true;
                } else {
                    ++i;
                }
            }
        }
        return {};
    };
    if (auto s = retry(waiting); !s)
        return R::failure(s.error());
    for (const SyncChange *change : std::as_const(waiting)) {
        if (auto written = write(*change, true, batch); !written)
            return R::failure(written.error());
    }
    if (auto s = retry(waiting); !s)
        return R::failure(s.error());
    if (auto s = recompute(m_server, batch.stages, now); !s)
        return R::failure(s.error());
    for (SyncRename &rename : batch.renamed) {
        rename.at = now;
        if (auto s = SyncClash::audit(m_server, rename); !s)
            return R::failure(s.error());
    }
    batch.outcome.renamed = batch.renamed;
    return batch.outcome;
}

} // namespace stages
