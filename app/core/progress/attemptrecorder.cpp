#include "core/progress/attemptrecorder.h"

#include "core/clock.h"
#include "core/storage/database.h"
#include "core/storage/ids.h"

namespace stages {

AttemptRecorder::AttemptRecorder(Database &database, const Clock &clock, const QString &journalPath)
    : m_service(database, clock)
    , m_clock(clock)
    , m_journal(journalPath.isEmpty() ? AttemptJournal::pathFor(database.location()) : journalPath)
{ }

Result<AttemptRecorder::Outcome> AttemptRecorder::submit(const Session &session, AttemptRecord attempt)
{
    using R = Result<Outcome>;
    if (auto s = AttemptService::check(session, attempt); !s)
        return R::failure(s.error());
    if (attempt.id.isEmpty())
        attempt.id = newId();
    if (!attempt.finishedAt.isValid())
        attempt.finishedAt = m_clock.now();
    if (attempt.personId.isEmpty())
        attempt.personId = session.personId;

    Outcome outcome;
    outcome.attemptId = attempt.id;
    auto recorded = m_service.record(session, attempt);
    if (recorded) {
        outcome.saved = true;
        outcome.recorded = recorded.value();
        return outcome;
    }
    outcome.problem = recorded.error();
    const AttemptJournal::Entry entry { session, attempt };
    if (auto s = m_journal.append(entry); !s) {
        outcome.problem += QLatin1Char('\n') + s.error();
        m_memory.append(entry);
    }
    return outcome;
}

bool AttemptRecorder::store(const AttemptJournal::Entry &entry)
{
    if (!AttemptService::check(entry.session, entry.attempt))
        return true; // can never be stored (damaged line): dropping it is all that can be done
    return m_service.record(entry.session, entry.attempt).ok();
}

Result<int> AttemptRecorder::retryPending()
{
    QList<AttemptJournal::Entry> stillInMemory;
    for (const AttemptJournal::Entry &entry : std::as_const(m_memory)) {
        if (store(entry))
            continue;
        if (!m_journal.append(entry))
            stillInMemory.append(entry);
    }
    m_memory = stillInMemory;
    auto left = m_journal.replay([this](const AttemptJournal::Entry &entry) { return store(entry); });
    if (!left)
        return left;
    return *left + int(m_memory.size());
}

int AttemptRecorder::pendingCount() const
{
    const auto entries = m_journal.entries();
    return int(m_memory.size()) + (entries ? int(entries->size()) : 0);
}

} // namespace stages
