#include "core/audit/auditlog.h"

#include "core/accounts/session.h"
#include "core/storage/ids.h"
#include "core/storage/sqlquery.h"

namespace stages::AuditLog {

Status record(const QSqlDatabase &db, const QDateTime &at, const Session &actor, const QString &action,
              const QString &subject, const QString &detail)
{
    SqlQuery q(db, QStringLiteral("INSERT INTO audit_log (id, at, actor_id, action, subject, detail) "
                                  "VALUES (:id, :at, :actor, :action, :subject, :detail)"));
    q.bind(QStringLiteral(":id"), newId())
        .bind(QStringLiteral(":at"), toDbTime(at))
        .bind(QStringLiteral(":actor"), actor.personId.isEmpty() ? QVariant() : QVariant(actor.personId))
        .bind(QStringLiteral(":action"), action)
        .bind(QStringLiteral(":subject"), subject)
        .bind(QStringLiteral(":detail"), detail);
    return q.exec();
}

} // namespace stages::AuditLog
