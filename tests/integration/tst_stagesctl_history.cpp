// "stagesctl demo seed --attempts" through the real binary (issue 10, point 7): a school with a
// year of history from the real exercise catalogue, which "db check" accepts, whose schema is the
// migrated one, and whose pieces open as the teacher's screens open them.

#include "support/stagesctlrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace stages::test;

namespace {

/// Every row of @p sql, columns joined by '|', read straight from the file.
QStringList rows(const QString &file, const char *sql)
{
    sqlite3 *db = nullptr;
    QStringList out;
    if (sqlite3_open_v2(QFile::encodeName(file).constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return { QStringLiteral("cannot open") };
    }
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK) {
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            QStringList columns;
            for (int i = 0; i < sqlite3_column_count(stmt); ++i)
                columns.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, i))));
            out.append(columns.join(QLatin1Char('|')));
        }
    } else {
        out.append(QString::fromUtf8(sqlite3_errmsg(db)));
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return out;
}

} // namespace

class TestStagesctlHistory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(qEnvironmentVariable("STAGES_BIN_DIR") + QStringLiteral("/stagesctl")));
    }

    void seedsAYearThatChecks()
    {
        const QString db = path("school.sqlite");
        const auto seeded = stagesctl({ QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("seed"),
                                        QStringLiteral("--pupils"), QStringLiteral("60"), QStringLiteral("--classes"),
                                        QStringLiteral("3"), QStringLiteral("--attempts"), QStringLiteral("20000") });
        QVERIFY2(seeded.exitCode == 0, qPrintable(seeded.err));
        QVERIFY2(seeded.out.contains(QLatin1String("History: 20000 attempts")), qPrintable(seeded.out));
        QVERIFY2(seeded.err.contains(QLatin1String("20000 of 20000 attempts written")), qPrintable(seeded.err));

        const auto check = stagesctl({ QStringLiteral("--db"), db, QStringLiteral("db"), QStringLiteral("check") });
        QVERIFY2(check.exitCode == 0, qPrintable(check.err));
        QVERIFY(check.out.contains(QLatin1String(": ok, schema")));

        // The schema is exactly what migrating an empty database gives (indexes built again).
        const QString fresh = path("fresh.sqlite");
        QCOMPARE(stagesctl({ QStringLiteral("--db"), fresh, QStringLiteral("db"), QStringLiteral("init") }).exitCode,
                 0);
        const char *schema = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name";
        QCOMPARE(rows(db, schema), rows(fresh, schema));

        QCOMPARE(rows(db, "SELECT COUNT(*) FROM attempt"), QStringList { QStringLiteral("20000") });
        QCOMPARE(rows(db, "SELECT SUM(attempts) FROM mastery"), QStringList { QStringLiteral("20000") });
        QCOMPARE(
            rows(db,
                 "SELECT COUNT(*) FROM attempt WHERE person_id NOT IN (SELECT id FROM person WHERE role = 'pupil')"),
            QStringList { QStringLiteral("0") });

        // Every exercise, stage and domain is the catalogue's own.
        const auto list = stagesctl({ QStringLiteral("exercises"), QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(list.exitCode, 0);
        QHash<QString, QString> where; // id -> "domain|stage"
        for (const QJsonValue &e : QJsonDocument::fromJson(list.out.toUtf8()).array()) {
            const QJsonObject o = e.toObject();
            where.insert(o.value(QStringLiteral("id")).toString(),
                         o.value(QStringLiteral("domain")).toString() + QLatin1Char('|')
                             + QString::number(o.value(QStringLiteral("stage")).toInt()));
        }
        QVERIFY(where.size() > 100);
        const QStringList used = rows(db, "SELECT DISTINCT exercise_id, domain, stage FROM attempt");
        QVERIFY(used.size() > 50);
        for (const QString &row : used) {
            const QString id = row.section(QLatin1Char('|'), 0, 0);
            QVERIFY2(where.contains(id), qPrintable(id));
            QCOMPARE(where.value(id), row.section(QLatin1Char('|'), 1));
        }

        // Pieces in the shape the screens store: rows with their items and elements, tunes with a melody.
        const QStringList pieces = rows(db, "SELECT kind, content FROM artifact");
        QVERIFY(!pieces.isEmpty());
        for (const QString &piece : pieces) {
            const QString kind = piece.section(QLatin1Char('|'), 0, 0);
            const QJsonObject content = QJsonDocument::fromJson(piece.section(QLatin1Char('|'), 1).toUtf8()).object();
            if (kind == QLatin1String("melody")) {
                QVERIFY(!content.value(QStringLiteral("melody")).toObject().isEmpty());
            } else {
                QVERIFY2(kind == QLatin1String("arrangements") || kind == QLatin1String("karate"), qPrintable(kind));
                QVERIFY(!content.value(QStringLiteral("items")).toArray().isEmpty());
                QVERIFY(!content.value(QStringLiteral("elements")).toArray().isEmpty());
            }
        }
        // A tune plays as the teacher's screen plays it: its melody makes a MIDI file of notes.
        for (const QString &id : rows(db, "SELECT id FROM artifact WHERE kind = 'melody' LIMIT 2")) {
            const auto midi
                = stagesctl({ QStringLiteral("--db"), db, QStringLiteral("music"), QStringLiteral("export-midi"),
                              QStringLiteral("--artifact"), id, QStringLiteral("--out"), path("tune.mid") });
            QVERIFY2(midi.exitCode == 0 && midi.out.contains(QLatin1String(" notes")), qPrintable(midi.err));
        }
        QVERIFY(rows(db, "SELECT COUNT(*) FROM feedback").value(0).toInt() > 0);
        QVERIFY(rows(db, "SELECT COUNT(*) FROM mastery WHERE level = 4").value(0).toInt() > 0);
        QVERIFY(rows(db, "SELECT COUNT(*) FROM warmup").value(0).toInt() > 0);

        // A second history would make mastery disagree with the attempts: refused, nothing added.
        const auto again
            = stagesctl({ QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("seed"),
                          QStringLiteral("--pupils"), QStringLiteral("2"), QStringLiteral("--into-existing"),
                          QStringLiteral("--attempts"), QStringLiteral("100") });
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(QLatin1String("already holds attempts")));
        QCOMPARE(rows(db, "SELECT COUNT(*) FROM attempt"), QStringList { QStringLiteral("20000") });
        QCOMPARE(rows(db, "SELECT COUNT(*) FROM person WHERE role = 'pupil'"), QStringList { QStringLiteral("60") });
    }

    void attemptsIsAStrictWholeNumber_data()
    {
        QTest::addColumn<QString>("value");
        for (const char *bad : { "7x", "-1", "", "1e6", "99999999999999999999" })
            QTest::newRow(bad) << QString::fromLatin1(bad);
    }
    void attemptsIsAStrictWholeNumber()
    {
        QFETCH(QString, value);
        const QString db = path("bad.sqlite");
        const auto r
            = stagesctl({ QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("seed"),
                          QStringLiteral("--pupils"), QStringLiteral("1"), QStringLiteral("--attempts"), value });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("--attempts")), qPrintable(r.err));
        QVERIFY(!QFile::exists(db));
    }
};

QTEST_GUILESS_MAIN(TestStagesctlHistory)
#include "tst_stagesctl_history.moc"
