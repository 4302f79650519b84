#pragma once

#include "exercises/framework/item.h"

namespace stages {

class ExerciseRun;
class ExerciseScreen;

/// What the Hint button does on an exercise screen: takes the run's next hint and shows it on
/// the screen's rows (a ghost row to start from, an outlined place, an example row walked through
/// the systematic order) with a few words. Hints scaffold the system rather than give answers:
/// where a missing row starts first, the whole row only when asked again.
class HintPresenter
{
public:
    explicit HintPresenter(ExerciseScreen &screen);

    void show();

private:
    ExerciseRun &run() const;
    void showCountingHint();
    void showStartingHint();
    void showNoticingHint();

    ExerciseScreen &m_screen;
    Item m_hintedItem; ///< the missing row the last build-all hint pointed at
    int m_countingStep = 0; ///< counting hints: which row of the systematic order the example shows
};

} // namespace stages
