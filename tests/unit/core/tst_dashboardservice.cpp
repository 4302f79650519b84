// The teacher dashboards' figures (issue 10, points 1, 2 and 7): a real SQLite file, attempts
// stored through AttemptService exactly as the app stores them, a ManualClock moved between
// them, and every figure of the class dashboard, the drill-down and the school overview checked
// against what the pupils did.

#include "core/dashboard/attentionrules.h"
#include "core/dashboard/dashboardservice.h"
#include "core/progress/attemptservice.h"
#include "core/storage/sqlquery.h"
#include "support/testdatabase.h"

#include <QRandomGenerator>
#include <QTest>

using namespace stages;

namespace {
/// The rules these cases were written for (the defaults are looser: see tst_attentionrules).
const stages::AttentionThresholds kRules { 5, 4, 14, 3 };
}
using namespace stages::test;

namespace {

const QString kComb = QStringLiteral("combinatorics");
const QString kMusic = QStringLiteral("music");

QDateTime at(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC);
}

const PupilProgressRow *pupilNamed(const ClassDashboard &board, const QString &name)
{
    for (const PupilProgressRow &p : board.pupils) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

QStringList reasons(const PupilProgressRow &pupil)
{
    QStringList keys;
    for (const AttentionFlag &f : pupil.attention)
        keys.append(attentionReasonKey(f.reason) + QLatin1Char(':') + QString::number(f.figure));
    return keys;
}

QStringList weeks(const QList<WeeklyProgress> &list)
{
    QStringList out;
    for (const WeeklyProgress &w : list)
        out.append(w.weekStart.toString(Qt::ISODate) + QLatin1Char('=') + QString::number(w.stages));
    return out;
}

QString distribution(const ClassDashboard &board)
{
    QStringList out;
    for (const LevelDistribution &d : board.distribution) {
        QStringList counts;
        for (int n : d.pupils)
            counts.append(QString::number(n));
        out.append(d.domain + QLatin1Char('/') + QString::number(d.stage) + QLatin1Char('=')
                   + counts.join(QLatin1Char(',')));
    }
    return out.join(QLatin1Char(' '));
}

} // namespace

class TestDashboardService : public QObject
{
    Q_OBJECT

    TestDatabase m_db;
    ManualClock m_clock { at(9, 1, 8) };
    std::unique_ptr<SmallSchool> m_school;
    QString m_bob;
    QString m_cid;
    QString m_dan;
    QString m_eve;
    QString m_otherClass;
    QMap<QString, qint64> m_durations; // domain -> ms, of the active pupils of 1.A
    QMap<QString, int> m_attemptsPerDomain;

    Session pupilSession(const QString &name, const QString &className, const QList<int> &pictures, QString &id)
    {
        AccountService accounts(*m_db.db, m_clock);
        id = accounts.addPerson(m_school->admin, { Role::Pupil, name, {}, {}, pictures, std::nullopt, className })
                 .value()
                 .id;
        return accounts.signInWithPictures(id, pictures).value();
    }

    /// One attempt at the clock's time; the clock then moves on by the time it took.
    void attempt(const Session &who, const QString &domain, int stage, double score, bool success, qint64 ms,
                 int hints = 0, bool mixed = false, bool counted = true)
    {
        AttemptRecord a;
        a.exerciseId = domain + QStringLiteral("/ex/") + QString::number(stage);
        a.domain = domain;
        a.stage = stage;
        a.score = score;
        a.success = success;
        a.durationMs = ms;
        a.hintsUsed = hints;
        a.mixedSet = mixed;
        QVERIFY2(AttemptService(*m_db.db, m_clock).record(who, a).ok(), "attempt not stored");
        m_clock.advance(ms);
        if (counted) {
            m_durations[domain] += ms;
            ++m_attemptsPerDomain[domain];
        }
    }

