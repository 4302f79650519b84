#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace stages::audio {

/// The instruments the engine offers, with their General MIDI programs. The drum kit is not a
/// program but MIDI channel 10 (index 9), where each key is a drum sound.
enum class Instrument { Xylophone, Piano, Marimba, Glockenspiel, Drums };

class Instruments
{
    Q_DECLARE_TR_FUNCTIONS(stages::audio::Instruments)

public:
    static constexpr int kMelodyChannel = 0;
    static constexpr int kDrumChannel = 9;

    static QList<Instrument> all();
    /// GM program number (0-based): xylophone 13, marimba 12, glockenspiel 9, piano 0; -1 for drums.
    static int gmProgram(Instrument instrument);
    static int channel(Instrument instrument);
    /// Stable ASCII id ("xylophone"), as on the command line and in saved melodies.
    static QString id(Instrument instrument);
    static QString displayName(Instrument instrument);
    /// The instrument with this id (case-insensitive, "drum-kit" and "drumkit" accepted for drums).
    static bool fromId(const QString &id, Instrument *instrument);
    /// The ids joined for help texts: "xylophone, piano, ...".
    static QString idList();
};

} // namespace stages::audio
