#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace stages {

struct Session;

/// Append-only record of sensitive actions (accounts, exports, erasures, backups, certificates).
namespace AuditLog {

Status record(const QSqlDatabase &db, const QDateTime &at, const Session &actor, const QString &action,
              const QString &subject = {}, const QString &detail = {});

} // namespace AuditLog

} // namespace stages
