#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace stages::music {

/// How the seventh degree of C major is written on bars and keys. Czech (like German, Slovak,
/// Polish, Hungarian and the Nordic languages) calls it "H" and keeps "B" for B flat; English
/// calls it "B". Letters are data, not words, so they are not translated with tr(): the naming is
/// chosen from the locale instead (see NoteAppearance::namingForLocale) and can be set per widget.
enum class NoteNaming { English, German };

/// What a pitch looks like on the on-screen instruments: its letter and its colour. The colours
/// are the classroom Boomwhackers palette (C red, D orange, E yellow, F light green, G green,
/// A purple, B pink), so a bar on the xylophone, a key on the piano and a coloured score all agree.
class NoteAppearance
{
    Q_DECLARE_TR_FUNCTIONS(stages::music::NoteAppearance)

public:
    static NoteNaming namingForLocale(const QLocale &locale);
    /// Letter of the pitch class without octave: "C", "F♯", and "B" or "H" by naming.
    static QString letter(int midiNote, NoteNaming naming);
    static bool isBlackKey(int midiNote);
    /// Boomwhackers colour of the pitch class; sharps get the colour between their neighbours.
    static QColor colour(int midiNote);
    /// Black or white, whichever reads better on the background.
    static QColor textColourOn(const QColor &background);
};

} // namespace stages::music
