// AttemptRecorder and its pending journal on a real SQLite file: an attempt the database refuses
// is kept (journal next to the database, 0600, one synced line), stored by a later retry with the
// same id, never twice, and replayed by the next program that opens the database.

#include "core/progress/attemptrecorder.h"
#include "core/storage/ids.h"
#include "core/storage/sqlquery.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace stages;
using namespace stages::test;

namespace {

AttemptRecord attempt(const QString &exercise, double score = 1.0)
{
    AttemptRecord a;
    a.exerciseId = exercise;
    a.domain = QStringLiteral("combinatorics");
    a.stage = 1;
    a.score = score;
    a.success = score >= 1.0;
    a.durationMs = 1000;
    a.answer = QJsonArray { 1, 2 };
    return a;
}

int count(Database &db, const QString &sql)
{
    return SqlQuery(db.sql(), sql).scalar().value().toInt();
}

Status exec(Database &db, const char *sql)
{
    return SqlQuery(db.sql(), QString::fromLatin1(sql)).exec();
}

/// Makes every attempt insert fail, as a full disk or a broken file would.
Status breakStorage(Database &db)
{
    return exec(db, "CREATE TRIGGER no_attempts BEFORE INSERT ON attempt BEGIN SELECT RAISE(ABORT, 'disk trouble'); END");
}

} // namespace

class TestAttemptRecorder : public QObject
{
    Q_OBJECT

private slots:
    void savedAtOnceWhenTheDatabaseTakesIt()
    {
        TestDatabase t;
        ManualClock clock;
        SmallSchool school(*t.db, clock);
        AttemptRecorder recorder(*t.db, clock);
        auto outcome = recorder.submit(school.pupil, attempt(QStringLiteral("a")));
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QVERIFY(outcome->saved);
        QCOMPARE(outcome->recorded.attemptId, outcome->attemptId);
        QCOMPARE(count(*t.db, QStringLiteral("SELECT COUNT(*) FROM attempt")), 1);
        QVERIFY(!QFile::exists(recorder.journal().path()));
        QCOMPARE(recorder.pendingCount(), 0);
    }

