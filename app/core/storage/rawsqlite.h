#pragma once

#include <QFile>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <sqlite3.h>

#include <optional>
#include <utility>

namespace stages {

/// A raw SQLite handle, closed on scope exit. Used where Qt's driver cannot help: inspecting a
/// file without writing to it, and the online backup API. Internal to core/storage.
class RawSqlite
{
public:
    RawSqlite(const QString &file, int flags, int busyTimeoutMs)
    {
        m_rc = sqlite3_open_v2(QFile::encodeName(file).constData(), &m_db, flags, nullptr);
        if (m_db)
            sqlite3_busy_timeout(m_db, busyTimeoutMs);
    }
    /// Opens @p file as immutable: no locks and no -wal/-shm files, for a file in a read-only
    /// folder that has no write-ahead log content (nobody can be writing to it there).
    static std::optional<RawSqlite> immutable(const QString &file)
    {
        QUrl url = QUrl::fromLocalFile(file);
        url.setQuery(QStringLiteral("immutable=1"));
        return std::make_optional<RawSqlite>(url.toString(QUrl::FullyEncoded),
                                             SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, 0);
    }
    ~RawSqlite() { sqlite3_close_v2(m_db); }
    RawSqlite(RawSqlite &&other) noexcept
        : m_db(std::exchange(other.m_db, nullptr))
        , m_rc(other.m_rc)
    {
    }
    RawSqlite(const RawSqlite &) = delete;
    RawSqlite &operator=(const RawSqlite &) = delete;
    RawSqlite &operator=(RawSqlite &&) = delete;

    bool ok() const { return m_rc == SQLITE_OK; }
    sqlite3 *handle() const { return m_db; }
    /// The primary result code of the last failure (SQLITE_READONLY, SQLITE_CANTOPEN ...).
    int errorCode() const { return (m_db ? sqlite3_extended_errcode(m_db) : m_rc) & 0xff; }
    QString errorText() const { return QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(m_rc)); }

    /// Runs a statement and returns the text of every row's first column; nullopt on error.
    std::optional<QStringList> column(const char *sql) const
    {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK)
            return std::nullopt;
        QStringList rows;
        int rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
            rows.append(text ? QString::fromUtf8(text) : QString());
        }
        sqlite3_finalize(stmt);
        if (rc != SQLITE_DONE)
            return std::nullopt;
        return rows;
    }

private:
    sqlite3 *m_db = nullptr;
    int m_rc = SQLITE_ERROR;
};

} // namespace stages
