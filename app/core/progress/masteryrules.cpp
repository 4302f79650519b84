#include "core/progress/masteryrules.h"

#include <QCoreApplication>

#include <algorithm>

namespace stages {

QString masteryLevelKey(MasteryLevel level)
{
    switch (level) {
    case MasteryLevel::NotStarted:
        return QStringLiteral("not-started");
    case MasteryLevel::Attempted:
        return QStringLiteral("attempted");
    case MasteryLevel::Familiar:
        return QStringLiteral("familiar");
    case MasteryLevel::Proficient:
        return QStringLiteral("proficient");
    case MasteryLevel::Mastered:
        return QStringLiteral("mastered");
    }
    return {};
}

QString masteryLevelName(MasteryLevel level)
{
    switch (level) {
    case MasteryLevel::NotStarted:
        return QCoreApplication::translate("stages::MasteryLevel", "not started");
    case MasteryLevel::Attempted:
        return QCoreApplication::translate("stages::MasteryLevel", "attempted");
    case MasteryLevel::Familiar:
        return QCoreApplication::translate("stages::MasteryLevel", "familiar");
    case MasteryLevel::Proficient:
        return QCoreApplication::translate("stages::MasteryLevel", "proficient");
    case MasteryLevel::Mastered:
        return QCoreApplication::translate("stages::MasteryLevel", "mastered");
    }
    return {};
}

double creditedScore(const AttemptOutcome &attempt)
{
    if (attempt.hintsUsed <= 0)
        return attempt.score;
    return attempt.score * std::max(0.5, 1.0 - 0.2 * attempt.hintsUsed);
}

MasteryLevel masteryLevel(const QList<AttemptOutcome> &chronological)
{
    MasteryReplay replay;
    for (const AttemptOutcome &a : chronological)
        replay.add(a);
    return replay.level();
}

MasteryLevel MasteryReplay::add(const AttemptOutcome &a)
{
    const double credited = creditedScore(a);
    m_recent[std::size_t(m_count % kRecentWindow)] = credited;
    ++m_count;
    // The average of the last kRecentWindow credited scores, summed oldest first.
    const int window = std::min(m_count, kRecentWindow);
    double sum = 0;
    for (int k = m_count - window; k < m_count; ++k)
        sum += m_recent[std::size_t(k % kRecentWindow)];
    m_familiar = sum / window >= kFamiliarScore - 1e-9;

    m_fullRun = a.success && credited >= 1.0 - 1e-9 ? m_fullRun + 1 : 0;
    const bool proficient = m_fullRun >= kProficientRun;
    if (!m_familiar) {
        m_beenProficient = false;
        m_confirmed = false;
    }
    m_beenProficient = m_beenProficient || proficient;
    if (m_beenProficient && a.mixedSet && a.success)
        m_confirmed = true;
    return level();
}

MasteryLevel MasteryReplay::level() const
{
    if (m_count == 0)
        return MasteryLevel::NotStarted;
    if (m_confirmed)
        return MasteryLevel::Mastered;
    if (m_fullRun >= kProficientRun)
        return MasteryLevel::Proficient;
    return m_familiar ? MasteryLevel::Familiar : MasteryLevel::Attempted;
}

} // namespace stages
