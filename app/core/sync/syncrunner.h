#pragma once

#include "core/clock.h"
#include "core/sync/syncagent.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace stages {

/// SyncWorker's part that lives in the worker thread: the connections, the timer, the rounds.
class SyncRunner : public QObject
{
    Q_OBJECT

public:
    SyncRunner(QString cachePath, QString serverUrl, int intervalMs);
    ~SyncRunner() override;

public Q_SLOTS:
    void start();
    void round();
    void stop();

Q_SIGNALS:
    void finishedRound(const stages::SyncStatus &status, int rowsArrived);

private:
    QString m_cachePath;
    QString m_serverUrl;
    int m_intervalMs;
    SystemClock m_clock;
    std::unique_ptr<Database> m_cache;
    std::unique_ptr<SyncAgent> m_agent;
    QTimer *m_timer = nullptr;
};

} // namespace stages
