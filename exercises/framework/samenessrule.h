#pragma once

#include <QList>

namespace stages {

/// The facts that decide when two arrangements count as "the same" (the Stages method's core
/// rule), which every exercise screen states to the pupil in a few words with a picture. Each
/// structure says which hold for it (Structure::rules()); the words live in the UI.
enum class SamenessRule {
    OrderMatters, ///< A B and B A are two rows
    OrderDoesNotMatter, ///< A B and B A are the same
    MayRepeat, ///< an element may come again
    NoRepeat, ///< each element at most once
    UseAll, ///< every element, each once
    OneFromEachGroup, ///< one choice from each group (outfits)
    TurnIsSame, ///< beads on a ring: turning gives the same one
    TurnOrFlipIsSame, ///< turning or flipping the ring gives the same one
    PathOnGrid, ///< steps right and up from the start to the goal
    EvenBeats, ///< beats spread as evenly as possible; starting elsewhere is a new row
};

} // namespace stages
