#include "core/sync/syncrename.h"

namespace stages {

QJsonObject SyncRename::toJson() const
{
    return { { QStringLiteral("table"), table }, { QStringLiteral("id"), id },     { QStringLiteral("column"), column },
             { QStringLiteral("from"), from },   { QStringLiteral("to"), to },     { QStringLiteral("name"), name },
             { QStringLiteral("at"), at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString() } };
}

SyncRename SyncRename::fromJson(const QJsonObject &o)
{
    SyncRename r;
    r.table = o.value(QStringLiteral("table")).toString();
    r.id = o.value(QStringLiteral("id")).toString();
    r.column = o.value(QStringLiteral("column")).toString();
    r.from = o.value(QStringLiteral("from")).toString();
    r.to = o.value(QStringLiteral("to")).toString();
    r.name = o.value(QStringLiteral("name")).toString();
    r.at = QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    return r;
}

} // namespace stages
