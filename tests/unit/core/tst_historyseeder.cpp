// The demo history generator (issue 10, point 7): the counts add up, the same seed gives the same
// history, mastery agrees with the attempts exactly, stuck / inactive / never-started pupils are
// there, and every attempt lies on a school day of the year before now.

#include "core/progress/masteryrules.h"
#include "core/school/demoseeder.h"
#include "core/school/historygenerator.h"
#include "core/school/historyseeder.h"
#include "core/storage/ids.h"
#include "core/storage/sqlquery.h"
#include "support/testdatabase.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlRecord>

#include <QTest>
#include <numeric>

using namespace stages;
using namespace stages::test;

namespace {

const QDateTime kNow(QDate(2026, 6, 12), QTime(15, 30), Qt::UTC);

/// A small plan of two domains in the shape stagesctl gives (core needs only ids and pieces).
HistoryPlan plan()
{
    HistoryPlan p;
    for (const QString &domain : { QStringLiteral("combinatorics"), QStringLiteral("music") }) {
        HistoryPlan::Domain d;
        d.id = domain;
        for (int stage = 1; stage <= 5; ++stage) {
            HistoryPlan::Stage s;
            s.stage = stage;
            for (int e = 0; e < 4; ++e)
                s.exercises.append({ QStringLiteral("%1/s%2/e%3").arg(domain).arg(stage).arg(e), QJsonValue(e) });
            if (stage >= 2) {
                HistoryPlan::Piece piece;
                piece.exerciseId = QStringLiteral("%1/s%2/create").arg(domain).arg(stage);
                piece.kind
                    = domain == QLatin1String("music") ? QStringLiteral("melody") : QStringLiteral("arrangements");
                piece.titleTemplate = QStringLiteral("My piece, %1");
                piece.content = QJsonObject { { QStringLiteral("items"), QJsonArray { QJsonArray { 0, 1 } } },
                                              { QStringLiteral("stage"), stage } };
                piece.answer = QJsonArray { QJsonArray { 0, 1 } };
                s.pieces.append(piece);
            }
            d.stages.append(s);
        }
        p.domains.append(d);
    }
    p.feedbackComments = { QStringLiteral("Lovely!"), QStringLiteral("Try a longer one.") };
    return p;
}

/// A school of @p pupils in three classes with @p attempts of history, seeded with @p seed.
struct SeededSchool
{
    TestDatabase t;
    ManualClock clock { kNow };
    HistorySeeder::Summary summary;

    SeededSchool(int pupils, qint64 attempts, quint32 seed)
    {
        AccountService accounts(*t.db, clock);
        ClassService classes(*t.db, clock);
        DemoSeeder people(accounts, classes);
        if (auto created = people.seed({ pupils, 3, seed, false }); !created)
            qFatal("%s", qPrintable(created.error()));
        HistorySeeder history(*t.db, clock);
        HistorySeeder::Options options;
        options.attempts = attempts;
        options.seed = seed;
        auto done = history.seed(Session::commandLine(accounts.schoolId()), plan(), options);
        if (!done)
            qFatal("%s", qPrintable(done.error()));
        summary = *done;
    }

    qint64 count(const QString &sql) const { return SqlQuery(t.db->sql(), sql).scalar().value().toLongLong(); }

