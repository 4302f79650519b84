// The attention rules of the teacher dashboards (issue 10, point 1): one pupil's figures in, the
// reasons and the words out. Pure: no database; the time comes from a ManualClock. No translator
// is installed, so the words are the English source with its plural "(s)".

#include "core/clock.h"
#include "core/dashboard/attentionrules.h"

#include <QTest>

using namespace stages;

namespace {

const QDateTime kNow(QDate(2026, 10, 15), QTime(10, 0), Qt::UTC);

/// "..P." : one session per character, consecutive days ending the day before kNow; 'P' marks a
/// session in which a stage newly reached Proficient.
QList<SessionDay> sessions(const QString &pattern)
{
    QList<SessionDay> list;
    for (int i = 0; i < pattern.size(); ++i)
        list.append({ kNow.date().addDays(i - pattern.size()), pattern.at(i) == QLatin1Char('P') });
    return list;
}

/// "music:3:SSFFFF" (oldest first; S success, F failure), several separated by spaces; the stage
/// was last tried in the latest session (the day before kNow), or 30 days before with ":old".
QList<StageRecent> stageRuns(const QString &spec)
{
    QList<StageRecent> list;
    for (const QString &one : spec.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList parts = one.split(QLatin1Char(':'));
        StageRecent s { parts.at(0), parts.at(1).toInt(), {}, kNow.date().addDays(-1) };
        for (const QChar c : parts.at(2))
            s.successes.append(c == QLatin1Char('S'));
        if (parts.value(3) == QLatin1String("old"))
            s.lastDay = kNow.date().addDays(-30);
        list.append(s);
    }
    return list;
}

QStringList describe(const QList<AttentionFlag> &flags)
{
    QStringList out;
    for (const AttentionFlag &f : flags)
        out.append(attentionReasonKey(f.reason) + QLatin1Char(':') + QString::number(f.figure)
                   + (f.domain.isEmpty() ? QString()
                                         : QLatin1Char(':') + f.domain + QLatin1Char(':') + QString::number(f.stage)));
    return out;
}

QStringList texts(const QList<AttentionFlag> &flags)
{
    QStringList out;
    for (const AttentionFlag &f : flags)
        out.append(f.text);
    return out;
}

} // namespace

class TestAttentionRules : public QObject
{
    Q_OBJECT

private slots:
    void reasonKeys()
    {
        QCOMPARE(attentionReasonKey(AttentionReason::NoNewStage), QStringLiteral("no-new-stage"));
        QCOMPARE(attentionReasonKey(AttentionReason::FailingStreak), QStringLiteral("failing-streak"));
        QCOMPARE(attentionReasonKey(AttentionReason::Inactive), QStringLiteral("inactive"));
        QCOMPARE(attentionReasonKey(AttentionReason::BehindClass), QStringLiteral("behind-class"));
    }

