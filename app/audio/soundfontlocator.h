#pragma once

#include <QStringList>

namespace stages::audio {

/// Where to look for a General MIDI SoundFont. The UI passes the path chosen in its settings;
/// otherwise $STAGES_SOUNDFONT, the one an installer put next to the program, then the system's.
class SoundFontLocator
{
public:
    /// Candidate paths in the order they are tried (existing or not), for diagnostics.
    static QStringList candidates(const QString &configuredPath = {});
    /// The first candidate that exists, or an empty string.
    static QString find(const QString &configuredPath = {});
};

} // namespace stages::audio
