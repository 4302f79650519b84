// Several programs writing one school database at once, and a stream of attempts killed at random
// moments: the real stagesctl binary on a real SQLite file. Writers must not starve (no "database
// is locked"), and every attempt a program reported as saved must be there afterwards.

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <memory>
#include <vector>

namespace {

QProcess *start(const QStringList &args, const QByteArray &input = {})
{
    auto *p = new QProcess;
    p->setProgram(qEnvironmentVariable("STAGES_BIN_DIR") + QStringLiteral("/stagesctl"));
    p->setArguments(args);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    p->setProcessEnvironment(env);
    p->start();
    if (!input.isEmpty())
        p->write(input);
    p->closeWriteChannel();
    return p;
}

struct Reported
{
    QStringList saved;
    QStringList kept;
};

/// The "saved ID ..." / "kept ID ..." lines of demo attempts; a line cut by a kill is ignored.
Reported parseAttempts(const QByteArray &out)
{
    Reported r;
    for (const QByteArray &line : out.split('\n')) {
        const QList<QByteArray> fields = line.split('\t');
        if (fields.size() != 4)
            continue;
        if (fields.at(0) == "saved")
            r.saved.append(QString::fromLatin1(fields.at(1)));
        else if (fields.at(0) == "kept")
            r.kept.append(QString::fromLatin1(fields.at(1)));
    }
    return r;
}

/// Attempt ids in the database, read with SQLite itself.
QSet<QString> storedAttempts(const QString &db)
{
    QSet<QString> ids;
    sqlite3 *raw = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(db).constData(), &raw, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return ids;
    sqlite3_busy_timeout(raw, 5000);
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(raw, "SELECT id FROM attempt", -1, &stmt, nullptr);
    while (sqlite3_step(stmt) == SQLITE_ROW)
        ids.insert(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0))));
    sqlite3_finalize(stmt);
    sqlite3_close(raw);
    return ids;
}

QString integrityCheck(const QString &db)
{
    sqlite3 *raw = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(db).constData(), &raw, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return QStringLiteral("cannot open");
    sqlite3_busy_timeout(raw, 5000);
    QStringList rows;
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(raw, "PRAGMA integrity_check", -1, &stmt, nullptr);
    while (sqlite3_step(stmt) == SQLITE_ROW)
        rows.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0))));
    sqlite3_finalize(stmt);
    sqlite3_close(raw);
    return rows.join(QLatin1Char(';'));
}

} // namespace

