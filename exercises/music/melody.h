#pragma once

#include "core/result.h"
#include "exercises/music/motifrule.h"
#include "exercises/music/pitch.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace stages::music {

class EuclideanRhythm;

/// One note of a melody or drum part, timed in beats.
struct MelodyNote
{
    int key = 60; ///< MIDI key (a GM percussion key when the instrument is "drums")
    double startBeat = 0;
    double beats = 1; ///< duration
    int velocity = 100; ///< 1..127

    bool operator==(const MelodyNote &) const = default;
};

/// What a music exercise plays and what a pupil composes: timed notes, a tempo and an instrument
/// id ("xylophone", "piano", "marimba", "glockenspiel", "drums"). Saved as JSON in artifacts
/// (kind "melody"), rendered by the sound engine and exported as a MIDI file.
struct Melody
{
    Q_DECLARE_TR_FUNCTIONS(stages::music::Melody)

public:
    static constexpr double kDefaultTempo = 120;

    QList<MelodyNote> notes;
    double tempoBpm = kDefaultTempo;
    QString instrument = QStringLiteral("xylophone");

    /// Each pitch one after the other, @p beatsEach long.
    static Melody fromPitches(const QList<Pitch> &pitches, double beatsEach = 1);
    /// The motif's notes in each order, one after the other; the last note of the melody is held
    /// twice as long so it sounds finished.
    static Melody fromOrders(const QList<Pitch> &motif, const QList<MotifOrder> &orders, double beatsEach = 0.5);
    /// @p cycles repetitions of a rhythm on one drum (GM key), each step @p beatsPerStep long.
    static Melody fromRhythm(const EuclideanRhythm &rhythm, int drumKey, int cycles = 1, double beatsPerStep = 0.5);

    /// Length in beats (end of the last note).
    double lengthBeats() const;
    double beatToSeconds(double beat) const { return beat * 60.0 / tempoBpm; }

    QByteArray toJson() const;
    static Result<Melody> fromJson(const QByteArray &json);

    bool operator==(const Melody &) const = default;
};

} // namespace stages::music
