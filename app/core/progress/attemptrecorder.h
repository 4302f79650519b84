#pragma once

#include "core/progress/attemptjournal.h"
#include "core/progress/attemptservice.h"

#include <QCoreApplication>

namespace stages {

class Clock;
class Database;

/// How every finished exercise reaches the database, in the app and in `stagesctl demo
/// attempts`: the pupil's work is never lost and the pupil never sees a storage error.
///
/// submit() gives the attempt its stable id and time, then tries AttemptService::record. When
/// the database cannot take it now (locked, full, failing), the attempt is kept in the
/// AttemptJournal next to the database (and in memory when even that cannot be written) and
/// retryPending() stores it later: on the next start, at sign-in and from the app's retry timer.
/// Only staff are told, and only when attempts stay unsaved (pendingCount()).
class AttemptRecorder
{
    Q_DECLARE_TR_FUNCTIONS(stages::AttemptRecorder)

public:
    /// @p journalPath empty: AttemptJournal::pathFor(the database's location).
    AttemptRecorder(Database &database, const Clock &clock, const QString &journalPath = {});

    struct Outcome
    {
        QString attemptId;
        bool saved = false; ///< false: kept for later, no mastery yet
        RecordedAttempt recorded; ///< when saved
        QString problem; ///< when kept: why the database did not take it (for logs, never for pupils)
    };

    /// Fails only for an attempt that can never be stored (wrong person, impossible score):
    /// a program error, not a storage one.
    Result<Outcome> submit(const Session &session, AttemptRecord attempt);

    /// Stores what was kept; returns how many attempts are still waiting.
    Result<int> retryPending();
    /// Attempts kept and not stored yet (journal and memory).
    int pendingCount() const;

    const AttemptJournal &journal() const { return m_journal; }

private:
    bool store(const AttemptJournal::Entry &entry);

    AttemptService m_service;
    const Clock &m_clock;
    AttemptJournal m_journal;
    QList<AttemptJournal::Entry> m_memory; ///< kept when even the journal could not be written
};

} // namespace stages
