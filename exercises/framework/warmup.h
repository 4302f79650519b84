#pragma once

#include "exercises/framework/catalogue.h"

#include <QHash>

namespace stages {

/// One exercise of a warm-up with the time it is expected to take.
struct WarmUpItem
{
    Exercise exercise;
    int seconds = 0;
};

/// The timed, mixed set a teacher starts at the beginning of a lesson (7 minutes by default).
struct WarmUpPlan
{
    QList<WarmUpItem> items;
    int totalSeconds = 0; ///< sum of the items' estimates, never more than the limit
    int limitSeconds = 0;
};

/// Builds warm-ups: 5 to 7 short exercises (no creating, nothing long), mixing tasks, structures
/// and skins; familiar stages first (proficient or mastered), then one new at the end; from
/// stages the class or pupil has reached, unseen ones first. Deterministic for a
/// given seed, so a whole class can get the same set. Attempts made inside a warm-up are
/// recorded as "mixed set" attempts, which is what confirms mastery.
class WarmUp
{
public:
    struct Options
    {
        int seconds = 7 * 60;
        QStringList domains; ///< empty: every domain of the catalogue
        QHash<QString, int> reachedStage; ///< per domain, the highest stage to draw from (missing: all)
        QStringList seen; ///< exercises to avoid while others remain
        quint64 seed = 0;
        /// Per domain, the stages the pupil is proficient in or has mastered: the warm-up starts
        /// with those, and ends with one exercise from a stage still new.
        QHash<QString, QList<int>> familiarStages;
        /// A warm-up for 6-8-year-olds is a few short games, not a long list.
        int maxItems = 7;
        /// Tasks never in a warm-up besides "create" (a domain's creative tasks: compose).
        QStringList excludedTasks;
    };

    static WarmUpPlan build(const Catalogue &catalogue, const Options &options);
    /// A rough time a pupil needs, used to fill the warm-up.
    static int estimatedSeconds(const Exercise &exercise);
};

} // namespace stages