    ClassDashboard board(const DashboardFilter &filter = {})
    {
        auto b = DashboardService(*m_db.db, m_clock).classDashboard(m_school->teacher, m_school->classId, filter, kRules);
        if (!b)
            qFatal("classDashboard failed: %s", qPrintable(b.error()));
        return b.value();
    }

private slots:
    void initTestCase()
    {
        STAGES_SKIP_WITHOUT_TEST_BACKEND();
        m_school = std::make_unique<SmallSchool>(*m_db.db, m_clock);
        const Session bob = pupilSession(QStringLiteral("Bob Builder"), QStringLiteral("1.A"), { 1, 2, 3 }, m_bob);
        pupilSession(QStringLiteral("Cid Quiet"), QStringLiteral("1.A"), { 2, 3, 4 }, m_cid);
        const Session dan = pupilSession(QStringLiteral("Dan Gone"), QStringLiteral("1.A"), { 3, 4, 5 }, m_dan);
        m_otherClass = ClassService(*m_db.db, m_clock).addClass(m_school->admin, QStringLiteral("2.B")).value().id;
        pupilSession(QStringLiteral("Eve Else"), QStringLiteral("2.B"), { 5, 6, 7 }, m_eve);
        const Session &pia = m_school->pupil;

        // Tuesday 1 September: Pia makes combinatorics stage 1 proficient; Bob uses a hint each
        // time (familiar, never proficient); Dan, archived later, works too.
        m_clock.set(at(9, 1, 8));
        for (int i = 0; i < 3; ++i)
            attempt(pia, kComb, 1, 1.0, true, 10000);
        for (int i = 0; i < 3; ++i)
            attempt(bob, kComb, 1, 1.0, true, 15000, 1);
        for (int i = 0; i < 3; ++i)
            attempt(dan, kComb, 1, 1.0, true, 99000, 0, false, false);
        // Wednesday 2 September: Bob fails stage 2 four times in a row.
        m_clock.set(at(9, 2, 9));
        for (int i = 0; i < 4; ++i)
            attempt(bob, kComb, 2, 0.1, false, 30000);
        // Tuesday 8 September: Pia fails once then masters music stage 2; a warm-up success makes
        // her combinatorics stage 1 mastered.
        m_clock.set(at(9, 8, 10));
        attempt(pia, kMusic, 2, 0.2, false, 20000);
        for (int i = 0; i < 3; ++i)
            attempt(pia, kMusic, 2, 1.0, true, 12000);
        attempt(pia, kComb, 1, 1.0, true, 8000, 0, true);

        SqlQuery archive(m_db.db->sql(), QStringLiteral("UPDATE person SET active = 0 WHERE id = :p"));
        archive.bind(QStringLiteral(":p"), m_dan);
        QVERIFY(archive.exec().ok());
    }

