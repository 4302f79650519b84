#pragma once

#include "core/dashboard/dashboard.h"

#include <QCoreApplication>
#include <QHash>

namespace stages {

class Clock;

/// One session of a pupil: a calendar day (UTC) with at least one attempt.
struct SessionDay
{
    QDate day;
    bool reachedProficient = false; ///< a stage newly reached Proficient that day (see README)
};

/// The pupil's latest attempts at one stage, oldest first (true: a success).
struct StageRecent
{
    QString domain;
    int stage = 0;
    QList<bool> successes;
    QDate lastDay; ///< UTC day of the latest of them
};

/// Everything the attention rules look at for one pupil. Built by DashboardService from the
/// pupil's last kRecentAttempts attempts (recentFigures()), the mastery table and the class.
struct PupilFigures
{
    QList<SessionDay> sessions; ///< oldest first
    QList<StageRecent> stages; ///< every stage among the recent attempts
    QDateTime lastActive; ///< UTC; invalid: never
    bool classHasBegun = false; ///< some pupil of the class has an attempt
    int stagesProficient = 0; ///< Proficient or Mastered, every domain
    double classMedian = 0.0; ///< median of stagesProficient over the class's active pupils
};

/// One attempt as recentFigures() needs it.
struct RecentAttempt
{
    QString domain;
    int stage = 0;
    bool success = false;
    bool full = false; ///< a success with credited score 1.0 (no hints): counts for Proficient
    QString finishedAt; ///< as stored: ISO 8601 UTC text, so its first 10 characters are the UTC day
};

/// How many of a pupil's latest attempts the rules look at (the same in the class dashboard and
/// the school overview, so both flag the same pupils).
constexpr int kRecentAttempts = 100;

/// Sessions and per-stage streaks from a pupil's latest attempts (chronological, at most
/// kRecentAttempts). A stage "newly reaches Proficient" at the attempt that completes a run of
/// kProficientRun full successes at that stage (the moment the mastery rules turn it
/// Proficient); earlier attempts outside the window count as not full.
void recentFigures(const QList<RecentAttempt> &chronological, PupilFigures &figures);

/// Decides who needs the teacher's attention, and says why in words (README.md in this folder
/// lists each rule and its default). Pure: no database; the time comes from the clock.
class AttentionRules
{
    Q_DECLARE_TR_FUNCTIONS(stages::AttentionRules)

public:
    /// @p domainTitles: domain key -> title for the words ("at Music stage 3"); without a title
    /// the words say only the stage.
    static QList<AttentionFlag> evaluate(const PupilFigures &figures, const AttentionThresholds &thresholds,
                                         const Clock &clock, const QHash<QString, QString> &domainTitles = {});

    /// The median of @p values (0 for none).
    static double median(QList<int> values);
};

} // namespace stages