    void rules_data()
    {
        QTest::addColumn<QString>("sessionPattern");
        QTest::addColumn<QString>("stageSpec");
        QTest::addColumn<int>("daysSinceActive"); // -1: never
        QTest::addColumn<bool>("classHasBegun");
        QTest::addColumn<int>("proficient");
        QTest::addColumn<double>("median");
        QTest::addColumn<QStringList>("expected"); // reason:figure[:domain:stage]
        QTest::addColumn<QStringList>("words");

        const QStringList none;
        QTest::newRow("doing well: nothing")
            << QStringLiteral("PP.P") << QStringLiteral("music:3:FSSS") << 0 << true << 5 << 5.0 << none << none;
        QTest::newRow("never started, class has begun")
            << QStringLiteral("") << QStringLiteral("") << -1 << true << 0 << 0.0
            << QStringList { QStringLiteral("inactive:0") } << QStringList { QStringLiteral("Has not started yet") };
        QTest::newRow("never started, nobody has: nothing to say")
            << QStringLiteral("") << QStringLiteral("") << -1 << false << 0 << 0.0 << none << none;
        QTest::newRow("inactive for exactly the threshold") << QStringLiteral("P") << QStringLiteral("") << 14 << true
                                                            << 0 << 0.0 << QStringList { QStringLiteral("inactive:14") }
                                                            << QStringList { QStringLiteral("Inactive for 14 day(s)") };
        QTest::newRow("13 days is not yet inactive")
            << QStringLiteral("P") << QStringLiteral("") << 13 << true << 0 << 0.0 << none << none;
        QTest::newRow("5 sessions without a new stage")
            << QStringLiteral("P.....") << QStringLiteral("") << 0 << true << 3 << 3.0
            << QStringList { QStringLiteral("no-new-stage:5") }
            << QStringList { QStringLiteral("No new stage in the last 5 session(s)") };
        QTest::newRow("the figure is every session since the last new stage")
            << QStringLiteral("........") << QStringLiteral("") << 0 << true << 3 << 3.0
            << QStringList { QStringLiteral("no-new-stage:8") }
            << QStringList { QStringLiteral("No new stage in the last 8 session(s)") };
        QTest::newRow("4 sessions are not enough")
            << QStringLiteral("P....") << QStringLiteral("") << 0 << true << 3 << 3.0 << none << none;
        QTest::newRow("a new stage in the last session clears it")
            << QStringLiteral("......P") << QStringLiteral("") << 0 << true << 3 << 3.0 << none << none;
        QTest::newRow("4 failures in a row at one stage")
            << QStringLiteral("P") << QStringLiteral("music:3:SSFFFF combinatorics:1:FFF") << 0 << true << 1 << 1.0
            << QStringList { QStringLiteral("failing-streak:4:music:3") }
            << QStringList { QStringLiteral("4 failed attempt(s) in a row at Music stage 3") };
        QTest::newRow("a streak at a stage not tried in the latest session is left behind")
            << QStringLiteral("P") << QStringLiteral("music:3:FFFFFF:old combinatorics:1:FFFF") << 0 << true << 1 << 1.0
            << QStringList { QStringLiteral("failing-streak:4:combinatorics:1") }
            << QStringList { QStringLiteral("4 failed attempt(s) in a row at stage 1") };
        QTest::newRow("a success ends the streak")
            << QStringLiteral("P") << QStringLiteral("music:3:FFFFS") << 0 << true << 1 << 1.0 << none << none;
        QTest::newRow("the longest streak is named")
            << QStringLiteral("P") << QStringLiteral("music:3:FFFF combinatorics:2:FFFFFF movement:1:FFFFF") << 0
            << true << 1 << 1.0 << QStringList { QStringLiteral("failing-streak:6:combinatorics:2") }
            << QStringList { QStringLiteral("6 failed attempt(s) in a row at stage 2") }; // no title for combinatorics
        QTest::newRow("3 stages behind the median")
            << QStringLiteral("P") << QStringLiteral("") << 0 << true << 4 << 7.0
            << QStringList { QStringLiteral("behind-class:3") }
            << QStringList { QStringLiteral("3 stage(s) behind the class (median 7)") };
        QTest::newRow("a half median") << QStringLiteral("P") << QStringLiteral("") << 0 << true << 2 << 6.5
                                       << QStringList { QStringLiteral("behind-class:4") }
                                       << QStringList { QStringLiteral("4 stage(s) behind the class (median 6.5)") };
        QTest::newRow("2.5 behind is not 3")
            << QStringLiteral("P") << QStringLiteral("") << 0 << true << 4 << 6.5 << none << none;
        QTest::newRow("everything at once")
            << QStringLiteral("P..........") << QStringLiteral("music:1:FFFFFFF") << 30 << true << 0 << 4.0
            << QStringList { QStringLiteral("inactive:30"), QStringLiteral("no-new-stage:10"),
                             QStringLiteral("failing-streak:7:music:1"), QStringLiteral("behind-class:4") }
            << QStringList { QStringLiteral("Inactive for 30 day(s)"),
                             QStringLiteral("No new stage in the last 10 session(s)"),
                             QStringLiteral("7 failed attempt(s) in a row at Music stage 1"),
                             QStringLiteral("4 stage(s) behind the class (median 4)") };
    }