    void keptInTheJournalAndStoredByARetry()
    {
        TestDatabase t;
        ManualClock clock;
        SmallSchool school(*t.db, clock);
        AttemptRecorder recorder(*t.db, clock);
        QVERIFY(breakStorage(*t.db));

        clock.advance(5000);
        const QDateTime finished = clock.now();
        auto outcome = recorder.submit(school.pupil, attempt(QStringLiteral("kept"), 0.5));
        QVERIFY2(outcome.ok(), qPrintable(outcome.error())); // no error for the pupil
        QVERIFY(!outcome->saved);
        QVERIFY(outcome->problem.contains(QLatin1String("disk trouble")));
        QCOMPARE(recorder.pendingCount(), 1);

        // The journal: next to the database, only the owner may read it, one line.
        const QString journal = t.path() + QStringLiteral(".pending.jsonl");
        QCOMPARE(recorder.journal().path(), journal);
        QVERIFY(QFile::exists(journal));
        QCOMPARE(QFile::permissions(journal) & ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
                 QFile::Permissions());
        QFile file(journal);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), 1);

        // Still broken: the retry keeps it.
        QCOMPARE(recorder.retryPending().value(), 1);
        QCOMPARE(count(*t.db, QStringLiteral("SELECT COUNT(*) FROM attempt")), 0);

        // Mended: stored with its own id and the time the pupil finished, the journal gone.
        QVERIFY(exec(*t.db, "DROP TRIGGER no_attempts"));
        clock.advance(60000);
        QCOMPARE(recorder.retryPending().value(), 0);
        QVERIFY(!QFile::exists(journal));
        SqlQuery row(t.db->sql(), QStringLiteral("SELECT id, finished_at, score FROM attempt"));
        QVERIFY(row.exec());
        QVERIFY(row.next());
        QCOMPARE(row.value(0).toString(), outcome->attemptId);
        QCOMPARE(row.value(1).toString(), toDbTime(finished));
        QCOMPARE(row.value(2).toDouble(), 0.5);
        QCOMPARE(count(*t.db, QStringLiteral("SELECT attempts FROM mastery")), 1);
        QCOMPARE(recorder.pendingCount(), 0);
    }

    void theNextProgramReplaysTheJournal()
    {
        TestDatabase t;
        ManualClock clock;
        SmallSchool school(*t.db, clock);
        QString id;
        {
            AttemptRecorder recorder(*t.db, clock);
            QVERIFY(breakStorage(*t.db));
            id = recorder.submit(school.pupil, attempt(QStringLiteral("x"))).value().attemptId;
            QVERIFY(exec(*t.db, "DROP TRIGGER no_attempts"));
        } // the program ends with the attempt only in the journal
        AttemptRecorder next(*t.db, clock);
        QCOMPARE(next.pendingCount(), 1);
        QCOMPARE(next.retryPending().value(), 0);
        SqlQuery q(t.db->sql(), QStringLiteral("SELECT COUNT(*) FROM attempt WHERE id = :id"));
        q.bind(QStringLiteral(":id"), id);
        QCOMPARE(q.scalar().value().toInt(), 1);
    }

    void aReplayNeverStoresAnAttemptTwice()
    {
        TestDatabase t;
        ManualClock clock;
        SmallSchool school(*t.db, clock);
        AttemptService service(*t.db, clock);
        AttemptRecord a = attempt(QStringLiteral("twice"));
        a.id = QStringLiteral("11111111-2222-3333-4444-555555555555");
        a.finishedAt = clock.now();
        auto first = service.record(school.pupil, a);
        QVERIFY(first.ok());
        QVERIFY(!first->alreadyStored);
        auto again = service.record(school.pupil, a);
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QVERIFY(again->alreadyStored);
        QCOMPARE(count(*t.db, QStringLiteral("SELECT COUNT(*) FROM attempt")), 1);
        QCOMPARE(count(*t.db, QStringLiteral("SELECT attempts FROM mastery")), 1);

        // A journal line for an attempt already stored (the program died after the commit,
        // before it removed the line) is dropped by the replay, not stored again.
        AttemptJournal journal(t.path() + QStringLiteral(".pending.jsonl"));
        QVERIFY(journal.append({ school.pupil, a }));
        AttemptRecorder recorder(*t.db, clock);
        QCOMPARE(recorder.retryPending().value(), 0);
        QCOMPARE(count(*t.db, QStringLiteral("SELECT COUNT(*) FROM attempt")), 1);

        // Another pupil cannot claim the id.
        AttemptRecord stolen = a;
        stolen.personId.clear();
        Session other = school.pupil;
        other.personId = QStringLiteral("someone-else");
        QVERIFY(!service.record(other, stolen).ok());
    }

    void aReplayedAttemptTakesItsPlaceInTime()
    {
        TestDatabase t;
        ManualClock clock;
        SmallSchool school(*t.db, clock);
        AttemptRecorder recorder(*t.db, clock);
        QVERIFY(breakStorage(*t.db));
        // A success kept while the database failed, then a failure stored later.
        auto early = recorder.submit(school.pupil, attempt(QStringLiteral("e"), 1.0));
        QVERIFY(early.ok() && !early->saved);
        QVERIFY(exec(*t.db, "DROP TRIGGER no_attempts"));
        clock.advance(10000);
        auto late = recorder.submit(school.pupil, attempt(QStringLiteral("l"), 0.0));
        QVERIFY(late.ok() && late->saved);
        QCOMPARE(recorder.retryPending().value(), 0);
        SqlQuery q(t.db->sql(), QStringLiteral("SELECT exercise_id FROM attempt ORDER BY finished_at"));
        QVERIFY(q.exec());
        QStringList order;
        while (q.next())
            order.append(q.value(0).toString());
        QCOMPARE(order, (QStringList { QStringLiteral("e"), QStringLiteral("l") }));
        QCOMPARE(count(*t.db, QStringLiteral("SELECT attempts FROM mastery")), 2);
    }

    void aCutLastLineIsSkipped()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.pending.jsonl"));
        AttemptJournal journal(path);
        AttemptRecord a = attempt(QStringLiteral("whole"));
        a.id = QStringLiteral("id-1");
        a.personId = QStringLiteral("p");
        a.finishedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(journal.append({ Session { QStringLiteral("p"), QStringLiteral("s"), Role::Pupil, QStringLiteral("P") }, a }));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::Append));
            f.write("{\"id\":\"id-2\",\"perso"); // the program died in the middle of a line
        }
        const auto entries = journal.entries();
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().attempt.id, QStringLiteral("id-1"));
        QCOMPARE(entries->first().attempt.answer, QJsonValue(QJsonArray { 1, 2 }));
    }

    void invalidAttemptsAreRefusedNotKept()
    {
        TestDatabase t;
        ManualClock clock;
        SmallSchool school(*t.db, clock);
        AttemptRecorder recorder(*t.db, clock);
        QVERIFY(!recorder.submit(school.pupil, attempt(QStringLiteral("x"), 1.5)).ok());
        QCOMPARE(recorder.pendingCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAttemptRecorder)
#include "tst_attemptrecorder.moc"