    void classDashboardAllTime()
    {
        m_clock.set(at(9, 20, 10)); // a Sunday
        const ClassDashboard b = board();
        QCOMPARE(b.className, QStringLiteral("1.A"));
        QCOMPARE(b.computedAt, at(9, 20, 10));
        QStringList names;
        for (const PupilProgressRow &p : b.pupils)
            names.append(p.name);
        QCOMPARE(
            names,
            (QStringList { QStringLiteral("Bob Builder"), QStringLiteral("Cid Quiet"), QStringLiteral("Pia Pupil") }));

        const PupilProgressRow *pia = pupilNamed(b, QStringLiteral("Pia Pupil"));
        QCOMPARE(pia->id, m_school->pupilId);
        QCOMPARE(pia->avatar, 3);
        QCOMPARE(pia->attempts, 8);
        QCOMPARE(pia->successRate, 7.0 / 8);
        QCOMPARE(pia->mastery.value(kComb).value(1), MasteryLevel::Mastered);
        QCOMPARE(pia->mastery.value(kMusic).value(2), MasteryLevel::Proficient);
        QCOMPARE(pia->mastery.size(), 2);
        QCOMPARE(pia->stagesProficient, 2);
        // The last attempt: 10:00 + 20 s + 3 x 12 s on the 8th.
        QCOMPARE(pia->lastActive, at(9, 8, 10).addSecs(56));
        QCOMPARE(reasons(*pia), QStringList {});

        const PupilProgressRow *bob = pupilNamed(b, QStringLiteral("Bob Builder"));
        QCOMPARE(bob->attempts, 7);
        QCOMPARE(bob->successRate, 3.0 / 7);
        QCOMPARE(bob->mastery.value(kComb).value(1), MasteryLevel::Familiar);
        QCOMPARE(bob->mastery.value(kComb).value(2), MasteryLevel::Attempted);
        QCOMPARE(bob->stagesProficient, 0);
        QCOMPARE(bob->lastActive, at(9, 2, 9).addSecs(90));
        // 18 days since the 2nd; four failures in a row at combinatorics stage 2.
        QCOMPARE(reasons(*bob), (QStringList { QStringLiteral("inactive:18"), QStringLiteral("failing-streak:4") }));
        QCOMPARE(bob->attention.at(1).domain, kComb);
        QCOMPARE(bob->attention.at(1).stage, 2);
        QVERIFY(bob->attention.at(1).text.contains(QLatin1String("4 failed")));

        const PupilProgressRow *cid = pupilNamed(b, QStringLiteral("Cid Quiet"));
        QCOMPARE(cid->attempts, 0);
        QCOMPARE(cid->successRate, 0.0);
        QVERIFY(!cid->lastActive.isValid());
        QVERIFY(cid->mastery.isEmpty());
        QCOMPARE(reasons(*cid), QStringList { QStringLiteral("inactive:0") });
        QCOMPARE(cid->attention.constFirst().text, QStringLiteral("Has not started yet"));

        // Stages first proficient: combinatorics 1 in the week of 31 August, music 2 in the week
        // of 7 September (Pia's mixed-set success raises a level, it is no new stage); every week
        // up to today's, the 14th, with zeros.
        QCOMPARE(weeks(b.weekly),
                 (QStringList { QStringLiteral("2026-08-31=1"), QStringLiteral("2026-09-07=1"),
                                QStringLiteral("2026-09-14=0") }));
        // Dan is archived: not in the distribution's pupils, his time not counted.
        QCOMPARE(distribution(b),
                 QStringLiteral("combinatorics/1=1,0,1,0,1 combinatorics/2=2,1,0,0,0 music/2=2,0,0,1,0"));
        QCOMPARE(b.timeOnTask.size(), 2);
        QCOMPARE(b.timeOnTask.at(0).domain, kComb);
        QCOMPARE(b.timeOnTask.at(0).durationMs, m_durations.value(kComb));
        QCOMPARE(b.timeOnTask.at(0).durationMs, qint64(3 * 10000 + 3 * 15000 + 4 * 30000 + 8000));
        QCOMPARE(b.timeOnTask.at(0).attempts, m_attemptsPerDomain.value(kComb));
        QCOMPARE(b.timeOnTask.at(1).domain, kMusic);
        QCOMPARE(b.timeOnTask.at(1).durationMs, qint64(20000 + 3 * 12000));
        QCOMPARE(b.timeOnTask.at(1).attempts, 4);
    }

    void filters()
    {
        m_clock.set(at(9, 20, 10));
        DashboardFilter music;
        music.domain = kMusic;
        ClassDashboard b = board(music);
        const PupilProgressRow *pia = pupilNamed(b, QStringLiteral("Pia Pupil"));
        QCOMPARE(pia->attempts, 4);
        QCOMPARE(pia->successRate, 0.75);
        QCOMPARE(pia->stagesProficient, 1);
        QCOMPARE(pia->mastery.keys(), QStringList { kMusic });
        QCOMPARE(pupilNamed(b, QStringLiteral("Bob Builder"))->attempts, 0);
        // Attention looks at the pupil as a whole, whatever the filter.
        QCOMPARE(reasons(*pupilNamed(b, QStringLiteral("Bob Builder"))).size(), 2);
        QCOMPARE(weeks(b.weekly), (QStringList { QStringLiteral("2026-09-07=1"), QStringLiteral("2026-09-14=0") }));
        QCOMPARE(b.timeOnTask.size(), 1);
        QCOMPARE(b.timeOnTask.at(0).domain, kMusic);
        QCOMPARE(distribution(b), QStringLiteral("music/2=2,0,0,1,0"));

        // 2 to 7 September: only Bob's failures; the weeks of the range, nobody proficient then.
        DashboardFilter days;
        days.from = QDate(2026, 9, 2);
        days.to = QDate(2026, 9, 7);
        b = board(days);
        QCOMPARE(pupilNamed(b, QStringLiteral("Pia Pupil"))->attempts, 0);
        QCOMPARE(pupilNamed(b, QStringLiteral("Bob Builder"))->attempts, 4);
        QCOMPARE(pupilNamed(b, QStringLiteral("Bob Builder"))->successRate, 0.0);
        // Mastery is the standing now.
        QCOMPARE(pupilNamed(b, QStringLiteral("Pia Pupil"))->mastery.value(kMusic).value(2), MasteryLevel::Proficient);
        QCOMPARE(weeks(b.weekly), (QStringList { QStringLiteral("2026-08-31=0"), QStringLiteral("2026-09-07=0") }));
        QCOMPARE(b.timeOnTask.size(), 1);
        QCOMPARE(b.timeOnTask.at(0).durationMs, qint64(4 * 30000));

        // The last day is included, the first too: the 1st alone holds Pia's first proficient stage.
        DashboardFilter first;
        first.from = QDate(2026, 9, 1);
        first.to = QDate(2026, 9, 1);
        b = board(first);
        QCOMPARE(pupilNamed(b, QStringLiteral("Pia Pupil"))->attempts, 3);
        QCOMPARE(weeks(b.weekly), QStringList { QStringLiteral("2026-08-31=1") });
    }

