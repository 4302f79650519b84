#include "core/sync/syncworker.h"

#include "core/sync/syncrunner.h"

namespace stages {

SyncWorker::SyncWorker(QString cachePath, QString serverUrl, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_serverUrl(serverUrl)
{
    qRegisterMetaType<stages::SyncStatus>();
    m_last.server = m_serverUrl;
    m_runner = new SyncRunner(std::move(cachePath), std::move(serverUrl), intervalMs);
    m_runner->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("stages-sync"));
    connect(&m_thread, &QThread::started, m_runner, &SyncRunner::start);
    connect(&m_thread, &QThread::finished, m_runner, &QObject::deleteLater);
    connect(m_runner, &SyncRunner::finishedRound, this, [this](const SyncStatus &status, int rows) {
        {
            QMutexLocker lock(&m_mutex);
            m_last = status;
        }
        Q_EMIT statusChanged(status);
        if (rows > 0)
            Q_EMIT rowsArrived(rows);
    });
    m_thread.start();
}

SyncWorker::~SyncWorker()
{
    QMetaObject::invokeMethod(m_runner, &SyncRunner::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

SyncStatus SyncWorker::lastStatus() const
{
    QMutexLocker lock(&m_mutex);
    return m_last;
}

void SyncWorker::syncNow()
{
    QMetaObject::invokeMethod(m_runner, &SyncRunner::round, Qt::QueuedConnection);
}

} // namespace stages
