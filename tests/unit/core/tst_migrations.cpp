#include "core/storage/database.h"
#include "core/storage/migrations.h"
#include "core/storage/sqlitefile.h"
#include "core/storage/sqlquery.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace stages;

namespace {

void rawExec(sqlite3 *db, const QString &sql)
{
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &error);
    const QString message = QString::fromUtf8(error ? error : "");
    sqlite3_free(error);
    QVERIFY2(rc == SQLITE_OK, qPrintable(message + QLatin1String(" in ") + sql));
}

/// Writes a database as an old build left it: the migrations up to @p version only (same
/// schema_version table, no application id), with a row in every table.
void writeOldDatabase(const QString &path, int version)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    rawExec(db, QStringLiteral("CREATE TABLE schema_version ("
                               " version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL, description TEXT NOT NULL)"));
    for (const Migration &m : migrations()) {
        if (m.version > version)
            break;
        for (const QString &statement : m.statements + m.sqliteOnly) // as that build wrote a local file
            rawExec(db, statement);
        rawExec(db, QStringLiteral("INSERT INTO schema_version VALUES (%1, '2026-01-01T00:00:00Z', 'old')").arg(m.version));
    }
    const QStringList rows = {
        QStringLiteral("INSERT INTO school VALUES ('s1', 'Old School', '2026-01-01')"),
        QStringLiteral("INSERT INTO school_class VALUES ('c1', 's1', '2.B', '2026-01-02')"),
        QStringLiteral("INSERT INTO person (id, school_id, role, display_name, login, avatar, pupil_number, password_hash,"
                       " picture_hash, failed_signins, locked_until, active, created_at) VALUES"
                       " ('p1', 's1', 'pupil', 'Ela', NULL, 7, '12', NULL, '$argon2id$picture', 1, NULL, 1, '2026-01-03'),"
                       " ('t1', 's1', 'teacher', 'Tom', 'tom', 0, NULL, '$argon2id$password', NULL, 0, NULL, 1, '2026-01-03')"),
        QStringLiteral("INSERT INTO class_member VALUES ('c1', 'p1')"),
        QStringLiteral("INSERT INTO attempt (id, person_id, exercise_id, domain, stage, score, success, duration_ms,"
                       " hints_used, answer, finished_at) VALUES ('a1', 'p1', 'comb/perm/n3', 'combinatorics', 2, 0.75,"
                       " 0, 61000, 1, '[[0,1,2]]', '2026-01-04T08:00:00Z')"),
        QStringLiteral("INSERT INTO mastery VALUES ('p1', 'combinatorics', 2, 1, 1, 0, 0.75, '2026-01-04')"),
        QStringLiteral("INSERT INTO artifact VALUES ('r1', 'p1', NULL, 'melody', 'My song', '{\"notes\":[60,62]}', '2026-01-05')"),
        QStringLiteral("INSERT INTO feedback (id, artifact_id, author_id, body, created_at)"
                       " VALUES ('f1', 'r1', 't1', 'Lovely!', '2026-01-06')"),
        QStringLiteral("INSERT INTO audit_log VALUES ('l1', '2026-01-06', 't1', 'person.add', 'p1', NULL)"),
    };
    for (const QString &row : rows)
        rawExec(db, row);
    if (version >= 2)
        rawExec(db, QStringLiteral("INSERT INTO attempt (id, person_id, exercise_id, domain, stage, score, success,"
                                   " duration_ms, hints_used, answer, finished_at, mixed_set) VALUES ('a2', 'p1',"
                                   " 'comb/perm/n3', 'combinatorics', 2, 1.0, 1, 30000, 0, '[]', '2026-01-07', 1)"));
    if (version >= 4) {
        rawExec(db, QStringLiteral("INSERT INTO assignment (id, class_id, created_by, created_at, due_on, closed)"
                                   " VALUES ('as1', 'c1', 't1', '2026-01-08', '2026-01-15', 0)"));
        rawExec(db, QStringLiteral("INSERT INTO assignment_item VALUES ('as1', 0, 'combinatorics', 2, NULL)"));
        rawExec(db, QStringLiteral("UPDATE feedback SET stars = 3, seen_at = '2026-01-09' WHERE id = 'f1'"));
    }
    sqlite3_close(db);
}

/// Every row of every table, as text, in the columns the table had before.
QStringList dump(const QSqlDatabase &db, const QMap<QString, QStringList> &columns)
{
    QStringList out;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY 1").arg(it.value().join(QLatin1Char(',')), it.key())))
            return {QStringLiteral("cannot read ") + it.key()};
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < it.value().size(); ++i)
                row.append(q.value(i).toString());
            out.append(it.key() + QLatin1Char(':') + row.join(QLatin1Char('|')));
        }
    }
    return out;
}

