#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace stages::music {

/// A pitch as a MIDI key number (middle C, "C4", is 60; A4 = 69 = 440 Hz) with scientific
/// pitch names. Equal temperament throughout.
class Pitch
{
    Q_DECLARE_TR_FUNCTIONS(stages::music::Pitch)

public:
    static constexpr int kLowest = 0;
    static constexpr int kHighest = 127;

    constexpr Pitch() = default;
    constexpr explicit Pitch(int midiKey)
        : m_key(midiKey)
    { }

    /// Parses "C4", "F#3", "Bb2", "c#5", "Eb-1". Octave numbers follow scientific pitch notation.
    static Result<Pitch> parse(const QString &name);
    /// Parses a space- or comma-separated list ("C4 E4 G4"); fails on the first bad name.
    static Result<QList<Pitch>> parseList(const QString &names);

    constexpr int midiKey() const { return m_key; }
    /// Name with sharps ("C#4"), as written by parse() for the same key.
    QString name() const;
    /// Pitch class name without octave ("C#").
    QString className() const;
    int octave() const;
    /// Equal-temperament frequency with A4 = 440 Hz.
    double frequency() const;
    static double frequencyOfKey(double midiKey);

    constexpr bool operator==(const Pitch &) const = default;
    constexpr auto operator<=>(const Pitch &) const = default;

private:
    int m_key = 60;
};

} // namespace stages::music
