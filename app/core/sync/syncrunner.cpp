#include "core/sync/syncrunner.h"

#include "core/storage/database.h"

namespace stages {

SyncRunner::SyncRunner(QString cachePath, QString serverUrl, int intervalMs)
    : m_cachePath(std::move(cachePath))
    , m_serverUrl(std::move(serverUrl))
    , m_intervalMs(intervalMs)
{
}

SyncRunner::~SyncRunner() = default;

void SyncRunner::start()
{
    m_timer = new QTimer(this);
    m_timer->setInterval(m_intervalMs);
    connect(m_timer, &QTimer::timeout, this, &SyncRunner::round);
    m_timer->start();
    round();
}

void SyncRunner::stop()
{
    if (m_timer)
        m_timer->stop();
    m_agent.reset();
    m_cache.reset(); // closed in the thread that opened them
}

void SyncRunner::round()
{
    SyncStatus status;
    status.server = m_serverUrl;
    if (!m_cache) {
        Database::Options options;
        options.create = false;
        auto opened = Database::open(m_cachePath, options);
        if (!opened) {
            status.problem = opened.error();
            Q_EMIT finishedRound(status, 0);
            return;
        }
        m_cache = std::move(opened.value());
        m_agent = std::make_unique<SyncAgent>(*m_cache, m_serverUrl, m_clock);
    }
    const Result<int> pushed = m_agent->push();
    int arrived = 0;
    QString problem = pushed ? QString() : pushed.error();
    if (pushed) {
        const Result<int> pulled = m_agent->pull();
        if (pulled)
            arrived = *pulled;
        else
            problem = pulled.error();
    }
    if (auto st = m_agent->status(false))
        status = *st;
    status.reachable = problem.isEmpty();
    status.problem = problem;
    Q_EMIT finishedRound(status, arrived);
}

} // namespace stages