    void thresholdsChangeTheFlags()
    {
        m_clock.set(at(9, 20, 10));
        AttentionThresholds lenient;
        lenient.inactiveDays = 30;
        lenient.failuresInARow = 5;
        auto b = DashboardService(*m_db.db, m_clock).classDashboard(m_school->teacher, m_school->classId, {}, lenient);
        QVERIFY(b.ok());
        QCOMPARE(reasons(*pupilNamed(b.value(), QStringLiteral("Bob Builder"))), QStringList {});
        // Never started is said whatever the number of days.
        QCOMPARE(reasons(*pupilNamed(b.value(), QStringLiteral("Cid Quiet"))),
                 QStringList { QStringLiteral("inactive:0") });
    }

    void wordsNameTheDomainWhenGivenTitles()
    {
        m_clock.set(at(9, 20, 10));
        DashboardService service(*m_db.db, m_clock);
        auto b = service.classDashboard(m_school->teacher, m_school->classId, {}, kRules);
        QCOMPARE(pupilNamed(b.value(), QStringLiteral("Bob Builder"))->attention.at(1).text,
                 QStringLiteral("4 failed attempt(s) in a row at stage 2"));
        service.setDomainTitles({ { kComb, QStringLiteral("Patterns") } });
        b = service.classDashboard(m_school->teacher, m_school->classId, {}, kRules);
        QCOMPARE(pupilNamed(b.value(), QStringLiteral("Bob Builder"))->attention.at(1).text,
                 QStringLiteral("4 failed attempt(s) in a row at Patterns stage 2"));
    }

    void drillDown()
    {
        m_clock.set(at(9, 20, 10));
        DashboardService service(*m_db.db, m_clock);
        const auto mastery = service.pupilMastery(m_school->teacher, m_school->pupilId);
        QVERIFY(mastery.ok());
        QCOMPARE(mastery->size(), 2);
        QCOMPARE(mastery->at(0).domain, kComb);
        QCOMPARE(mastery->at(0).level, MasteryLevel::Mastered);
        QCOMPARE(mastery->at(0).attempts, 4);
        QCOMPARE(mastery->at(1).domain, kMusic);
        QCOMPARE(mastery->at(1).attempts, 4);
        QCOMPARE(mastery->at(1).successes, 3);

        auto attempts = service.pupilAttempts(m_school->teacher, m_school->pupilId);
        QVERIFY(attempts.ok());
        QCOMPARE(attempts->size(), 8);
        QVERIFY(attempts->at(0).mixedSet); // newest first: the warm-up success
        QCOMPARE(attempts->at(0).finishedAt, at(9, 8, 10).addSecs(56));
        for (int i = 1; i < attempts->size(); ++i)
            QVERIFY(attempts->at(i - 1).finishedAt >= attempts->at(i).finishedAt);
        QCOMPARE(attempts->constLast().domain, kComb);
        QCOMPARE(attempts->constLast().durationMs, qint64(10000));
        QCOMPARE(attempts->at(4).score, 0.2); // the music failure
        QVERIFY(!attempts->at(4).success);

        attempts = service.pupilAttempts(m_school->teacher, m_school->pupilId, {}, 2);
        QCOMPARE(attempts->size(), 2);
        DashboardFilter comb;
        comb.domain = kComb;
        attempts = service.pupilAttempts(m_school->teacher, m_school->pupilId, comb);
        QCOMPARE(attempts->size(), 4);
        DashboardFilter second;
        second.from = QDate(2026, 9, 2);
        attempts = service.pupilAttempts(m_school->teacher, m_bob, second);
        QCOMPARE(attempts->size(), 4);
        QCOMPARE(attempts->at(0).hintsUsed, 0);
        QCOMPARE(service.pupilAttempts(m_school->teacher, m_bob).value().constLast().hintsUsed, 1);

        QCOMPARE(weeks(service.pupilProgress(m_school->teacher, m_school->pupilId).value()),
                 (QStringList { QStringLiteral("2026-08-31=1"), QStringLiteral("2026-09-07=1"),
                                QStringLiteral("2026-09-14=0") }));
        QCOMPARE(weeks(service.pupilProgress(m_school->teacher, m_bob).value()),
                 (QStringList { QStringLiteral("2026-08-31=0"), QStringLiteral("2026-09-07=0"),
                                QStringLiteral("2026-09-14=0") }));
        QVERIFY(service.pupilProgress(m_school->teacher, m_cid).value().isEmpty());
    }

