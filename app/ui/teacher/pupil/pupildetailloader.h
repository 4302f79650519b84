#pragma once

#include "core/accounts/session.h"
#include "core/dashboard/dashboard.h"
#include "core/progress/artifactservice.h"
#include "core/progress/attemptservice.h"

#include <QObject>

class QThread;

namespace stages {

class Clock;
class Database;

/// Everything the pupil drill-down shows, read in one go.
struct PupilDetailData
{
    QString personId;
    QList<StageMastery> mastery;
    QList<AttemptEntry> attempts; ///< newest first, at most the limit asked for
    bool moreAttempts = false;    ///< there are older attempts in the range than were read
    QList<WeeklyProgress> progress;
    int proficientBefore = 0;     ///< stages reached before the range began (where the chart starts)
    QList<ArtifactSummary> artifacts; ///< the pupil's work made in the range, newest first
    QString error;                ///< the first read that failed; empty when all went well
    qint64 elapsedMs = 0;         ///< how long the reads took
};

/// Reads a pupil's drill-down (DashboardService, ArtifactService) off the GUI thread: a worker
/// thread opens its own connection to the same database file, so a pupil with thousands of
/// attempts never freezes the window. Only the newest request's answer is delivered. Owned by
/// the page; waits for its workers when destroyed.
class PupilDetailLoader : public QObject
{
    Q_OBJECT

public:
    PupilDetailLoader(Database &database, const Clock &clock, QObject *parent = nullptr);
    ~PupilDetailLoader() override;

    /// The reads themselves, on the calling thread through @p database.
    static PupilDetailData read(Database &database, const Clock &clock, const Session &session,
                                const QString &personId, const DashboardFilter &filter, int attemptLimit);

    /// Starts reading; loaded() follows (always asynchronously). A newer load() supersedes it.
    void load(const Session &session, const QString &personId, const DashboardFilter &filter, int attemptLimit);
    bool isLoading() const { return m_pending > 0; }

signals:
    void loaded(const stages::PupilDetailData &data);

private:
    Database &m_db;
    const Clock &m_clock;
    QList<QThread *> m_threads;
    int m_generation = 0;
    int m_pending = 0;
};

} // namespace stages
