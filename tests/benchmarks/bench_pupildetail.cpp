// Pupil drill-down benchmark: what PupilDetailLoader reads for one pupil (mastery, attempts,
// weekly progress, work) on an attempt table of 100,000 rows (96 pupils over a year), the pupil
// having 5,000 of them. Prints medians for the newest 500 attempts (what the page asks first) and for all
// 5,000; never fails on time. The page runs these reads on a worker thread either way.

#include "core/clock.h"
#include "core/storage/ids.h"
#include "core/storage/sqlquery.h"
#include "support/testdatabase.h"
#include "ui/teacher/pupil/pupildetailloader.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace stages;
using namespace stages::test;

namespace {

template<typename F>
double medianMs(int runs, F &&f)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        times.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

/// Adds @p count attempts for @p personId over the last year, straight into the table in one
/// transaction (AttemptService would take minutes for 100,000; what is measured is the reading).
void addAttempts(Database &db, const QString &personId, int count, const QDateTime &now)
{
    static const char *domains[] = { "combinatorics", "music", "movement" };
    SqlQuery insert(db.sql(), QStringLiteral("INSERT INTO attempt (id, person_id, exercise_id, domain, stage, score, "
                                             "success, duration_ms, hints_used, answer, finished_at, mixed_set) VALUES "
                                             "(:id, :p, :e, :d, :s, :score, :ok, :ms, :h, '[]', :at, 0)"));
    for (int i = 0; i < count; ++i) {
        const int stage = 1 + (i * 7 / std::max(1, count / 9)) % 9;
        const bool ok = i % 3 != 0;
        insert.bind(QStringLiteral(":id"), newId())
            .bind(QStringLiteral(":p"), personId)
            .bind(QStringLiteral(":e"), QStringLiteral("bench/e%1/s1").arg(i % 40))
            .bind(QStringLiteral(":d"), QString::fromLatin1(domains[i % 3]))
            .bind(QStringLiteral(":s"), stage)
            .bind(QStringLiteral(":score"), ok ? 1.0 : 0.5)
            .bind(QStringLiteral(":ok"), int(ok))
            .bind(QStringLiteral(":ms"), 20000 + (i % 50) * 1000)
            .bind(QStringLiteral(":h"), i % 5 == 0 ? 1 : 0)
            .bind(QStringLiteral(":at"), toDbTime(now.addSecs(-qint64(count - i) * 365 * 86400 / count)));
        if (auto s = insert.exec(); !s)
            qFatal("insert: %s", qPrintable(s.error()));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    TestDatabase t;
    ManualClock clock(QDateTime(QDate(2027, 6, 30), QTime(12, 0), Qt::UTC));
    SmallSchool school(*t.db, clock);
    QElapsedTimer setup;
    setup.start();
    {
        AccountService accounts(*t.db, clock);
        QList<QString> others;
        for (int i = 0; i < 95; ++i) {
            auto added = accounts.addPerson(school.admin, { Role::Pupil, QStringLiteral("Pupil %1").arg(i), {}, {},
                                                            { 1, 2, 3 }, std::nullopt, QStringLiteral("1.A") });
            if (!added)
                qFatal("add pupil: %s", qPrintable(added.error()));
            others.append(added->id);
        }
        Transaction tx(t.db->sql());
        for (int i = 0; i < 95; ++i)
            addAttempts(*t.db, others.at(i), 1000, clock.now());
        addAttempts(*t.db, school.pupilId, 5000, clock.now());
        if (auto s = tx.commit(); !s)
            qFatal("commit: %s", qPrintable(s.error()));
    }
    std::printf("school: 96 pupils, 100000 attempts (pupil: 5000), set up in %lld ms\n",
                static_cast<long long>(setup.elapsed()));

    PupilDetailData data;
    const double newest = medianMs(7, [&] {
        data = PupilDetailLoader::read(*t.db, clock, school.teacher, school.pupilId, {}, 500);
    });
    if (!data.error.isEmpty())
        qFatal("read: %s", qPrintable(data.error));
    std::printf("pupil drill-down, newest 500 attempts: %.1f ms (median of 7; %lld attempts shown, more: %s, "
                "%lld weeks)\n",
                newest, static_cast<long long>(data.attempts.size()), data.moreAttempts ? "yes" : "no",
                static_cast<long long>(data.progress.size()));
    const double all = medianMs(7, [&] {
        data = PupilDetailLoader::read(*t.db, clock, school.teacher, school.pupilId, {}, 5000);
    });
    std::printf("pupil drill-down, all 5000 attempts: %.1f ms (median of 7)\n", all);
    DashboardFilter month;
    month.from = clock.now().date().addDays(-29);
    const double lastMonth = medianMs(7, [&] {
        data = PupilDetailLoader::read(*t.db, clock, school.teacher, school.pupilId, month, 500);
    });
    std::printf("pupil drill-down, last 30 days: %.1f ms (median of 7; %lld attempts)\n", lastMonth,
                static_cast<long long>(data.attempts.size()));
    return 0;
}
