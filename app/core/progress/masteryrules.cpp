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
    if (chronological.isEmpty())
        return MasteryLevel::NotStarted;

    bool familiar = false;
    bool proficient = false;
    bool beenProficient = false;
    bool confirmed = false;
    for (int i = 0; i < chronological.size(); ++i) {
        const int from = std::max(0, i + 1 - kRecentWindow);
        double sum = 0;
        for (int j = from; j <= i; ++j)
            sum += creditedScore(chronological.at(j));
        familiar = sum / (i + 1 - from) >= kFamiliarScore - 1e-9;

        proficient = i + 1 >= kProficientRun;
        for (int j = i + 1 - kProficientRun; proficient && j <= i; ++j)
            proficient = chronological.at(j).success && creditedScore(chronological.at(j)) >= 1.0 - 1e-9;

        if (!familiar) {
            beenProficient = false;
            confirmed = false;
        }
        beenProficient = beenProficient || proficient;
        const AttemptOutcome &a = chronological.at(i);
        if (beenProficient && a.mixedSet && a.success)
            confirmed = true;
    }
    if (confirmed)
        return MasteryLevel::Mastered;
    if (proficient)
        return MasteryLevel::Proficient;
    return familiar ? MasteryLevel::Familiar : MasteryLevel::Attempted;
}

} // namespace stages