    void schoolOverviewAgreesWithTheClass()
    {
        m_clock.set(at(9, 10, 12));
        DashboardService service(*m_db.db, m_clock);
        const auto rows = service.schoolOverview(m_school->teacher, kRules);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 2);
        const ClassOverviewRow &a = rows->at(0);
        QCOMPARE(a.className, QStringLiteral("1.A"));
        QCOMPARE(a.pupils, 3);
        QCOMPARE(a.activeLastWeek, 1); // Pia on the 8th; Bob's 2nd is more than 7 days ago
        QCOMPARE(a.attempts, 15);
        QCOMPARE(a.successRate, 10.0 / 15);
        QCOMPARE(a.medianStagesProficient, 0.0); // 2, 0, 0
        QCOMPARE(a.needAttention, 2); // Bob's failures, Cid not started

        int flagged = 0;
        for (const PupilProgressRow &p : board().pupils)
            flagged += p.attention.isEmpty() ? 0 : 1;
        QCOMPARE(flagged, a.needAttention);

        const ClassOverviewRow &b = rows->at(1);
        QCOMPARE(b.className, QStringLiteral("2.B"));
        QCOMPARE(b.pupils, 1);
        QCOMPARE(b.attempts, 0);
        QCOMPARE(b.activeLastWeek, 0);
        QCOMPARE(b.needAttention, 0); // nobody there has begun: nobody is behind

