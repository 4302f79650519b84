#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QSqlDatabase>

struct sqlite3;
struct sqlite3_stmt;

namespace stages {

/// A prepared SQLite statement run many times on the connection of a QSqlDatabase, for bulk
/// writes where Qt's QVariant binding per row would cost more than SQLite itself (the demo
/// history's million attempts). Values are bound positionally (1-based); text is bound without
/// copying, so it must live until run() returns. SQLite connections only.
class BulkStatement
{
public:
    BulkStatement(const QSqlDatabase &db, const char *sql);
    ~BulkStatement();
    BulkStatement(const BulkStatement &) = delete;
    BulkStatement &operator=(const BulkStatement &) = delete;

    /// Whether the statement was prepared; otherwise run() reports why not.
    Status status() const;

    BulkStatement &text(int index, const char *utf8, int size);
    BulkStatement &text(int index, const QByteArray &utf8) { return text(index, utf8.constData(), int(utf8.size())); }
    BulkStatement &integer(int index, qint64 value);
    BulkStatement &real(int index, double value);
    BulkStatement &null(int index);
    /// Runs the statement once with the values bound, then resets it for the next row.
    Status run();

    /// The raw handle of @p db, or nullptr when it is not an open SQLite connection.
    static sqlite3 *handle(const QSqlDatabase &db);
    /// Runs SQL without results (DDL, PRAGMA) on @p db's SQLite connection.
    static Status exec(const QSqlDatabase &db, const QByteArray &sql);

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
};

} // namespace stages
