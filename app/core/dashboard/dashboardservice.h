#pragma once

#include "core/accounts/session.h"
#include "core/dashboard/dashboard.h"
#include "core/progress/attemptservice.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QHash>

namespace stages {

class Clock;
class Database;

/// The teacher's view of progress: the class dashboard, a pupil's drill-down and the school
/// overview, computed from the attempt and mastery tables (attention: AttentionRules).
///
/// Rights: everything needs ViewClassProgress. Thread: each call reads through the Database it
/// is given; screens run calls slower than 100 ms on a worker with its own connection.
class DashboardService
{
    Q_DECLARE_TR_FUNCTIONS(stages::DashboardService)

public:
    DashboardService(Database &database, const Clock &clock);

    /// Domain key -> title in the UI language (exercises/domains' domainTitles()), for the
    /// attention words ("at Music stage 3"); without it they name only the stage.
    void setDomainTitles(QHash<QString, QString> titles) { m_domainTitles = std::move(titles); }

    Result<ClassDashboard> classDashboard(const Session &session, const QString &classId,
                                          const DashboardFilter &filter = {},
                                          const AttentionThresholds &thresholds = {}) const;
    /// Every stage the pupil has tried, all domains (domain, then stage).
    Result<QList<StageMastery>> pupilMastery(const Session &session, const QString &personId) const;
    /// The pupil's attempts, newest first, at most @p limit of them.
    Result<QList<AttemptEntry>> pupilAttempts(const Session &session, const QString &personId,
                                              const DashboardFilter &filter = {}, int limit = 1000) const;
    /// Stages the pupil brought to Proficient or better, week by week (oldest first).
    Result<QList<WeeklyProgress>> pupilProgress(const Session &session, const QString &personId,
                                                const DashboardFilter &filter = {}) const;
    /// One row per class, by class name.
    Result<QList<ClassOverviewRow>> schoolOverview(const Session &session,
                                                   const AttentionThresholds &thresholds = {}) const;

private:
    /// ViewClassProgress, and @p personId is a pupil.
    Status checkPupil(const Session &session, const QString &personId) const;

    Database &m_db;
    const Clock &m_clock;
    QHash<QString, QString> m_domainTitles;
};

} // namespace stages
