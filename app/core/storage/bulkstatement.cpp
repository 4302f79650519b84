#include "core/storage/bulkstatement.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace stages {

namespace {

QString errorOf(sqlite3 *db)
{
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("not an SQLite database");
}

} // namespace

sqlite3 *BulkStatement::handle(const QSqlDatabase &db)
{
    if (db.driverName() != QLatin1String("QSQLITE") || !db.isOpen())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

Status BulkStatement::exec(const QSqlDatabase &db, const QByteArray &sql)
{
    sqlite3 *h = handle(db);
    if (!h)
        return Status::failure(errorOf(nullptr));
    char *message = nullptr;
    if (sqlite3_exec(h, sql.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString error = QString::fromUtf8(message ? message : sqlite3_errmsg(h));
        sqlite3_free(message);
        return Status::failure(error);
    }
    return {};
}

BulkStatement::BulkStatement(const QSqlDatabase &db, const char *sql)
    : m_db(handle(db))
{
    if (!m_db) {
        m_error = errorOf(nullptr);
        return;
    }
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK) {
        m_error = errorOf(m_db);
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

BulkStatement::~BulkStatement()
{
    sqlite3_finalize(m_stmt);
}

Status BulkStatement::status() const
{
    return m_stmt ? Status() : Status::failure(m_error);
}

BulkStatement &BulkStatement::text(int index, const char *utf8, int size)
{
    if (m_stmt)
        sqlite3_bind_text(m_stmt, index, utf8, size, SQLITE_STATIC);
    return *this;
}

BulkStatement &BulkStatement::integer(int index, qint64 value)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

BulkStatement &BulkStatement::real(int index, double value)
{
    if (m_stmt)
        sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

BulkStatement &BulkStatement::null(int index)
{
    if (m_stmt)
        sqlite3_bind_null(m_stmt, index);
    return *this;
}

Status BulkStatement::run()
{
    if (!m_stmt)
        return Status::failure(m_error);
    const int rc = sqlite3_step(m_stmt);
    const QString error = rc == SQLITE_DONE ? QString() : errorOf(m_db);
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    if (rc != SQLITE_DONE)
        return Status::failure(error);
    return {};
}

} // namespace stages
