#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace stages::music {

/// How notes are named on bars, keys and note tokens. Czech (like German, Slovak, Polish,
/// Hungarian and the Nordic languages) writes letters and calls the seventh degree of C major "H",
/// keeping "B" for B flat; English writes letters and calls it "B"; French, Italian, Spanish,
/// Portuguese and Romanian sing fixed-do solfège (do re mi fa sol la si). Names are data, not
/// words, so they are not translated with tr(): the naming is chosen from the locale instead (see
/// NoteAppearance::namingForLocale) and can be set per widget.
enum class NoteNaming { English, German, Solfege };

/// What a pitch looks like on the on-screen instruments and note rows: its name, its colour and
/// its octave. The colours are the classroom Boomwhackers palette (C red, D orange, E yellow,
/// F light green, G green, A purple, B pink), so a bar on the xylophone, a key on the piano and a
/// coloured score all agree. Colour and name say the pitch class only; octaveMarks() tells E4 from
/// E5 (drawn as dots above or below a note, as in numbered notation).
class NoteAppearance
{
    Q_DECLARE_TR_FUNCTIONS(stages::music::NoteAppearance)

public:
    static NoteNaming namingForLocale(const QLocale &locale);
    /// Name of the pitch class without octave: "C", "F♯", "B" or "H", or "do", "fa♯", "si" by naming.
    static QString name(int midiNote, NoteNaming naming);
    /// True when @p label reads as a note name in any naming ("D", "h", "F♯", "Sol", "ti"...):
    /// such text must never be printed on a bar or choice as a mere label (a key, an option),
    /// or a child reads it as the answer.
    static bool isNoteName(const QString &label);
    /// Octaves above (positive) or below (negative) the middle octave C4..B4 (MIDI 60..71).
    static int octaveMarks(int midiNote);
    static bool isBlackKey(int midiNote);
    /// Boomwhackers colour of the pitch class; sharps get the colour between their neighbours.
    static QColor colour(int midiNote);
    /// Black or white, whichever reads better on the background.
    static QColor textColourOn(const QColor &background);
};

} // namespace stages::music
