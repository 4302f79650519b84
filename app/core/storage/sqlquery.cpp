#include "core/storage/sqlquery.h"

#include <QCoreApplication>
#include <QSqlError>

namespace stages {

namespace {
QString describe(const QSqlError &error)
{
    return QCoreApplication::translate("stages::SqlQuery", "Database error: %1").arg(error.text());
}
} // namespace

SqlQuery::SqlQuery(const QSqlDatabase &db, const QString &sql)
    : m_query(db)
{
    if (!m_query.prepare(sql))
        m_prepareError = describe(m_query.lastError());
}

SqlQuery &SqlQuery::bind(const QString &placeholder, const QVariant &value)
{
    // Booleans are stored as integers (0, 1): SQLite binds a bool so already, PostgreSQL would
    // send TRUE or FALSE, which an integer column refuses.
    if (value.typeId() == QMetaType::Bool)
        m_query.bindValue(placeholder, value.isNull() ? QVariant(QMetaType::fromType<int>()) : QVariant(int(value.toBool())));
    else
        m_query.bindValue(placeholder, value);
    return *this;
}

Status SqlQuery::exec()
{
    if (!m_prepareError.isEmpty())
        return Status::failure(m_prepareError);
    if (!m_query.exec())
        return Status::failure(describe(m_query.lastError()));
    return {};
}

Result<QVariant> SqlQuery::scalar()
{
    if (auto status = exec(); !status)
        return Result<QVariant>::failure(status.error());
    if (!m_query.next())
        return QVariant();
    return m_query.value(0);
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    if (m_db.driverName() == QLatin1String("QSQLITE")) {
        // Take the write lock up front: a deferred transaction that later needs to write can
        // fail with SQLITE_BUSY at once instead of waiting for busy_timeout.
        QSqlQuery begin(m_db);
        m_active = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_active)
            m_error = describe(begin.lastError());
        return;
    }
    m_active = m_db.transaction();
    if (!m_active)
        m_error = describe(m_db.lastError());
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

Status Transaction::status() const
{
    return m_active ? Status() : Status::failure(m_error);
}

Status Transaction::commit()
{
    if (!m_active)
        return Status::failure(m_error);
    m_active = false;
    if (!m_db.commit()) {
        const QString error = describe(m_db.lastError());
        m_db.rollback();
        return Status::failure(error);
    }
    return {};
}

} // namespace stages