QMap<QString, QStringList> columnsOf(const QSqlDatabase &db)
{
    QMap<QString, QStringList> columns;
    QSqlQuery tables(db);
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'schema_version'"));
    while (tables.next()) {
        const QSqlRecord record = db.record(tables.value(0).toString());
        for (int i = 0; i < record.count(); ++i)
            columns[tables.value(0).toString()].append(record.fieldName(i));
    }
    return columns;
}

} // namespace

/// Databases written by older builds keep every row when this build migrates them.
class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void oldDatabasesKeepTheirData_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 1; v < latestSchemaVersion(); ++v)
            QTest::addRow("schema %d", v) << v;
    }

    void oldDatabasesKeepTheirData()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        writeOldDatabase(path, version);
        if (QTest::currentTestFailed())
            return;

        QMap<QString, QStringList> columns;
        QStringList before;
        {
            QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            old.setDatabaseName(path);
            QVERIFY(old.open());
            columns = columnsOf(old);
            before = dump(old, columns);
            old.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        QVERIFY(columns.contains(QStringLiteral("person")));
        QVERIFY(before.size() >= 9);

        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE((*db)->schemaVersion(), latestSchemaVersion());
        QCOMPARE(dump((*db)->sql(), columns), before);
        // Once migrated, the file is marked as Stages' own.
        QCOMPARE(SqlQuery((*db)->sql(), QStringLiteral("PRAGMA application_id")).scalar().value().toUInt(),
                 SqliteFile::kStagesApplicationId);
        if (version < 2) {
            auto mixed = SqlQuery((*db)->sql(), QStringLiteral("SELECT mixed_set FROM attempt WHERE id = 'a1'")).scalar();
            QCOMPARE(mixed.value().toInt(), 0);
        }
        if (version < 5) {
            // The training tables of issue 11 arrive empty, and the signing key is made later.
            for (const char *table : { "educator", "evidence", "certificate", "signing_key", "programme_edit" }) {
                auto rows = SqlQuery((*db)->sql(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))).scalar();
                QVERIFY2(rows.ok(), table);
                QCOMPARE(rows->toInt(), 0);
            }
        }
        QVERIFY((*db)->integrityCheck().ok());
    }

    // Schema 8's covering index is the server's only: a file gets the version and no index.
    void schema8AddsNoIndexToAFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("seven.sqlite"));
        writeOldDatabase(path, 7);
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE((*db)->schemaVersion(), 8);
        const auto indexes = [&db](const QString &name) {
            SqlQuery q((*db)->sql(),
                       QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = :n"));
            q.bind(QStringLiteral(":n"), name);
            return q.scalar().value().toInt();
        };
        QCOMPARE(indexes(QStringLiteral("attempt_person_time")), 1);
        QCOMPARE(indexes(QStringLiteral("attempt_dashboard")), 0);
    }

    // A PC's cache of schema 6, attached to a server: schema 7 queues the training rows it never
    // sent, and from then on its deletions too.
    void attachedCacheQueuesTrainingAndDeletions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pc.sqlite"));
        writeOldDatabase(path, 6);
        {
            sqlite3 *raw = nullptr;
            QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &raw), SQLITE_OK);
            rawExec(raw, QStringLiteral("INSERT INTO sync_state VALUES ('server', 'postgresql://stages_app@server/stages')"));
            rawExec(raw, QStringLiteral("INSERT INTO educator (id, person_id, display_name, founding, created_at)"
                                        " VALUES ('e1', 't1', 'Tom', 0, '2026-01-10')"));
            rawExec(raw, QStringLiteral("INSERT INTO evidence (id, educator_id, programme_id, kind, amount, occurred_on,"
                                        " recorded_at) VALUES ('v1', 'e1', 'stages-teacher', 'workshop-hours', 4,"
                                        " '2026-01-10', '2026-01-10')"));
            rawExec(raw, QStringLiteral("DELETE FROM outbox"));
            sqlite3_close(raw);
        }
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        const auto queued = [&](const QString &table) {
            SqlQuery q((*db)->sql(), QStringLiteral("SELECT group_concat(row_key) FROM outbox WHERE tbl = :t"));
            q.bind(QStringLiteral(":t"), table);
            return q.scalar().value().toString();
        };
        QCOMPARE(queued(QStringLiteral("educator")), QStringLiteral("e1"));
        QCOMPARE(queued(QStringLiteral("evidence")), QStringLiteral("v1"));
        QCOMPARE(queued(QStringLiteral("person")), QString());
        QVERIFY(SqlQuery((*db)->sql(), QStringLiteral("DELETE FROM class_member WHERE person_id = 'p1'")).exec().ok());
        QCOMPARE(queued(QStringLiteral("class_member")), QStringLiteral("c1") + QChar(0x1F) + QStringLiteral("p1"));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
