#include "core/progress/classreach.h"

#include <QMap>

#include <algorithm>

namespace stages {

ClassReach classReach(const QList<QList<StageMastery>> &pupils)
{
    ClassReach reach;
    if (pupils.isEmpty())
        return reach;
    QMap<int, int> tried;
    QMap<int, int> proficient;
    for (const QList<StageMastery> &stages : pupils) {
        for (const StageMastery &m : stages) {
            if (m.level >= MasteryLevel::Attempted)
                ++tried[m.stage];
            if (m.level >= MasteryLevel::Proficient)
                ++proficient[m.stage];
        }
    }
    // "At least half": 2 of 4 pupils, 2 of 3.
    const int half = int((pupils.size() + 1) / 2);
    for (auto it = tried.cbegin(); it != tried.cend(); ++it) {
        if (it.value() >= half)
            reach.reachedStage = std::max(reach.reachedStage, it.key());
    }
    for (auto it = proficient.cbegin(); it != proficient.cend(); ++it) {
        if (it.value() >= half)
            reach.familiarStages.append(it.key());
    }
    return reach;
}

} // namespace stages
