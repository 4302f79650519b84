#include "ui/shell/firstfetch.h"

#include "core/clock.h"
#include "core/storage/database.h"
#include "core/storage/serverpassword.h"
#include "core/sync/syncagent.h"
#include "core/sync/syncschema.h"

#include <QEventLoop>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

namespace stages {

namespace {

std::atomic_int g_running { 0 };

/// What the thread reports; shared with it, so a thread left running after a timeout writes
/// into memory that still exists.
struct Round
{
    QString problem;
    std::atomic_bool done { false };
};

/// Starts a push and pull of @p cachePath against @p serverUrl on its own connections, in a
/// thread that deletes itself when it ends.
QThread *startRound(const std::shared_ptr<Round> &round, const QString &cachePath, const QString &serverUrl, bool push)
{
    ++g_running;
    QThread *thread = QThread::create([round, cachePath, serverUrl, push] {
        SystemClock threadClock;
        auto own = Database::open(cachePath);
        if (!own) {
            round->problem = own.error();
        } else {
            SyncAgent agent(**own, serverUrl, threadClock);
            if (push) {
                if (auto pushed = agent.push(); !pushed)
                    round->problem = pushed.error();
            }
            if (round->problem.isEmpty()) {
                if (auto pulled = agent.pull(); !pulled)
                    round->problem = pulled.error();
            }
        }
        round->done = true;
        --g_running;
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    return thread;
}

} // namespace

int FirstFetch::roundsRunning()
{
    return g_running;
}

QString FirstFetch::keyOf(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Fetched:
        return QStringLiteral("fetched");
    case Outcome::Pulled:
        return QStringLiteral("pulled");
    case Outcome::PullFailed:
        return QStringLiteral("pull-failed");
    case Outcome::TimedOut:
        return QStringLiteral("timed-out");
    }
    return {};
}

Result<FirstFetch::Outcome> FirstFetch::run(Database &cache, const QString &serverUrl, int quickPullMs)
{
    using R = Result<Outcome>;
    if (auto s = SyncSchema::attach(cache, serverUrl); !s)
        return R::failure(s.error());
    bool known = false;
    {
        SystemClock clock;
        SyncAgent agent(cache, serverUrl, clock);
        const auto status = agent.status(false);
        if (!status)
            return R::failure(status.error());
        known = status->lastPull.isValid();
    }
    const QString cachePath = cache.location();
    auto round = std::make_shared<Round>();
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    // Known here: only the news, pulled (the worker pushes this PC's outbox), and never longer
    // than quickPullMs. New here: everything, as long as it takes, behind a progress dialog.
    QThread *thread = startRound(round, cachePath, serverUrl, !known);
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    std::unique_ptr<QProgressDialog> progress;
    if (known) {
        deadline.start(quickPullMs);
    } else {
        progress
            = std::make_unique<QProgressDialog>(tr("Fetching the school from the school server…"), QString(), 0, 0);
        progress->setWindowTitle(QStringLiteral("Stages"));
        progress->setMinimumDuration(300);
        progress->setValue(0);
    }
    thread->start();
    if (!round->done)
        loop.exec();
    if (progress)
        progress->reset();
    if (!round->done)
        return Outcome::TimedOut; // the thread finishes on its own and deletes itself
    // The last source of the password (after PGPASSWORD and the stored one): ask, once.
    if (ServerPassword::needsAsking(round->problem)) {
        bool ok = false;
        const QString password = QInputDialog::getText(
            nullptr, QStringLiteral("Stages"),
            //: Asked at start when the school server wants a password and none is stored; %1 the server
            tr("The school server %1 asks for a password:").arg(serverUrl), QLineEdit::Password, QString(), &ok);
        if (ok && !password.isEmpty()) {
            ServerPassword::set(password);
            return run(cache, serverUrl, quickPullMs);
        }
    }
    if (known)
        return round->problem.isEmpty() ? Outcome::Pulled : Outcome::PullFailed;
    if (!round->problem.isEmpty()) {
        const QString text = tr("This PC has not fetched the school from the school server yet, and it cannot do so "
                                "now:\n%1\n\nCheck the network or ask the IT administrator.")
                                 .arg(round->problem);
        QMessageBox::warning(nullptr, QStringLiteral("Stages"), text);
        return R::failure(text);
    }
    return Outcome::Fetched;
}

} // namespace stages
