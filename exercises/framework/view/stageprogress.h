#pragma once

#include "core/progress/attemptservice.h"
#include "exercises/framework/view/stagemapwidget.h"

#include <QList>

namespace stages {

class StageLadder;

/// What a domain's stage map shows for one pupil: every stage of the ladder with the pupil's
/// mastery, and the stage to work on (the first one not yet proficient, else the last).
/// Shared by every domain page, so all maps agree on what "current" means.
struct StageProgress
{
    QList<StageMapWidget::StageStone> stones;
    int current = 0;

    static StageProgress build(const StageLadder *ladder, const QList<StageMastery> &mastery);
};

} // namespace stages