    /// Everything generated, pupils named by name and class (their ids are random), as one hash.
    QByteArray fingerprint() const
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        const QStringList queries = {
            QStringLiteral("SELECT a.id, p.display_name, c.name, a.exercise_id, a.domain, a.stage, a.score, a.success,"
                           " a.duration_ms, a.hints_used, a.answer, a.finished_at, a.mixed_set FROM attempt a"
                           " JOIN person p ON p.id = a.person_id JOIN class_member m ON m.person_id = p.id"
                           " JOIN school_class c ON c.id = m.class_id ORDER BY a.finished_at, a.id"),
            QStringLiteral("SELECT p.display_name, p.rowid, x.domain, x.stage, x.level, x.attempts, x.successes,"
                           " x.best_score, x.updated_at FROM mastery x JOIN person p ON p.id = x.person_id"
                           " ORDER BY p.rowid, x.domain, x.stage"),
            QStringLiteral("SELECT w.id, c.name, w.started_at, w.ends_at FROM warmup w JOIN school_class c"
                           " ON c.id = w.class_id ORDER BY w.started_at, w.id"),
            QStringLiteral("SELECT a.id, a.kind, a.title, a.content, a.created_at, f.body, f.stars, f.created_at,"
                           " f.seen_at FROM artifact a LEFT JOIN feedback f ON f.artifact_id = a.id"
                           " ORDER BY a.created_at, a.id"),
        };
        for (const QString &sql : queries) {
            SqlQuery q(t.db->sql(), sql);
            if (!q.exec())
                qFatal("fingerprint query failed");
            while (q.next()) {
                for (int i = 0; i < q.raw().record().count(); ++i)
                    hash.addData(QByteArray(q.value(i).toString().toUtf8() + '\x1f'));
                hash.addData("\n");
            }
        }
        return hash.result();
    }
};

QStringList schema(const Database &db)
{
    SqlQuery q(db.sql(),
               QStringLiteral("SELECT type || ' ' || name || ' ' || COALESCE(sql, '') FROM sqlite_master "
                              "ORDER BY type, name"));
    if (!q.exec())
        return {};
    QStringList rows;
    while (q.next())
        rows.append(q.value(0).toString());
    return rows;
}

} // namespace

class TestHistorySeeder : public QObject
{
    Q_OBJECT

private slots:
    void apportionAddsUp_data()
    {
        QTest::addColumn<qint64>("total");
        QTest::addColumn<QList<double>>("weights");
        QTest::newRow("even") << qint64(10) << QList<double> { 1, 1, 1 };
        QTest::newRow("zeros stay zero") << qint64(7) << QList<double> { 0, 2, 0, 1 };
        QTest::newRow("big") << qint64(1'000'000) << QList<double> { 0.3, 1.7, 0.75, 1.3, 0.01 };
        QTest::newRow("fewer than parts") << qint64(2) << QList<double> { 1, 1, 1, 1, 1 };
    }
    void apportionAddsUp()
    {
        QFETCH(qint64, total);
        QFETCH(QList<double>, weights);
        const std::vector<double> w(weights.cbegin(), weights.cend());
        const auto parts = HistoryGenerator::apportion(total, w);
        QCOMPARE(qint64(std::accumulate(parts.begin(), parts.end(), qint64(0))), total);
        for (size_t i = 0; i < w.size(); ++i) {
            if (w[i] == 0)
                QCOMPARE(parts[i], qint64(0));
        }
    }

