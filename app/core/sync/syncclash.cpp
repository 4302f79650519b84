#include "core/sync/syncclash.h"

#include "core/accounts/session.h"
#include "core/audit/auditlog.h"
#include "core/storage/sqlquery.h"

#include <QJsonDocument>

namespace stages {

namespace {

/// How a row gives way on its unique value.
enum class Give {
    Suffix, ///< "3.A" -> "3.A (2)"
    Number, ///< "novak" -> "novak2"
    Detach, ///< the value is dropped (NULL)
};

/// A natural unique key of a shared table, besides its UUID.
struct UniqueKey
{
    QLatin1String table;
    QLatin1String scope; ///< a column the key is unique within (empty: the whole table)
    QLatin1String column;
    Give give;
    QLatin1String label; ///< a column with whom the row is about (empty: none)
    QLatin1String action; ///< the audit log's action
};

const UniqueKey kKeys[] = {
    { QLatin1String("school_class"), QLatin1String("school_id"), QLatin1String("name"), Give::Suffix, QLatin1String(),
      QLatin1String("sync.class-renamed") },
    { QLatin1String("person"), QLatin1String(), QLatin1String("login"), Give::Number, QLatin1String("display_name"),
      QLatin1String("sync.login-renamed") },
    // "educator." so the trainer's audit log of the educator shows it.
    { QLatin1String("educator"), QLatin1String(), QLatin1String("person_id"), Give::Detach,
      QLatin1String("display_name"), QLatin1String("educator.kept-apart") },
};

constexpr int kMostTries = 1000;

const UniqueKey *keyOf(const QString &table)
{
    for (const UniqueKey &key : kKeys) {
        if (key.table == table)
            return &key;
    }
    return nullptr;
}

/// The id of a row of @p db other than @p ownId that holds @p value (within @p scope), or empty.
Result<QString> holder(const QSqlDatabase &db, const UniqueKey &key, const QVariant &scope, const QString &value,
                       const QString &ownId)
{
    QString sql = QStringLiteral("SELECT id FROM %1 WHERE %2 = :v AND id <> :own").arg(key.table, key.column);
    if (!key.scope.isEmpty())
        sql += QStringLiteral(" AND %1 = :s").arg(key.scope);
    SqlQuery q(db, sql + QStringLiteral(" LIMIT 1"));
    q.bind(QStringLiteral(":v"), value).bind(QStringLiteral(":own"), ownId);
    if (!key.scope.isEmpty())
        q.bind(QStringLiteral(":s"), scope);
    auto found = q.scalar();
    if (!found)
        return Result<QString>::failure(found.error());
    return found->isValid() ? found->toString() : QString();
}

/// The value the row @p ownId gets instead of @p value: the first one no other row holds.
Result<QString> freeValue(const QSqlDatabase &db, const UniqueKey &key, const QVariant &scope, const QString &value,
                          const QString &ownId)
{
    if (key.give == Give::Detach)
        return QString();
    for (int n = 2; n < kMostTries; ++n) {
        const QString candidate = key.give == Give::Suffix
            //: A class name kept apart after two PCs made the same one offline: %1 the name, %2 a number ("3.A (2)")
            ? SyncClash::tr("%1 (%2)").arg(value).arg(n)
            : value + QString::number(n);
        auto taken = holder(db, key, scope, candidate, ownId);
        if (!taken)
            return taken;
        if (taken->isEmpty())
            return candidate;
    }
    return Result<QString>::failure(SyncClash::tr("No free name was found instead of \"%1\".").arg(value));
}

/// The unique value of @p row, or empty when it has none (a pupil without login).
QString valueOf(const QSqlRecord &row, const UniqueKey &key)
{
    return row.value(key.column).toString();
}

QVariant scopeOf(const QSqlRecord &row, const UniqueKey &key)
{
    return key.scope.isEmpty() ? QVariant() : row.value(key.scope);
}

} // namespace

Result<std::optional<SyncRename>> SyncClash::settleIncoming(const QSqlDatabase &db, const SyncTable &table,
                                                            QSqlRecord &row)
{
    using R = Result<std::optional<SyncRename>>;
    const UniqueKey *key = keyOf(table.name);
    if (!key)
        return std::optional<SyncRename>();
    const QString value = valueOf(row, *key);
    if (value.isEmpty())
        return std::optional<SyncRename>();
    const QString id = row.value(QStringLiteral("id")).toString();
    auto other = holder(db, *key, scopeOf(row, *key), value, id);
    if (!other)
        return R::failure(other.error());
    if (other->isEmpty())
        return std::optional<SyncRename>();
    auto to = freeValue(db, *key, scopeOf(row, *key), value, id);
    if (!to)
        return R::failure(to.error());
    if (to->isEmpty())
        row.setNull(key->column);
    else
        row.setValue(key->column, *to);
    SyncRename rename { table.name, id, key->column, value, *to,
                        key->label.isEmpty() ? QString() : row.value(key->label).toString(), {} };
    return std::optional<SyncRename>(rename);
}

Result<bool> SyncClash::settledAlready(const QSqlDatabase &db, const SyncRename &rename)
{
    const UniqueKey *key = keyOf(rename.table);
    if (!key)
        return false;
    SqlQuery q(db, rename.to.isEmpty()
                       ? QStringLiteral("SELECT COUNT(*) FROM %1 WHERE id = :id AND %2 IS NULL").arg(key->table, key->column)
                       : QStringLiteral("SELECT COUNT(*) FROM %1 WHERE id = :id AND %2 = :to").arg(key->table, key->column));
    q.bind(QStringLiteral(":id"), rename.id);
    if (!rename.to.isEmpty())
        q.bind(QStringLiteral(":to"), rename.to);
    auto found = q.scalar();
    if (!found)
        return Result<bool>::failure(found.error());
    return found->toInt() > 0;
}

Result<std::optional<SyncRename>> SyncClash::yieldLocal(const QSqlDatabase &db, const SyncTable &table,
                                                        const QSqlRecord &row)
{
    using R = Result<std::optional<SyncRename>>;
    const UniqueKey *key = keyOf(table.name);
    if (!key)
        return std::optional<SyncRename>();
    const QString value = valueOf(row, *key);
    if (value.isEmpty())
        return std::optional<SyncRename>();
    auto local = holder(db, *key, scopeOf(row, *key), value, row.value(QStringLiteral("id")).toString());
    if (!local)
        return R::failure(local.error());
    if (local->isEmpty())
        return std::optional<SyncRename>();
    auto to = freeValue(db, *key, scopeOf(row, *key), value, *local);
    if (!to)
        return R::failure(to.error());
    SyncRename rename { table.name, *local, key->column, value, *to, {}, {} };
    if (!key->label.isEmpty()) {
        SqlQuery label(db, QStringLiteral("SELECT %1 FROM %2 WHERE id = :id").arg(key->label, key->table));
        label.bind(QStringLiteral(":id"), *local);
        auto name = label.scalar();
        if (!name)
            return R::failure(name.error());
        rename.name = name->toString();
    }
    SqlQuery give(db, QStringLiteral("UPDATE %1 SET %2 = :to WHERE id = :id").arg(key->table, key->column));
    give.bind(QStringLiteral(":to"), to->isEmpty() ? QVariant() : QVariant(*to)).bind(QStringLiteral(":id"), *local);
    if (auto s = give.exec(); !s)
        return R::failure(s.error());
    return std::optional<SyncRename>(rename);
}

Result<bool> SyncClash::applyLocal(const QSqlDatabase &db, const SyncRename &rename)
{
    const UniqueKey *key = keyOf(rename.table);
    if (!key)
        return false;
    if (!rename.to.isEmpty()) {
        // Another row here holds the new value already (made here, not yet sent): the pull
        // settles it (yieldLocal) when the server's copy arrives.
        SqlQuery scope(db, QStringLiteral("SELECT %1 FROM %2 WHERE id = :id")
                               .arg(key->scope.isEmpty() ? QStringLiteral("NULL") : QString(key->scope), key->table));
        scope.bind(QStringLiteral(":id"), rename.id);
        auto scopeValue = scope.scalar();
        if (!scopeValue)
            return Result<bool>::failure(scopeValue.error());
        auto taken = holder(db, *key, *scopeValue, rename.to, rename.id);
        if (!taken)
            return Result<bool>::failure(taken.error());
        if (!taken->isEmpty())
            return false;
    }
    SqlQuery q(db, QStringLiteral("UPDATE %1 SET %2 = :to WHERE id = :id AND %2 = :from").arg(key->table, key->column));
    q.bind(QStringLiteral(":to"), rename.to.isEmpty() ? QVariant() : QVariant(rename.to))
        .bind(QStringLiteral(":id"), rename.id)
        .bind(QStringLiteral(":from"), rename.from);
    if (auto s = q.exec(); !s)
        return Result<bool>::failure(s.error());
    return q.rowsAffected() > 0;
}

Status SyncClash::audit(const QSqlDatabase &db, const SyncRename &rename)
{
    const UniqueKey *key = keyOf(rename.table);
    if (!key)
        return {};
    return AuditLog::record(db, rename.at, Session {}, key->action, rename.id,
                            QString::fromUtf8(QJsonDocument(rename.toJson()).toJson(QJsonDocument::Compact)));
}

QString SyncClash::describe(const SyncRename &rename)
{
    if (rename.table == QLatin1String("school_class"))
        //: Two PCs without network both made a class of this name; %1 the name, %2 the name it has now
        return tr("Class \"%1\" was made on two PCs; the second one is called \"%2\" now.").arg(rename.from, rename.to);
    if (rename.table == QLatin1String("person"))
        //: Two PCs without network gave the same staff login; %1 the login, %2 the person, %3 the new login
        return tr("The login \"%1\" was given on two PCs; %2 signs in as \"%3\" now.")
            .arg(rename.from, rename.name, rename.to);
    if (rename.table == QLatin1String("educator"))
        //: Two PCs without network made the same person an educator; %1 the educator's name
        return tr("%1 was made an educator on two PCs; the second record is kept apart, with its evidence and "
                  "certificates, and is no longer linked to the person's account.")
            .arg(rename.name);
    return tr("A %1 of %2 was changed after a clash with another PC.").arg(rename.column, rename.table);
}

} // namespace stages
