#include "exercises/music/drumsound.h"

namespace stages::music {

QList<DrumSound> DrumSounds::all()
{
    return { DrumSound::Kick, DrumSound::Snare,  DrumSound::ClosedHiHat, DrumSound::OpenHiHat,
             DrumSound::Clap, DrumSound::LowTom, DrumSound::HighTom,     DrumSound::Ride };
}

int DrumSounds::gmKey(DrumSound sound)
{
    switch (sound) {
    case DrumSound::Kick:
        return 36;
    case DrumSound::Snare:
        return 38;
    case DrumSound::ClosedHiHat:
        return 42;
    case DrumSound::OpenHiHat:
        return 46;
    case DrumSound::Clap:
        return 39;
    case DrumSound::LowTom:
        return 45;
    case DrumSound::HighTom:
        return 50;
    case DrumSound::Ride:
        return 51;
    }
    return 36;
}

QString DrumSounds::id(DrumSound sound)
{
    switch (sound) {
    case DrumSound::Kick:
        return QStringLiteral("kick");
    case DrumSound::Snare:
        return QStringLiteral("snare");
    case DrumSound::ClosedHiHat:
        return QStringLiteral("hihat-closed");
    case DrumSound::OpenHiHat:
        return QStringLiteral("hihat-open");
    case DrumSound::Clap:
        return QStringLiteral("clap");
    case DrumSound::LowTom:
        return QStringLiteral("tom-low");
    case DrumSound::HighTom:
        return QStringLiteral("tom-high");
    case DrumSound::Ride:
        return QStringLiteral("ride");
    }
    return {};
}

QString DrumSounds::displayName(DrumSound sound)
{
    switch (sound) {
    case DrumSound::Kick:
        return tr("Bass drum");
    case DrumSound::Snare:
        return tr("Snare drum");
    case DrumSound::ClosedHiHat:
        return tr("Closed hi-hat");
    case DrumSound::OpenHiHat:
        return tr("Open hi-hat");
    case DrumSound::Clap:
        return tr("Hand clap");
    case DrumSound::LowTom:
        return tr("Low tom");
    case DrumSound::HighTom:
        return tr("High tom");
    case DrumSound::Ride:
        return tr("Ride cymbal");
    }
    return {};
}

bool DrumSounds::fromId(const QString &id, DrumSound *sound)
{
    for (DrumSound s : all()) {
        if (DrumSounds::id(s) == id) {
            if (sound)
                *sound = s;
            return true;
        }
    }
    return false;
}

} // namespace stages::music
