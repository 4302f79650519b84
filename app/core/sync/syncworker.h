#pragma once

#include "core/sync/syncagent.h"

#include <QMutex>
#include <QObject>
#include <QThread>

namespace stages {

class SyncRunner;

/// Keeps a PC's local cache and the school server in step in the background: every
/// intervalMs (and on syncNow(), e.g. when the sign-in screen shows) it pushes the outbox, pulls
/// the news and reports the status. It works in a thread of its own with its own connections to
/// the cache and to the server, so the window never waits for the network; when the server is
/// away it simply tries again next round, and the queue waits in the cache.
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    static constexpr int kIntervalMs = 5000;

    SyncWorker(QString cachePath, QString serverUrl, int intervalMs = kIntervalMs, QObject *parent = nullptr);
    ~SyncWorker() override;

    /// The last status reported (pending 0 and not reachable before the first round).
    SyncStatus lastStatus() const;
    QString serverUrl() const { return m_serverUrl; }

public Q_SLOTS:
    /// A round now (in the worker's thread), without waiting for the timer.
    void syncNow();

Q_SIGNALS:
    /// After every round, in the thread of the receiver.
    void statusChanged(const stages::SyncStatus &status);
    /// Rows other PCs saved arrived in the cache (pages may want to reload).
    void rowsArrived(int rows);

private:
    QString m_serverUrl;
    QThread m_thread;
    SyncRunner *m_runner = nullptr;
    mutable QMutex m_mutex;
    SyncStatus m_last;
};

} // namespace stages
