#include "core/sync/synctables.h"

namespace stages {

namespace {

constexpr QChar kSeparator(0x1F);

} // namespace

QString SyncTable::keyCondition() const
{
    QStringList parts;
    for (int i = 0; i < key.size(); ++i)
        parts.append(QStringLiteral("%1 = :k%2").arg(key.at(i)).arg(i));
    return parts.join(QStringLiteral(" AND "));
}

QString SyncTable::joinKey(const QStringList &parts)
{
    return parts.join(kSeparator);
}

QStringList SyncTable::splitKey(const QString &key)
{
    return key.split(kSeparator);
}

const QList<SyncTable> &syncTables()
{
    using M = SyncTable::Merge;
    const QStringList id { QStringLiteral("id") };
    const QString personId = QStringLiteral("%1.person_id");
    static const QList<SyncTable> tables {
        { QStringLiteral("school"), id, M::Replace },
        { QStringLiteral("school_class"), id, M::Replace },
        { QStringLiteral("person"), id, M::LastWriterWins, QStringLiteral("COALESCE(%1.updated_at, %1.created_at)"),
          QStringLiteral("%1.id") },
        { QStringLiteral("class_member"), { QStringLiteral("class_id"), QStringLiteral("person_id") }, M::Replace, {},
          personId },
        { QStringLiteral("warmup"), id, M::Replace },
        { QStringLiteral("assignment"), id, M::Replace },
        { QStringLiteral("assignment_item"), { QStringLiteral("assignment_id"), QStringLiteral("position") }, M::Replace },
        { QStringLiteral("assignment_pupil"), { QStringLiteral("assignment_id"), QStringLiteral("person_id") }, M::Replace,
          {}, personId },
        { QStringLiteral("attempt"), id, M::AppendOnly, {}, personId },
        { QStringLiteral("artifact"), id, M::AppendOnly, {}, personId },
        { QStringLiteral("feedback"), id, M::Replace, {},
          QStringLiteral("(SELECT a.person_id FROM artifact a WHERE a.id = %1.artifact_id)") },
        // Training of educators (migration 7). An admin's programme edit: the later edit wins.
        { QStringLiteral("programme_edit"), id, M::LastWriterWins, QStringLiteral("%1.updated_at"), {}, 7 },
        { QStringLiteral("educator"), id, M::Replace, {}, {}, 7 },
        // Hours, practicum, observed lessons: a removal wins over a correction, the later
        // correction over the record.
        { QStringLiteral("evidence"), id, M::LastWriterWins,
          QStringLiteral("COALESCE(%1.removed_at, %1.corrected_at, %1.recorded_at)"), {}, 7 },
        // A certificate is signed once; a revocation wins.
        { QStringLiteral("certificate"), id, M::LastWriterWins, QStringLiteral("COALESCE(%1.revoked_at, '')"), {}, 7 },
        // The organisation's public key: the first one stays.
        { QStringLiteral("signing_key_public"), id, M::AppendOnly, {}, {}, 7 },
        // Each signer's wrapped secret key (a password changes it): the copy that arrives later.
        { QStringLiteral("signing_key"), { QStringLiteral("person_id") }, M::Replace, {}, personId, 7 },
    };
    return tables;
}

QList<SyncTable> syncTablesSince(int version)
{
    QList<SyncTable> list;
    for (const SyncTable &t : syncTables()) {
        if (t.since == version)
            list.append(t);
    }
    return list;
}

const SyncTable *findSyncTable(const QString &name)
{
    for (const SyncTable &t : syncTables()) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

} // namespace stages
