#include "ui/shell/syncindicator.h"

#include "core/sync/syncclash.h"
#include "core/sync/syncworker.h"

namespace stages {

SyncIndicator::SyncIndicator(SyncWorker &worker, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("syncIndicator"));
    setWordWrap(true);
    setAccessibleName(tr("School server"));
    connect(&worker, &SyncWorker::statusChanged, this, &SyncIndicator::show);
    show(worker.lastStatus());
}

QString SyncIndicator::describe(const SyncStatus &status)
{
    const QString line = describeQueue(status);
    if (status.renamed.isEmpty())
        return line;
    //: The sync line, then the latest name changed after two PCs clashed (%2, a sentence)
    return tr("%1\nChanged after a clash with another PC: %2").arg(line, SyncClash::describe(status.renamed.constFirst()));
}

QString SyncIndicator::describeQueue(const SyncStatus &status)
{
    if (!status.reachable && status.lastPush.isValid() == false && status.pending == 0 && status.problem.isEmpty())
        //: Before the first contact with the school server
        return tr("Connecting to the school server…");
    if (!status.reachable)
        //: %n changes (answers, edits) kept on this PC until the school server answers again
        return tr("The school server does not answer. %n change(s) are kept on this PC and will be sent when it is "
                  "back.", nullptr, status.pending);
    if (status.pending > 0)
        return tr("%n change(s) waiting to be sent to the school server.", nullptr, status.pending);
    //: Everything done on this PC is on the school server
    return tr("All saved on the school server.");
}

void SyncIndicator::show(const SyncStatus &status)
{
    setText(describe(status));
    const bool trouble = !status.reachable && !status.problem.isEmpty();
    setStyleSheet(trouble ? QStringLiteral("background: #FFF3E0; color: #BF360C; padding: 4px 16px; font-size: 14px;")
                          : QStringLiteral("background: #E8F5E9; color: #1B5E20; padding: 4px 16px; font-size: 14px;"));
    const QString never = tr("never");
    QString tip = tr("Last sent: %1\nLast received: %2")
                      .arg(status.lastPush.isValid() ? QLocale().toString(status.lastPush.toLocalTime(), QLocale::ShortFormat) : never,
                           status.lastPull.isValid() ? QLocale().toString(status.lastPull.toLocalTime(), QLocale::ShortFormat) : never);
    if (!status.problem.isEmpty())
        tip += QLatin1Char('\n') + status.problem;
    for (const SyncRename &rename : status.renamed)
        tip += QLatin1Char('\n') + SyncClash::describe(rename);
    setToolTip(tip);
}

} // namespace stages
