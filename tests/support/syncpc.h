#pragma once

// What the school-server tests share: a PC (a local cache and its agent), the PCs' rights on the
// server, counting rows and making attempts.
#include "core/clock.h"
#include "core/progress/attemptservice.h"
#include "core/storage/database.h"
#include "core/storage/sqlquery.h"
#include "core/sync/syncagent.h"
#include "core/sync/syncschema.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

#define VERIFY_OK(expr)                                                                                                \
    do {                                                                                                               \
        const auto r_ = (expr);                                                                                        \
        QVERIFY2(r_.ok(), qPrintable(r_.error()));                                                                     \
    } while (false)

namespace stages::test {

/// One PC: its local cache (attached to the server) and its agent.
struct Pc
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<SyncAgent> agent;

    Pc(const QString &serverUrl, const Clock &clock)
    {
        db = Database::open(dir.filePath(QStringLiteral("cache.sqlite"))).value();
        if (!SyncSchema::attach(*db, serverUrl))
            qFatal("attach failed");
        agent = std::make_unique<SyncAgent>(*db, serverUrl, clock);
    }
    QString cachePath() const { return dir.filePath(QStringLiteral("cache.sqlite")); }
};

/// What a school's administrator does after db init: the PCs' role may read and write the tables.
inline void grantApp(Database &server)
{
    for (const char *sql : { "REVOKE CREATE ON SCHEMA public FROM PUBLIC", "GRANT USAGE ON SCHEMA public TO stages_app",
                             "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO stages_app" }) {
        QSqlQuery q(server.sql());
        if (!q.exec(QString::fromLatin1(sql)))
            qFatal("%s: %s", sql, qPrintable(q.lastError().text()));
    }
}

inline qint64 count(Database &db, const QString &sql)
{
    SqlQuery q(db.sql(), sql);
    return q.scalar().value().toLongLong();
}

inline AttemptRecord attempt(int n, bool success = true)
{
    AttemptRecord a;
    a.exerciseId = QStringLiteral("comb/x/build-all/s%1").arg(n % 7);
    a.domain = QStringLiteral("combinatorics");
    a.stage = 1 + n % 3;
    a.score = success ? 1.0 : 0.4;
    a.success = success;
    a.durationMs = 1000 + n;
    a.answer = QJsonArray { n };
    return a;
}

} // namespace stages::test
