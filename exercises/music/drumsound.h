#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace stages::music {

/// The drum sounds an exercise can use, with their General MIDI percussion keys (channel 10).
enum class DrumSound { Kick, Snare, ClosedHiHat, OpenHiHat, Clap, LowTom, HighTom, Ride };

class DrumSounds
{
    Q_DECLARE_TR_FUNCTIONS(stages::music::DrumSounds)

public:
    static QList<DrumSound> all();
    /// General MIDI percussion key: kick 36, snare 38, closed hi-hat 42, open hi-hat 46, clap 39,
    /// low tom 45, high tom 50, ride 51.
    static int gmKey(DrumSound sound);
    /// Stable ASCII id ("kick", "hihat-closed" ...), used on the command line and in ids.
    static QString id(DrumSound sound);
    /// Translated name for people.
    static QString displayName(DrumSound sound);
    /// The sound with this id; false when unknown.
    static bool fromId(const QString &id, DrumSound *sound);
};

} // namespace stages::music
