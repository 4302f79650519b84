#pragma once

#include "core/accounts/session.h"
#include "core/progress/warmupservice.h"
#include "core/result.h"

#include <QCoreApplication>

namespace stages {

class Database;

/// How one pupil of the class did in one warm-up.
struct WarmUpPupilResult
{
    QString personId;
    QString name;
    int avatar = 0;
    int exercises = 0;        ///< exercises finished in the warm-up
    int successes = 0;
    double averageScore = 0.0; ///< 0..1 over those exercises; 0 without any
    qint64 durationMs = 0;

    bool tookPart() const { return exercises > 0; }
};

/// One warm-up and what each pupil of its class did in it.
struct WarmUpSummary
{
    ClassWarmUp warmUp;
    QList<WarmUpPupilResult> pupils; ///< every active pupil of the class, by name

    int participants() const;
};

/// The results of past (and running) class warm-ups for the teacher: who took part, how many
/// exercises each did and how well. An attempt belongs to a warm-up when it was made in a mixed
/// set by a pupil of the class between the warm-up's start and its end (plus kGraceSeconds, for
/// the exercise a pupil was finishing when the time ran out).
///
/// Rights: ViewClassProgress.
class WarmUpResults
{
    Q_DECLARE_TR_FUNCTIONS(stages::WarmUpResults)

public:
    static constexpr int kGraceSeconds = 120;

    explicit WarmUpResults(Database &database);

    /// Warm-ups of @p classId (every class when empty), newest first, at most @p limit.
    Result<QList<ClassWarmUp>> history(const Session &session, const QString &classId = {}, int limit = 100) const;
    Result<WarmUpSummary> results(const Session &session, const QString &warmUpId) const;

private:
    Database &m_db;
};

} // namespace stages
