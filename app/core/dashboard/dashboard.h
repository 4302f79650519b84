#pragma once

#include "core/progress/masteryrules.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <array>

namespace stages {

/// Why a pupil needs the teacher's attention. AttentionRules decides, from one pupil's figures.
enum class AttentionReason {
    NoNewStage,   ///< no stage newly reached Proficient in the pupil's last N sessions
    FailingStreak, ///< the last N attempts on one stage all failed
    Inactive,     ///< no attempt for N days (or never, once the class has begun)
    BehindClass,  ///< N or more stages (Proficient or better) behind the class median
};

/// "no-new-stage", "failing-streak", "inactive", "behind-class": stable, for JSON and settings.
QString attentionReasonKey(AttentionReason reason);

/// One reason, with the figure behind it and the words a teacher reads.
struct AttentionFlag
{
    AttentionReason reason = AttentionReason::Inactive;
    int figure = 0;   ///< sessions, failed attempts in a row, days, or stages behind
    QString domain;   ///< FailingStreak: where
    int stage = 0;    ///< FailingStreak: where
    QString text;     ///< translated, e.g. "4 failed attempts in a row at stage 3"
};

/// The thresholds of the attention rules; teachers change them in the dashboard's settings.
struct AttentionThresholds
{
    int sessionsWithoutNewStage = 10; ///< a session is a day with at least one attempt
    int failuresInARow = 6;
    int inactiveDays = 14;
    int stagesBehindMedian = 3;
};

/// What the dashboard looks at. Mastery is always the pupil's standing now; the filter narrows
/// the attempts counted, the success rate and the charts.
struct DashboardFilter
{
    QDate from;     ///< invalid: from the first attempt
    QDate to;       ///< invalid: up to today (inclusive)
    QString domain; ///< empty: every domain
};

/// One pupil's row of the class dashboard (and of `stagesctl dashboard class --json`).
struct PupilProgressRow
{
    QString id;
    QString name;
    int avatar = 0;
    /// domain -> stage -> level, only stages the pupil has tried.
    QMap<QString, QMap<int, MasteryLevel>> mastery;
    int attempts = 0;         ///< in the filter's range
    double successRate = 0.0; ///< 0..1 over those attempts; 0 when there are none
    QDateTime lastActive;     ///< UTC, invalid when the pupil has never done an exercise
    int stagesProficient = 0; ///< stages at Proficient or Mastered (all domains, or the filter's)
    QList<AttentionFlag> attention;
};

/// Stages that reached Proficient or better in one week (weeks start on Monday).
struct WeeklyProgress
{
    QDate weekStart;
    int stages = 0;
};

/// Time spent on exercises of one domain.
struct DomainTime
{
    QString domain;
    qint64 durationMs = 0;
    int attempts = 0;
};

/// How many pupils of the class stand at each level in one stage (index: MasteryLevel).
struct LevelDistribution
{
    QString domain;
    int stage = 0;
    std::array<int, 5> pupils {};
};

struct ClassDashboard
{
    QString classId;
    QString className;
    QDateTime computedAt; ///< UTC
    QList<PupilProgressRow> pupils; ///< active pupils, by name
    QList<WeeklyProgress> weekly;   ///< oldest first, every week of the range (zeros included)
    QList<DomainTime> timeOnTask;   ///< by domain key
    QList<LevelDistribution> distribution; ///< by domain, then stage
};

/// One attempt in a pupil's timeline.
struct AttemptEntry
{
    QString id;
    QString exerciseId;
    QString domain;
    int stage = 0;
    double score = 0.0;
    bool success = false;
    qint64 durationMs = 0;
    int hintsUsed = 0;
    bool mixedSet = false;
    QDateTime finishedAt; ///< UTC
};

/// One class in the school overview.
struct ClassOverviewRow
{
    QString classId;
    QString className;
    int pupils = 0;
    int activeLastWeek = 0; ///< pupils with an attempt in the last 7 days
    int attempts = 0;
    double successRate = 0.0;
    double medianStagesProficient = 0.0;
    int needAttention = 0; ///< pupils with at least one attention flag
};

} // namespace stages
