#pragma once

#include "core/accounts/session.h"
#include "core/progress/masteryrules.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace stages {

class Clock;
class Database;

/// One finished exercise as the pupil screen reports it (the evaluator's verdict, the time taken,
/// the pupil's answer). Core knows nothing of exercises: the screen fills this from the
/// Exercise and its Evaluation.
struct AttemptRecord
{
    QString personId;   ///< empty: the signed-in person
    QString exerciseId; ///< catalogue id
    QString domain;
    int stage = 0;      ///< 1-based
    double score = 0.0; ///< 0..1
    bool success = false;
    qint64 durationMs = 0;
    int hintsUsed = 0;
    QJsonValue answer;  ///< the pupil's answer, stored as JSON text
    bool mixedSet = false; ///< inside a warm-up / mixed set (confirms mastery)

    /// Creative work ("create" tasks) kept for the teacher: stored in the artifact table.
    struct Artifact
    {
        QString kind; ///< e.g. "arrangements"
        QString title;
        QJsonObject content;
    };
    std::optional<Artifact> artifact;

    /// Stable id, given once when the pupil finishes: storing the same attempt again (a replay
    /// from the pending journal) never makes a second row. Empty: record() gives a new one.
    QString id;
    /// When the pupil finished; invalid: now. Kept across retries so history stays in order.
    QDateTime finishedAt;
};

/// A pupil's standing in one stage (a row of the mastery table, or "not started").
struct StageMastery
{
    QString domain;
    int stage = 0;
    MasteryLevel level = MasteryLevel::NotStarted;
    int attempts = 0;
    int successes = 0;
    double bestScore = 0.0;
    QDateTime updatedAt;
};

struct RecordedAttempt
{
    QString attemptId;
    bool alreadyStored = false; ///< the id was in the database before this call (nothing written)
    QString artifactId; ///< empty without an artifact
    MasteryLevel previousLevel = MasteryLevel::NotStarted;
    StageMastery mastery; ///< after this attempt
};

/// Stores attempts (append-only) and keeps mastery in step in the same transaction.
///
/// Rights: recording needs DoExercises and is only ever for oneself (a pupil cannot write another
/// pupil's attempt, nor can staff write one for a pupil). Reading progress is allowed for oneself
/// and for ViewClassProgress.
class AttemptService
{
    Q_DECLARE_TR_FUNCTIONS(stages::AttemptService)

public:
    AttemptService(Database &database, const Clock &clock);

    /// Stores the attempt, its mastery and any artifact in one transaction. Idempotent by
    /// AttemptRecord::id: a second call with the same id changes nothing and says alreadyStored.
    Result<RecordedAttempt> record(const Session &session, const AttemptRecord &attempt);
    /// Whether @p session may record @p attempt and the attempt is well formed (no database).
    static Status check(const Session &session, const AttemptRecord &attempt);

    Result<StageMastery> mastery(const Session &session, const QString &personId, const QString &domain, int stage) const;
    /// Every stage of @p domain the pupil has tried, by stage number.
    Result<QList<StageMastery>> masteryForDomain(const Session &session, const QString &personId, const QString &domain) const;
    /// Stage mastery in @p domain of every active pupil of @p classId, one list per pupil (empty for
    /// a pupil who has not begun), pupils ordered by id. Needs ViewClassProgress.
    Result<QList<QList<StageMastery>>> masteryForClass(const Session &session, const QString &classId,
                                                       const QString &domain) const;
    /// Exercise ids the pupil has done in @p domain (and @p stage when > 0), least recently done
    /// first: what Scheduler::next wants.
    Result<QStringList> seenExercises(const Session &session, const QString &personId, const QString &domain, int stage = 0) const;

private:
    Status mayRead(const Session &session, const QString &personId) const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace stages
