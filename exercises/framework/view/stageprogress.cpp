#include "exercises/framework/view/stageprogress.h"

#include "exercises/framework/stageladder.h"

#include <QHash>

namespace stages {

StageProgress StageProgress::build(const StageLadder *ladder, const QList<StageMastery> &mastery)
{
    QHash<int, MasteryLevel> levels;
    for (const StageMastery &m : mastery)
        levels.insert(m.stage, m.level);
    StageProgress progress;
    if (ladder) {
        for (const Stage &s : ladder->stages()) {
            const MasteryLevel level = levels.value(s.number, MasteryLevel::NotStarted);
            progress.stones.append({ s.number, s.title, level });
            if (progress.current == 0 && level < MasteryLevel::Proficient)
                progress.current = s.number;
        }
    }
    if (progress.current == 0 && !progress.stones.isEmpty())
        progress.current = progress.stones.last().number;
    return progress;
}

} // namespace stages
