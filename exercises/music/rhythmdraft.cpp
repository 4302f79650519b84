#include "exercises/music/rhythmdraft.h"

namespace stages::music {

RhythmDraft RhythmDraft::from(const Item &values)
{
    RhythmDraft draft;
    for (int i = 0; i < values.size(); ++i) {
        const int v = values.at(i);
        draft.beats.append(v == kBeat);
        draft.chosen.append(v == kBeat || v == kRest);
        if (draft.next < 0 && !draft.chosen.last())
            draft.next = i;
    }
    return draft;
}

} // namespace stages::music