        // Three weeks after her last attempt Pia is inactive too; Bob, twice flagged, counts once.
        m_clock.set(at(9, 30, 12));
        QCOMPARE(service.schoolOverview(m_school->teacher, kRules).value().at(0).needAttention, 3);
        QCOMPARE(service.schoolOverview(m_school->teacher, kRules).value().at(0).activeLastWeek, 0);
    }

    void rulesLookAtTheLatestAttempts()
    {
        // A pupil of her own school: four failures at music stage 1, then only successes at
        // combinatorics stage 1, one a minute. The failures count while they are among her
        // latest kRecentAttempts attempts, in the class dashboard and the school overview alike.
        TestDatabase db;
        ManualClock clock(at(10, 1, 8));
        SmallSchool school(*db.db, clock);
        AttemptService attempts(*db.db, clock);
        const auto record = [&](const QString &domain, bool success) {
            AttemptRecord a;
            a.exerciseId = QStringLiteral("x");
            a.domain = domain;
            a.stage = 1;
            a.score = success ? 1.0 : 0.0;
            a.success = success;
            a.durationMs = 1000;
            QVERIFY(attempts.record(school.pupil, a).ok());
            clock.advance(60000);
        };
        for (int i = 0; i < 4; ++i)
            record(kMusic, false);
        for (int i = 0; i < kRecentAttempts - 4; ++i)
            record(kComb, true);
        DashboardService service(*db.db, clock);
        const auto flagged = [&]() {
            const auto b = service.classDashboard(school.teacher, school.classId, {}, kRules);
            const auto o = service.schoolOverview(school.teacher, kRules);
            const bool inClass = !b->pupils.constFirst().attention.isEmpty();
            if (inClass != (o->constFirst().needAttention == 1))
                qFatal("the class dashboard and the school overview disagree");
            return inClass ? reasons(b->pupils.constFirst()) : QStringList {};
        };
        QCOMPARE(flagged(), QStringList { QStringLiteral("failing-streak:4") });
        record(kComb, true); // the first failure leaves the window: 3 in a row remain
        QCOMPARE(flagged(), QStringList {});
        QCOMPARE(service.classDashboard(school.teacher, school.classId, {}, kRules)->pupils.constFirst().attempts,
                 kRecentAttempts + 1);
    }

    void weeklyProgressIsTheReplayOfTheMasteryRules()
    {
        // Random attempts over five weeks; the expected weeks from masteryLevel() on every prefix
        // of each stage's history (the slow, obvious way).
        TestDatabase db;
        ManualClock clock(at(9, 7, 8));
        SmallSchool school(*db.db, clock);
        AttemptService attempts(*db.db, clock);
        QRandomGenerator random(42);
        QMap<int, QList<AttemptOutcome>> history;
        QMap<QDate, int> expected;
        for (int day = 0; day < 35; day += 1 + int(random.bounded(3))) {
            clock.set(at(9, 7, 8).addDays(day));
            for (int i = 0; i < 6; ++i) {
                AttemptRecord a;
                a.exerciseId = QStringLiteral("x");
                a.domain = kComb;
                a.stage = 1 + int(random.bounded(3));
                a.success = random.bounded(4) != 0;
                a.score = a.success ? 1.0 : 0.5;
                a.hintsUsed = random.bounded(5) == 0 ? 1 : 0;
                a.mixedSet = random.bounded(6) == 0;
                a.durationMs = 1000;
                QVERIFY(attempts.record(school.pupil, a).ok());
                QList<AttemptOutcome> &h = history[a.stage];
                const bool before = masteryLevel(h) >= MasteryLevel::Proficient;
                h.append({ a.score, a.success, a.mixedSet, a.hintsUsed });
                bool reachedBefore = before;
                for (int n = 1; n < h.size() && !reachedBefore; ++n)
                    reachedBefore = masteryLevel(h.mid(0, n)) >= MasteryLevel::Proficient;
                if (!reachedBefore && masteryLevel(h) >= MasteryLevel::Proficient) {
                    const QDate d = clock.now().date();
                    ++expected[d.addDays(1 - d.dayOfWeek())];
                }
                clock.advance(60000);
            }
        }
        QVERIFY2(!expected.isEmpty(), "the seed should make some stage proficient");
        DashboardService service(*db.db, clock);
        const auto weekly = service.pupilProgress(school.teacher, school.pupilId).value();
        QCOMPARE(weekly.size(), 5);
        int total = 0;
        for (const WeeklyProgress &w : weekly) {
            QCOMPARE(w.stages, expected.value(w.weekStart));
            total += w.stages;
        }
        QCOMPARE(weeks(service.classDashboard(school.teacher, school.classId, {}, kRules)->weekly), weeks(weekly));
        QVERIFY(total > 0);
    }

    void rights()
    {
        DashboardService service(*m_db.db, m_clock);
        QVERIFY(!service.classDashboard(m_school->pupil, m_school->classId, {}, kRules).ok());
        QVERIFY(!service.classDashboard(m_school->trainer, m_school->classId, {}, kRules).ok());
        QVERIFY(!service.schoolOverview(m_school->pupil, kRules).ok());
        // Not even about oneself: the drill-down is the teacher's.
        QVERIFY(!service.pupilMastery(m_school->pupil, m_school->pupilId).ok());
        QVERIFY(!service.pupilAttempts(m_school->pupil, m_school->pupilId).ok());
        QVERIFY(!service.pupilProgress(m_school->pupil, m_school->pupilId).ok());
        QVERIFY(service.classDashboard(m_school->admin, m_school->classId, {}, kRules).ok());
        QVERIFY(service.pupilMastery(m_school->admin, m_school->pupilId).ok());

        const auto unknown = service.classDashboard(m_school->teacher, QStringLiteral("no-such-class"));
        QVERIFY(!unknown.ok());
        QVERIFY(!unknown.error().isEmpty());
        QVERIFY(!service.pupilMastery(m_school->teacher, QStringLiteral("no-such-pupil")).ok());
        // A teacher is not a pupil.
        SqlQuery q(m_db.db->sql(), QStringLiteral("SELECT id FROM person WHERE role = 'teacher'"));
        QVERIFY(q.exec().ok() && q.next());
        QVERIFY(!service.pupilAttempts(m_school->teacher, q.value(0).toString()).ok());
    }
};

QTEST_GUILESS_MAIN(TestDashboardService)
#include "tst_dashboardservice.moc"
