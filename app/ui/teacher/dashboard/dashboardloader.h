#pragma once

#include "core/accounts/session.h"
#include "core/dashboard/dashboard.h"

#include <QHash>
#include <QObject>
#include <QThreadPool>

namespace stages {

class Clock;

/// Runs DashboardService off the GUI thread, so the window never freezes on a big school: each
/// load() opens its own connection to the database file (SQLite connections are not shared
/// between threads), computes there and hands the results back on the GUI thread. Only the
/// results of the latest load() are delivered; older ones still running are dropped when they
/// end. The destructor waits for running work.
class DashboardLoader : public QObject
{
    Q_OBJECT

public:
    /// @p clock must outlive the loader (the AppContext's clock does).
    DashboardLoader(const QString &databaseLocation, const Clock &clock, const Session &session,
                    QObject *parent = nullptr);
    ~DashboardLoader() override;

    /// Computes the class dashboard of @p classId and, with @p overview, the school overview.
    /// An empty @p classId picks the first class (by name) with pupils who need attention, or
    /// the first class when none does.
    void load(const QString &classId, const DashboardFilter &filter, const AttentionThresholds &thresholds,
              bool overview);
    bool isBusy() const { return m_busy; }

signals:
    void overviewReady(const QList<ClassOverviewRow> &rows);
    /// The class dashboard; for a school without classes this never comes (overviewReady does).
    void classReady(const ClassDashboard &dashboard);
    void failed(const QString &message);
    void busyChanged(bool busy);

private:
    struct Outcome;
    void deliver(const Outcome &outcome);

    QString m_location;
    QHash<QString, QString> m_domainTitles;
    const Clock &m_clock;
    Session m_session;
    QThreadPool m_pool;
    int m_generation = 0;
    bool m_busy = false;
};

} // namespace stages
