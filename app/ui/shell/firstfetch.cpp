#include "ui/shell/firstfetch.h"

#include "core/clock.h"
#include "core/storage/database.h"
#include "core/sync/syncagent.h"
#include "core/sync/syncschema.h"

#include <QEventLoop>
#include <QMessageBox>
#include <QProgressDialog>
#include <QThread>

namespace stages {

Status FirstFetch::run(Database &cache, const QString &serverUrl)
{
    if (auto s = SyncSchema::attach(cache, serverUrl); !s)
        return s;
    SystemClock clock;
    {
        SyncAgent agent(cache, serverUrl, clock);
        const auto status = agent.status(false);
        if (!status)
            return Status::from(status);
        if (status->lastPull.isValid())
            return {}; // known here: open now, offline too
    }
    QProgressDialog progress(tr("Fetching the school from the school server…"), QString(), 0, 0);
    progress.setWindowTitle(QStringLiteral("Stages"));
    progress.setMinimumDuration(300);
    progress.setValue(0);
    QString problem;
    const QString cachePath = cache.location();
    QEventLoop loop;
    QThread *thread = QThread::create([&problem, cachePath, serverUrl] {
        SystemClock threadClock;
        auto own = Database::open(cachePath);
        if (!own) {
            problem = own.error();
            return;
        }
        SyncAgent agent(**own, serverUrl, threadClock);
        if (auto pushed = agent.push(); !pushed)
            problem = pushed.error();
        else if (auto pulled = agent.pull(); !pulled)
            problem = pulled.error();
    });
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    thread->wait();
    delete thread;
    progress.reset();
    if (!problem.isEmpty()) {
        const QString text = tr("This PC has not fetched the school from the school server yet, and the server does "
                                "not answer:\\n%1\\n\\nCheck the network or ask the IT administrator.")
                                 .arg(problem);
        QMessageBox::warning(nullptr, QStringLiteral("Stages"), text);
        return Status::failure(text);
    }
    return {};
}

} // namespace stages
