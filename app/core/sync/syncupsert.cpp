#include "core/sync/syncupsert.h"

#include "core/storage/sqlquery.h"

namespace stages {

QString SyncUpsert::statement(const SyncTable &table, const QStringList &columns)
{
    QStringList values;
    QStringList updates;
    for (int i = 0; i < columns.size(); ++i) {
        values.append(QStringLiteral(":v%1").arg(i));
        if (!table.key.contains(columns.at(i)))
            updates.append(QStringLiteral("%1 = excluded.%1").arg(columns.at(i)));
    }
    QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) ")
                      .arg(table.name, columns.join(QLatin1Char(',')), values.join(QLatin1Char(',')),
                           table.key.join(QLatin1Char(',')));
    if (table.merge == SyncTable::Merge::AppendOnly || updates.isEmpty())
        return sql + QStringLiteral("DO NOTHING");
    sql += QStringLiteral("DO UPDATE SET ") + updates.join(QLatin1Char(','));
    if (table.merge == SyncTable::Merge::LastWriterWins) {
        sql += QStringLiteral(" WHERE ") + table.stamp.arg(table.name) + QStringLiteral(" <= ")
            + table.stamp.arg(QStringLiteral("excluded"));
    }
    return sql;
}

Result<int> SyncUpsert::write(const QSqlDatabase &target, const SyncTable &table, const QSqlRecord &row,
                              const QStringList &targetColumns)
{
    QStringList columns;
    for (int i = 0; i < row.count(); ++i) {
        if (targetColumns.contains(row.fieldName(i)))
            columns.append(row.fieldName(i));
    }
    SqlQuery q(target, statement(table, columns));
    for (int i = 0; i < columns.size(); ++i)
        q.bind(QStringLiteral(":v%1").arg(i), row.value(columns.at(i)));
    if (auto s = q.exec(); !s)
        return Result<int>::failure(s.error());
    return q.rowsAffected();
}

} // namespace stages
