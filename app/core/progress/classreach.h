#pragma once

#include "core/progress/attemptservice.h"

#include <QList>

namespace stages {

/// Where a class stands in one domain, for drawing a class-wide mixed set (the warm-up):
/// which stages are familiar to the class and how far the class has come.
struct ClassReach
{
    /// Stages at least half of the class is proficient or has mastered, ascending.
    QList<int> familiarStages;
    /// The highest stage at least half of the class has tried; 1 when the class has not begun.
    int reachedStage = 1;
};

/// The class's reach from each pupil's stage mastery (one list per pupil of the class, pupils who
/// have not begun as empty lists, so they count in the "half of the class").
ClassReach classReach(const QList<QList<StageMastery>> &pupils);

} // namespace stages
