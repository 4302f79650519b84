#include "ui/teacher/dashboard/dashboardloader.h"

#include "core/dashboard/dashboardservice.h"
#include "core/storage/database.h"
#include "exercises/domains/domains.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

#include <optional>

namespace stages {

// QT_LOGGING_RULES="stages.dashboard.debug=true" prints how long each computation took.
Q_LOGGING_CATEGORY(lcDashboard, "stages.dashboard", QtWarningMsg)

struct DashboardLoader::Outcome
{
    int generation = 0;
    std::optional<QList<ClassOverviewRow>> overview;
    std::optional<ClassDashboard> dashboard;
    QString error;
};

namespace {

QString pickClass(const QList<ClassOverviewRow> &rows)
{
    for (const ClassOverviewRow &row : rows) {
        if (row.needAttention > 0)
            return row.classId;
    }
    return rows.isEmpty() ? QString() : rows.first().classId;
}

} // namespace

DashboardLoader::DashboardLoader(const QString &databaseLocation, const Clock &clock, const Session &session,
                                 QObject *parent)
    : QObject(parent)
    , m_location(databaseLocation)
    , m_domainTitles(domainTitles())
    , m_clock(clock)
    , m_session(session)
{
    m_pool.setMaxThreadCount(2);
}

DashboardLoader::~DashboardLoader()
{
    m_pool.waitForDone();
}

void DashboardLoader::load(const QString &classId, const DashboardFilter &filter,
                           const AttentionThresholds &thresholds, bool overview)
{
    const int generation = ++m_generation;
    if (!m_busy) {
        m_busy = true;
        emit busyChanged(true);
    }
    m_pool.start([this, generation, classId, filter, thresholds, overview,
                  location = m_location, titles = m_domainTitles, session = m_session,
                  &clock = m_clock] {
        Outcome outcome;
        outcome.generation = generation;
        Database::Options options;
        options.create = false;
        options.migrate = false;
        auto opened = Database::open(location, options);
        if (!opened) {
            outcome.error = opened.error();
        } else {
            DashboardService service(*opened.value(), clock);
            service.setDomainTitles(titles); // "at Music stage 3"
            QString chosen = classId;
            QElapsedTimer timer;
            if (overview || chosen.isEmpty()) {
                timer.start();
                auto rows = service.schoolOverview(session, thresholds);
                qCDebug(lcDashboard) << "school overview:" << timer.elapsed() << "ms";
                if (rows) {
                    if (chosen.isEmpty())
                        chosen = pickClass(rows.value());
                    if (overview)
                        outcome.overview = rows.value();
                } else {
                    outcome.error = rows.error();
                }
            }
            if (!chosen.isEmpty() && outcome.error.isEmpty()) {
                timer.start();
                auto dashboard = service.classDashboard(session, chosen, filter, thresholds);
                qCDebug(lcDashboard) << "class dashboard:" << timer.elapsed() << "ms";
                if (dashboard)
                    outcome.dashboard = dashboard.value();
                else
                    outcome.error = dashboard.error();
            }
        }
        // Back on the GUI thread; the destructor waits for this job, so `this` is alive here
        // and a posted call to a destroyed loader is dropped by Qt.
        QMetaObject::invokeMethod(this, [this, outcome] { deliver(outcome); }, Qt::QueuedConnection);
    });
}

void DashboardLoader::deliver(const Outcome &outcome)
{
    if (outcome.generation != m_generation)
        return; // the teacher asked for something else meanwhile
    m_busy = false;
    emit busyChanged(false);
    if (outcome.overview)
        emit overviewReady(*outcome.overview);
    if (outcome.dashboard)
        emit classReady(*outcome.dashboard);
    if (!outcome.error.isEmpty())
        emit failed(outcome.error);
}

} // namespace stages
