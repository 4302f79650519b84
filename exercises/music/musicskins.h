#pragma once

#include "exercises/framework/skin.h"

#include <QCoreApplication>

namespace stages::music {

/// The music skins for the exercise engine.
///  - "notes": an element is a pitch of the pentatonic scale C D E G A over two octaves (any
///    choice sounds well together, as on a school xylophone). Each has a colour paired with a
///    shape, and extra {"midi": key, "pitch": "C4"}.
///  - "drums": an element is a drum sound, extra {"midi": GM key, "channel": 9}.
/// Every structure can wear them ("play all six orders of C, E and G").
class MusicSkins
{
    Q_DECLARE_TR_FUNCTIONS(stages::music::MusicSkins)

public:
    static Skin notes();
    static Skin drums();
    /// The MIDI key of a notes/drums skin element (from its extra), or -1.
    static int midiKey(const SkinElement &element);
};

} // namespace stages::music