class TestConcurrentWriters : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString stagesctlOk(const QStringList &args)
    {
        std::unique_ptr<QProcess> p(start(args));
        if (!p->waitForFinished(300000) || p->exitStatus() != QProcess::NormalExit || p->exitCode() != 0) {
            qWarning("%s", p->readAllStandardError().constData());
            return {};
        }
        return QString::fromUtf8(p->readAllStandardOutput());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(qEnvironmentVariable("STAGES_BIN_DIR") + QStringLiteral("/stagesctl")));
    }

    /// A big seed, twelve "user add"s and a stream of attempts, all at once.
    void writersDoNotStarve()
    {
        const QString db = m_dir.filePath(QStringLiteral("busy.sqlite"));
        QVERIFY(!stagesctlOk({ QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("seed"),
                               QStringLiteral("--pupils"), QStringLiteral("20"), QStringLiteral("--classes"),
                               QStringLiteral("2") })
                     .isEmpty());

        QElapsedTimer timer;
        timer.start();
        std::unique_ptr<QProcess> seed(start({ QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("seed"),
                                               QStringLiteral("--pupils"), QStringLiteral("300"), QStringLiteral("--classes"),
                                               QStringLiteral("4"), QStringLiteral("--seed"), QStringLiteral("9"),
                                               QStringLiteral("--into-existing") }));
        QVERIFY(seed->waitForStarted());
        QTest::qWait(300); // the seed is hashing and writing now
        std::unique_ptr<QProcess> attempts(start({ QStringLiteral("--db"), db, QStringLiteral("demo"),
                                                   QStringLiteral("attempts"), QStringLiteral("--pupils"),
                                                   QStringLiteral("20"), QStringLiteral("--count"), QStringLiteral("150") }));
        std::vector<std::unique_ptr<QProcess>> adds;
        for (int i = 0; i < 12; ++i)
            adds.emplace_back(start({ QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("add"),
                                      QStringLiteral("--role"), QStringLiteral("teacher"), QStringLiteral("--name"),
                                      QStringLiteral("Teacher %1").arg(i), QStringLiteral("--login"),
                                      QStringLiteral("load%1").arg(i), QStringLiteral("--password-stdin") },
                                    "load-test-password\n"));
        int failedAdds = 0;
        int lockedAdds = 0;
        for (auto &add : adds) {
            QVERIFY(add->waitForFinished(120000));
            if (add->exitCode() != 0) {
                ++failedAdds;
                const QByteArray err = add->readAllStandardError();
                lockedAdds += err.contains("locked") ? 1 : 0;
                qWarning("user add failed: %s", err.constData());
            }
        }
        QVERIFY(attempts->waitForFinished(300000));
        QVERIFY(seed->waitForFinished(300000));
        const qint64 ms = timer.elapsed();
        QCOMPARE(seed->exitCode(), 0);
        QCOMPARE(attempts->exitCode(), 0);
        const Reported reported = parseAttempts(attempts->readAllStandardOutput());
        const QSet<QString> stored = storedAttempts(db);
        int missing = 0;
        for (const QString &id : reported.saved + reported.kept)
            missing += stored.contains(id) ? 0 : 1;
        qInfo("seed of 300 pupils with 12 user adds and 150 attempts at once: %d user adds failed (%d locked), "
              "%lld attempts saved at once, %lld kept for a retry, %d missing; %lld ms",
              failedAdds, lockedAdds, qlonglong(reported.saved.size()), qlonglong(reported.kept.size()), missing, ms);
        QCOMPARE(failedAdds, 0);
        QCOMPARE(reported.saved.size() + reported.kept.size(), 150);
        QCOMPARE(reported.kept.size(), 0); // nobody waited past the busy timeout
        QCOMPARE(missing, 0);
        QCOMPARE(integrityCheck(db), QStringLiteral("ok"));
    }

    /// SIGKILL a stream of attempts at random moments; nothing it reported may be lost.
    void killedAttemptStreamsLoseNothing()
    {
        const QString db = m_dir.filePath(QStringLiteral("crash.sqlite"));
        QVERIFY(!stagesctlOk({ QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("seed"),
                               QStringLiteral("--pupils"), QStringLiteral("30"), QStringLiteral("--classes"),
                               QStringLiteral("2") })
                     .isEmpty());
        constexpr int kKills = 32;
        QStringList saved;
        QStringList kept;
        int killed = 0;
        for (int round = 0; round < kKills; ++round) {
            std::unique_ptr<QProcess> stream(start({ QStringLiteral("--db"), db, QStringLiteral("demo"),
                                                     QStringLiteral("attempts"), QStringLiteral("--pupils"),
                                                     QStringLiteral("30"), QStringLiteral("--count"),
                                                     QStringLiteral("1000000"), QStringLiteral("--seed"),
                                                     QString::number(round + 1) }));
            QVERIFY(stream->waitForStarted());
            // Sometimes before the first attempt, mostly in the middle of the stream.
            QTest::qWait(int(QRandomGenerator::global()->bounded(50, 700)));
            if (stream->state() == QProcess::Running) {
                stream->kill(); // SIGKILL: no clean-up, no flush
                ++killed;
            }
            QVERIFY(stream->waitForFinished(30000));
            const Reported r = parseAttempts(stream->readAllStandardOutput());
            saved += r.saved;
            kept += r.kept;
        }
        QCOMPARE(integrityCheck(db), QStringLiteral("ok"));
        std::unique_ptr<QProcess> check(start({ QStringLiteral("--db"), db, QStringLiteral("db"), QStringLiteral("check") }));
        QVERIFY(check->waitForFinished(60000));
        QVERIFY2(check->exitCode() == 0, check->readAllStandardError().constData());
        // Whatever waited in the journal is stored by the next program that opens the school.
        QVERIFY(!stagesctlOk({ QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("attempts"),
                               QStringLiteral("--count"), QStringLiteral("0") })
                     .isEmpty());
        const QSet<QString> stored = storedAttempts(db);
        int lost = 0;
        for (const QString &id : saved + kept)
            lost += stored.contains(id) ? 0 : 1;
        qInfo("%d kills survived: %lld attempts reported saved, %lld kept for later, %lld stored, %d lost",
              killed, qlonglong(saved.size()), qlonglong(kept.size()), qlonglong(stored.size()), lost);
        QVERIFY(killed >= 30);
        QVERIFY(saved.size() > 0);
        QCOMPARE(lost, 0);
        QVERIFY(!QFile::exists(db + QStringLiteral(".pending.jsonl")));
    }
};

QTEST_GUILESS_MAIN(TestConcurrentWriters)
#include "tst_concurrentwriters.moc"