    void rules()
    {
        QFETCH(QString, sessionPattern);
        QFETCH(QString, stageSpec);
        QFETCH(int, daysSinceActive);
        QFETCH(bool, classHasBegun);
        QFETCH(int, proficient);
        QFETCH(double, median);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, words);

        ManualClock clock(kNow);
        PupilFigures f;
        f.sessions = sessions(sessionPattern);
        f.stages = stageRuns(stageSpec);
        if (daysSinceActive >= 0)
            f.lastActive = kNow.addDays(-daysSinceActive).addSecs(-3600);
        f.classHasBegun = classHasBegun;
        f.stagesProficient = proficient;
        f.classMedian = median;
        const QHash<QString, QString> titles { { QStringLiteral("music"), QStringLiteral("Music") },
                                               { QStringLiteral("movement"), QStringLiteral("Movement") } };
        const auto flags = AttentionRules::evaluate(f, AttentionThresholds(), clock, titles);
        QCOMPARE(describe(flags), expected);
        QCOMPARE(texts(flags), words);
    }

    void thresholdsAreSettings()
    {
        ManualClock clock(kNow);
        PupilFigures f;
        f.sessions = sessions(QStringLiteral("P.."));
        f.stages = stageRuns(QStringLiteral("music:2:FF"));
        f.lastActive = kNow.addDays(-3);
        f.classHasBegun = true;
        f.stagesProficient = 3;
        f.classMedian = 4;
        QVERIFY(AttentionRules::evaluate(f, AttentionThresholds(), clock).isEmpty());
        const AttentionThresholds strict { 2, 2, 3, 1 };
        QCOMPARE(describe(AttentionRules::evaluate(f, strict, clock)),
                 (QStringList { QStringLiteral("inactive:3"), QStringLiteral("no-new-stage:2"),
                                QStringLiteral("failing-streak:2:music:2"), QStringLiteral("behind-class:1") }));
        // 0 turns a rule off, "has not started" with the inactive rule.
        const AttentionThresholds off { 0, 0, 0, 0 };
        QVERIFY(AttentionRules::evaluate(f, off, clock).isEmpty());
        PupilFigures never;
        never.classHasBegun = true;
        never.classMedian = 9;
        QCOMPARE(describe(AttentionRules::evaluate(never, AttentionThresholds(), clock)),
                 (QStringList { QStringLiteral("inactive:0"), QStringLiteral("behind-class:9") }));
        QVERIFY(AttentionRules::evaluate(never, off, clock).isEmpty());
        // Moving the clock on makes an active pupil inactive.
        f.lastActive = kNow;
        QVERIFY(AttentionRules::evaluate(f, AttentionThresholds(), clock).isEmpty());
        clock.advance(qint64(14) * 24 * 3600 * 1000);
        QCOMPARE(describe(AttentionRules::evaluate(f, AttentionThresholds(), clock)),
                 QStringList { QStringLiteral("inactive:14") });
    }

    void sessionsAreUtcDays_data()
    {
        QTest::addColumn<QStringList>("attempts"); // domain/stage/S|F|P(full success)/finished_at
        QTest::addColumn<QString>("sessions"); // one char per session: P newly proficient, . not
        QTest::addColumn<QString>("streaks"); // stage:successes, as for stageRuns()

        QTest::newRow("none") << QStringList {} << QStringLiteral("") << QStringLiteral("");
        QTest::newRow("three full successes on one day")
            << QStringList { QStringLiteral("m/1/P/2026-10-01T08:00:00.000Z"),
                             QStringLiteral("m/1/P/2026-10-01T08:05:00.000Z"),
                             QStringLiteral("m/1/P/2026-10-01T23:59:59.999Z") }
            << QStringLiteral("P") << QStringLiteral("m:1:SSS");
        QTest::newRow("the run spans days: the day it is completed counts") << QStringList {
            QStringLiteral("m/1/P/2026-10-01T08:00:00.000Z"), QStringLiteral("m/1/P/2026-10-01T09:00:00.000Z"),
            QStringLiteral("m/1/P/2026-10-02T00:00:00.000Z"), QStringLiteral("m/1/P/2026-10-02T00:01:00.000Z")
        } << QStringLiteral(".P") << QStringLiteral("m:1:SSSS");
        QTest::newRow("a success with hints (S) breaks the run; other stages interleave") << QStringList {
            QStringLiteral("m/1/P/2026-10-01T08:00:00.000Z"), QStringLiteral("m/1/S/2026-10-01T08:01:00.000Z"),
            QStringLiteral("c/2/F/2026-10-01T08:02:00.000Z"), QStringLiteral("m/1/P/2026-10-03T08:00:00.000Z"),
            QStringLiteral("m/1/P/2026-10-03T08:01:00.000Z"), QStringLiteral("c/2/F/2026-10-04T08:00:00.000Z"),
            QStringLiteral("m/1/P/2026-10-05T08:00:00.000Z")
        } << QStringLiteral("...P") << QStringLiteral("m:1:SSSSS c:2:FF");
    }

    void sessionsAreUtcDays()
    {
        QFETCH(QStringList, attempts);
        QFETCH(QString, sessions);
        QFETCH(QString, streaks);
        QList<RecentAttempt> list;
        for (const QString &a : attempts) {
            const QStringList p = a.split(QLatin1Char('/'));
            list.append(
                { p.at(0), p.at(1).toInt(), p.at(2) != QLatin1String("F"), p.at(2) == QLatin1String("P"), p.at(3) });
        }
        PupilFigures f;
        recentFigures(list, f);
        QString pattern;
        for (const SessionDay &d : f.sessions)
            pattern.append(d.reachedProficient ? QLatin1Char('P') : QLatin1Char('.'));
        QCOMPARE(pattern, sessions);
        QStringList got;
        for (const StageRecent &s : f.stages) {
            QString run;
            for (bool ok : s.successes)
                run.append(ok ? QLatin1Char('S') : QLatin1Char('F'));
            got.append(s.domain + QLatin1Char(':') + QString::number(s.stage) + QLatin1Char(':') + run);
        }
        QCOMPARE(got.join(QLatin1Char(' ')), streaks);
        // Each stage remembers the day it was last tried.
        for (const StageRecent &s : f.stages) {
            QDate last;
            for (const RecentAttempt &a : list) {
                if (a.domain == s.domain && a.stage == s.stage)
                    last = QDate::fromString(a.finishedAt.left(10), Qt::ISODate);
            }
            QCOMPARE(s.lastDay, last);
        }
        if (!f.sessions.isEmpty())
            QCOMPARE(f.sessions.constFirst().day, QDate(2026, 10, 1));
    }

    void median_data()
    {
        QTest::addColumn<QList<int>>("values");
        QTest::addColumn<double>("median");
        QTest::newRow("none") << QList<int> {} << 0.0;
        QTest::newRow("one") << QList<int> { 4 } << 4.0;
        QTest::newRow("odd, unsorted") << QList<int> { 9, 1, 5 } << 5.0;
        QTest::newRow("even") << QList<int> { 8, 1, 5, 2 } << 3.5;
    }

    void median()
    {
        QFETCH(QList<int>, values);
        QFETCH(double, median);
        QCOMPARE(AttentionRules::median(values), median);
    }
};

QTEST_GUILESS_MAIN(TestAttentionRules)
#include "tst_attentionrules.moc"
