#pragma once

#include "core/sync/syncagent.h"

#include <QLabel>

namespace stages {

class SyncWorker;

/// Staff's line about the school server: "All saved", "3 changes waiting to be sent" or "The
/// school server does not answer — 3 changes kept on this PC", and the latest name changed after
/// a clash with another PC. Follows the worker's rounds; its tooltip says when the last push and
/// pull happened, the recent clashes and, when the server is away, why.
class SyncIndicator : public QLabel
{
    Q_OBJECT

public:
    explicit SyncIndicator(SyncWorker &worker, QWidget *parent = nullptr);

    /// The text for @p status (the tests read it): the queue, and the latest clash settled.
    static QString describe(const SyncStatus &status);

private:
    static QString describeQueue(const SyncStatus &status);
    void show(const SyncStatus &status);
};

} // namespace stages