    void countsAddUp()
    {
        SeededSchool s(40, 6000, 3);
        QCOMPARE(s.summary.attempts, qint64(6000));
        QCOMPARE(s.count(QStringLiteral("SELECT COUNT(*) FROM attempt")), qint64(6000));
        QCOMPARE(s.count(QStringLiteral("SELECT SUM(attempts) FROM mastery")), qint64(6000));
        QCOMPARE(s.count(QStringLiteral("SELECT COUNT(*) FROM mastery")), s.summary.masteryRows);
        QCOMPARE(s.count(QStringLiteral("SELECT COUNT(*) FROM warmup")), qint64(s.summary.warmUps));
        QCOMPARE(s.count(QStringLiteral("SELECT COUNT(*) FROM artifact")), qint64(s.summary.artifacts));
        QCOMPARE(s.count(QStringLiteral("SELECT COUNT(*) FROM feedback")), qint64(s.summary.feedback));
        QCOMPARE(s.count(QStringLiteral("SELECT COUNT(DISTINCT person_id) FROM attempt")),
                 qint64(s.summary.pupilsStarted));
        QVERIFY(s.summary.warmUps > 0);
        QVERIFY(s.summary.artifacts > 0);
        QVERIFY(s.summary.feedback > 0 && s.summary.feedback <= s.summary.artifacts);
        // Every piece is a successful attempt at a creative exercise of the plan.
        QCOMPARE(s.count(QStringLiteral("SELECT COUNT(*) FROM artifact a WHERE NOT EXISTS (SELECT 1 FROM attempt t"
                                        " WHERE t.person_id = a.person_id AND t.exercise_id = a.exercise_id"
                                        " AND t.finished_at = a.created_at AND t.success = 1)")),
                 qint64(0));
        // Warm-up attempts happen inside a warm-up of the pupil's class.
        QVERIFY(s.count(QStringLiteral("SELECT COUNT(*) FROM attempt WHERE mixed_set = 1")) > 0);
        QCOMPARE(s.count(QStringLiteral(
                     "SELECT COUNT(*) FROM attempt a WHERE a.mixed_set = 1 AND NOT EXISTS (SELECT 1 FROM warmup w"
                     " JOIN class_member m ON m.class_id = w.class_id WHERE m.person_id = a.person_id"
                     " AND a.finished_at > w.started_at AND a.finished_at <= w.ends_at)")),
                 qint64(0));
    }

    void sameSeedSameHistory()
    {
        const QByteArray a = SeededSchool(20, 1500, 7).fingerprint();
        QCOMPARE(SeededSchool(20, 1500, 7).fingerprint(), a);
        QVERIFY(SeededSchool(20, 1500, 8).fingerprint() != a);
    }

    void masteryAgreesWithAttempts()
    {
        SeededSchool s(40, 8000, 5);
        const QSqlDatabase db = s.t.db->sql();
        SqlQuery rows(
            db,
            QStringLiteral("SELECT person_id, domain, stage, level, attempts, successes, best_score, updated_at "
                           "FROM mastery ORDER BY person_id, domain, stage"));
        QVERIFY(rows.exec());
        QSet<int> levels;
        int checked = 0;
        while (rows.next()) {
            SqlQuery q(db,
                       QStringLiteral("SELECT score, success, mixed_set, hints_used, finished_at FROM attempt "
                                      "WHERE person_id = :p AND domain = :d AND stage = :s ORDER BY finished_at, id"));
            q.bind(QStringLiteral(":p"), rows.value(0))
                .bind(QStringLiteral(":d"), rows.value(1))
                .bind(QStringLiteral(":s"), rows.value(2));
            QVERIFY(q.exec());
            QList<AttemptOutcome> history;
            int successes = 0;
            double best = 0;
            QString last;
            while (q.next()) {
                history.append({ q.value(0).toDouble(), q.value(1).toBool(), q.value(2).toBool(), q.value(3).toInt() });
                successes += q.value(1).toBool() ? 1 : 0;
                best = std::max(best, q.value(0).toDouble());
                last = q.value(4).toString();
            }
            const QString where = rows.value(0).toString() + QLatin1Char('/') + rows.value(1).toString()
                + QLatin1Char('/') + rows.value(2).toString();
            QVERIFY2(!history.isEmpty(), qPrintable(where));
            QCOMPARE(rows.value(3).toInt(), int(masteryLevel(history)));
            QCOMPARE(rows.value(4).toInt(), int(history.size()));
            QCOMPARE(rows.value(5).toInt(), successes);
            QCOMPARE(rows.value(6).toDouble(), best);
            QCOMPARE(rows.value(7).toString(), last);
            levels.insert(rows.value(3).toInt());
            ++checked;
        }
        QCOMPARE(qint64(checked), s.summary.masteryRows);
        // Every stage tried has its row.
        QCOMPARE(
            s.count(QStringLiteral("SELECT COUNT(*) FROM (SELECT DISTINCT person_id, domain, stage FROM attempt)")),
            s.summary.masteryRows);
        // A believable spread: some stages only attempted, some familiar, some mastered in warm-ups.
        for (MasteryLevel level : { MasteryLevel::Attempted, MasteryLevel::Familiar, MasteryLevel::Mastered })
            QVERIFY2(levels.contains(int(level)), qPrintable(masteryLevelKey(level)));
    }

