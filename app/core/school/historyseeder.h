#pragma once

#include "core/accounts/session.h"
#include "core/result.h"
#include "core/school/historyplan.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>

namespace stages {

class Clock;
class Database;

/// Writes a believable school year of history for the pupils already in the database: attempts
/// on school days at lesson times, class warm-ups with mixed-set attempts, a few creative pieces
/// with teachers' feedback, and the mastery table exactly as AttemptService::record would have
/// kept it (masteryLevel() over each stage's attempts in order, updated when the last was made).
///
/// Pupils differ: fast, average and slow ones, some stuck on one stage for the last weeks (many
/// failed attempts in a row), some who stopped weeks ago and a few who never started. The year
/// ends at the clock's now; the same seed, pupils, plan and now give the same history.
///
/// Fast on a whole school: everything is drawn in memory first, then written with prepared
/// statements in one transaction (the attempt table's secondary indexes are dropped and built
/// again inside it, so the schema afterwards is exactly the migrated one). SQLite only.
class HistorySeeder
{
    Q_DECLARE_TR_FUNCTIONS(stages::HistorySeeder)

public:
    struct Options
    {
        qint64 attempts = 0;
        quint32 seed = 1;
        /// Leave out the school holidays (autumn, Christmas, spring, public holidays).
        bool holidays = true;
        /// Called while writing with the attempts written so far (every kProgressStep and at the end).
        std::function<void(qint64 written, qint64 total)> progress;
    };

    struct Summary
    {
        int pupils = 0;
        int pupilsStarted = 0;
        int stuck = 0;
        int inactive = 0;
        qint64 attempts = 0;
        qint64 masteryRows = 0;
        int warmUps = 0;
        int artifacts = 0;
        int feedback = 0;
        QDate firstDay;
        QDate lastDay;
        /// Who was drawn to be stuck, to have stopped, or never to start (person ids), so tests
        /// and demos can check that the dashboards find them.
        QStringList stuckPupilIds;
        QStringList inactivePupilIds;
        QStringList unstartedPupilIds;
    };

    static constexpr qint64 kMaxAttempts = 20'000'000;
    static constexpr qint64 kProgressStep = 100'000;
    /// A class warm-up lasts as long as WarmUpService's default.
    static constexpr int kWarmUpSeconds = 7 * 60;

    HistorySeeder(Database &database, const Clock &clock);

    /// Whether a history can be written here (before making the people for it): needs
    /// ManageDatabase, an SQLite database, and one without attempts (their mastery would no
    /// longer agree with the generated ones).
    Status check(const Session &session) const;
    /// Writes the history after check(); also refuses a plan without exercises.
    Result<Summary> seed(const Session &session, const HistoryPlan &plan, const Options &options);

    /// The school days of the year that ends before @p today (weekdays, no summer holidays, and
    /// no other holidays when @p holidays), oldest first.
    static QList<QDate> schoolDays(const QDate &today, bool holidays);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace stages
