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
    static const QList<SyncTable> tables {
        { QStringLiteral("school"), id, M::Replace },
        { QStringLiteral("school_class"), id, M::Replace },
        { QStringLiteral("person"), id, M::LastWriterWins },
        { QStringLiteral("class_member"), { QStringLiteral("class_id"), QStringLiteral("person_id") }, M::Replace },
        { QStringLiteral("warmup"), id, M::Replace },
        { QStringLiteral("assignment"), id, M::Replace },
        { QStringLiteral("assignment_item"), { QStringLiteral("assignment_id"), QStringLiteral("position") }, M::Replace },
        { QStringLiteral("assignment_pupil"), { QStringLiteral("assignment_id"), QStringLiteral("person_id") }, M::Replace },
        { QStringLiteral("attempt"), id, M::AppendOnly },
        { QStringLiteral("artifact"), id, M::AppendOnly },
        { QStringLiteral("feedback"), id, M::Replace },
    };
    return tables;
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