    void stuckInactiveAndNeverStartedPupils()
    {
        SeededSchool s(80, 12000, 11);
        QVERIFY(s.summary.stuck > 0);
        QVERIFY(s.summary.inactive > 0);
        QVERIFY(s.summary.pupilsStarted < s.summary.pupils); // a few never started

        QCOMPARE(s.summary.stuckPupilIds.size(), s.summary.stuck);
        QCOMPARE(s.summary.inactivePupilIds.size(), s.summary.inactive);
        QCOMPARE(s.summary.unstartedPupilIds.size(), s.summary.pupils - s.summary.pupilsStarted);
        const QSqlDatabase db = s.t.db->sql();
        // Stuck: the last ten attempts all failed, on one stage, and they still came last week.
        for (const QString &id : std::as_const(s.summary.stuckPupilIds)) {
            SqlQuery q(db,
                       QStringLiteral(
                           "SELECT COUNT(*), SUM(success), COUNT(DISTINCT domain || stage), MAX(finished_at)"
                           " FROM (SELECT * FROM attempt WHERE person_id = :p ORDER BY finished_at DESC LIMIT 10)"));
            q.bind(QStringLiteral(":p"), id);
            QVERIFY(q.exec() && q.next());
            QCOMPARE(q.value(0).toInt(), 10);
            QCOMPARE(q.value(1).toInt(), 0);
            QCOMPARE(q.value(2).toInt(), 1);
            QVERIFY2(q.value(3).toString() > QLatin1String("2026-06-05"), qPrintable(q.value(3).toString()));
        }
        // Inactive: worked for a while, then nothing in the last three weeks.
        for (const QString &id : std::as_const(s.summary.inactivePupilIds)) {
            SqlQuery q(db, QStringLiteral("SELECT COUNT(*), MAX(finished_at) FROM attempt WHERE person_id = :p"));
            q.bind(QStringLiteral(":p"), id);
            QVERIFY(q.exec() && q.next());
            QVERIFY(q.value(0).toInt() > 0);
            QVERIFY2(q.value(1).toString() < QLatin1String("2026-05-22"), qPrintable(q.value(1).toString()));
        }
        for (const QString &id : std::as_const(s.summary.unstartedPupilIds)) {
            SqlQuery q(db, QStringLiteral("SELECT COUNT(*) FROM attempt WHERE person_id = :p"));
            q.bind(QStringLiteral(":p"), id);
            QCOMPARE(q.scalar().value().toInt(), 0);
        }
        // Pupils differ in how much they did.
        const qint64 most
            = s.count(QStringLiteral("SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM attempt GROUP BY person_id)"));
        const qint64 least
            = s.count(QStringLiteral("SELECT MIN(n) FROM (SELECT COUNT(*) AS n FROM attempt GROUP BY person_id)"));
        QVERIFY(most > 2 * least);
    }

