#pragma once

#include "core/accounts/session.h"
#include "core/progress/attemptservice.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace stages {

/// The small local file that keeps pupils' attempts the database could not take at once
/// (locked by another program, disk full, a read-only moment): `<database>.pending.jsonl`
/// next to the database, one JSON object a line, created 0600, each line synced to disk
/// before append() returns. AttemptRecorder replays it until every attempt is stored; an
/// attempt carries its stable id, so a replay can never store it twice.
///
/// Every change happens under a lock file beside it, so several programs on one PC (the app,
/// a stagesctl script) can append and replay at the same time without losing a line.
class AttemptJournal
{
    Q_DECLARE_TR_FUNCTIONS(stages::AttemptJournal)

public:
    struct Entry
    {
        Session session; ///< who made the attempt (role and ids; never a secret)
        AttemptRecord attempt; ///< with its id and finishedAt already given
    };

    explicit AttemptJournal(QString path);
    /// The journal that belongs to the database at @p databaseLocation.
    static QString pathFor(const QString &databaseLocation);

    const QString &path() const { return m_path; }

    Status append(const Entry &entry);
    /// Every entry in the file (lines that cannot be read, e.g. cut by a crash, are skipped).
    Result<QList<Entry>> entries() const;
    /// Hands each entry to @p store under the lock and rewrites the file with the entries it
    /// did not take (store returns false); removes the file when none is left. Returns how
    /// many are left.
    Result<int> replay(const std::function<bool(const Entry &)> &store);

    static QByteArray toLine(const Entry &entry);
    static std::optional<Entry> fromLine(const QByteArray &line);

private:
    QString m_path;
};

} // namespace stages