    void datesOnSchoolDaysOfTheYear()
    {
        SeededSchool s(30, 4000, 2);
        const QList<QDate> days = HistorySeeder::schoolDays(kNow.date(), true);
        const QSet<QDate> schoolDays(days.cbegin(), days.cend());
        QVERIFY(days.size() > 150 && days.size() < 200);
        QVERIFY(!schoolDays.contains(QDate(2025, 12, 24)));
        QVERIFY(!schoolDays.contains(QDate(2026, 6, 6))); // a Saturday
        QVERIFY(!schoolDays.contains(QDate(2026, 4, 6))); // Easter Monday
        QVERIFY(schoolDays.contains(QDate(2026, 6, 11)));

        SqlQuery q(s.t.db->sql(),
                   QStringLiteral("SELECT finished_at, duration_ms, hints_used, score, success FROM attempt"));
        QVERIFY(q.exec());
        int rows = 0;
        while (q.next()) {
            const QString text = q.value(0).toString();
            const QDateTime at = fromDbTime(text);
            QVERIFY2(at.isValid() && toDbTime(at) == text, qPrintable(text));
            QVERIFY2(schoolDays.contains(at.date()), qPrintable(text));
            QVERIFY2(at < kNow && at.time() >= QTime(7, 0) && at.time() < QTime(18, 0), qPrintable(text));
            QVERIFY(q.value(1).toLongLong() >= 4000 && q.value(1).toLongLong() <= 10 * 60 * 1000);
            QVERIFY(q.value(2).toInt() >= 0 && q.value(2).toInt() <= 3);
            const double score = q.value(3).toDouble();
            QVERIFY(score >= 0 && score <= 1);
            QCOMPARE(q.value(4).toBool(), score >= 1.0);
            ++rows;
        }
        QCOMPARE(rows, 4000);
        // Feedback comes after the piece and before now, from a teacher.
        QCOMPARE(s.count(QStringLiteral("SELECT COUNT(*) FROM feedback f JOIN artifact a ON a.id = f.artifact_id"
                                        " JOIN person t ON t.id = f.author_id WHERE f.created_at <= a.created_at"
                                        " OR f.created_at >= '2026-06-12T15:30' OR t.role <> 'teacher'"
                                        " OR (f.seen_at IS NOT NULL AND f.seen_at <= f.created_at)")),
                 qint64(0));
    }

    void piecesKeepThePlansContent()
    {
        SeededSchool s(30, 4000, 4);
        SqlQuery q(s.t.db->sql(), QStringLiteral("SELECT kind, title, content, exercise_id FROM artifact"));
        QVERIFY(q.exec());
        int pieces = 0;
        while (q.next()) {
            const QJsonObject content = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
            QCOMPARE(content.value(QStringLiteral("items")).toArray().size(), 1);
            QVERIFY(q.value(3).toString().endsWith(QLatin1String("/create")));
            QCOMPARE(q.value(0).toString(),
                     q.value(3).toString().startsWith(QLatin1String("music")) ? QStringLiteral("melody")
                                                                              : QStringLiteral("arrangements"));
            QVERIFY(q.value(1).toString().startsWith(QLatin1String("My piece, ")));
            QVERIFY(!q.value(1).toString().contains(QLatin1String("%1")));
            ++pieces;
        }
        QVERIFY(pieces > 0);
    }

    void schemaStaysTheMigratedOne()
    {
        TestDatabase fresh;
        SeededSchool s(10, 500, 1);
        QCOMPARE(schema(*s.t.db), schema(*fresh.db));
    }

    void refusesWhatItCannotDoRight()
    {
        SeededSchool s(10, 300, 1);
        HistorySeeder history(*s.t.db, s.clock);
        HistorySeeder::Options options;
        options.attempts = 10;
        // A second history would make mastery disagree with the attempts.
        QVERIFY(!history.seed(Session::commandLine(), plan(), options).ok());
        QCOMPARE(s.count(QStringLiteral("SELECT COUNT(*) FROM attempt")), qint64(300));

        TestDatabase t;
        ManualClock clock(kNow);
        HistorySeeder empty(*t.db, clock);
        const Session pupil { QStringLiteral("p"), QString(), Role::Pupil, QStringLiteral("Ann") };
        QVERIFY(!empty.seed(pupil, plan(), options).ok());
        QVERIFY(!empty.seed(Session::commandLine(), HistoryPlan(), options).ok());
        HistoryPlan noFirstStage = plan();
        noFirstStage.domains[0].stages[0].exercises.clear();
        QVERIFY(!empty.seed(Session::commandLine(), noFirstStage, options).ok());
        options.attempts = -1;
        QVERIFY(!empty.seed(Session::commandLine(), plan(), options).ok());
    }
};

QTEST_GUILESS_MAIN(TestHistorySeeder)
#include "tst_historyseeder.moc"
