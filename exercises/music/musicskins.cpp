#include "exercises/music/musicskins.h"

#include "exercises/music/drumsound.h"
#include "exercises/music/pitch.h"

// The drum pictures (:/drums/...) come from an OBJECT library inside the static archive; naming
// its initialiser here keeps it in every program that has the drums skin.
static void initDrumPictures()
{
    Q_INIT_RESOURCE(music_pictures);
}

namespace stages::music {

namespace {

/// The letter name of a pitch class as the pupil's language writes it (Czech: H for B).
QString letterOf(const Pitch &pitch)
{
    const QString name = pitch.className();
    if (name == QLatin1String("B"))
        //: The note B as written in this language (Czech: H)
        return MusicSkins::tr("B");
    return name;
}

} // namespace

Skin MusicSkins::notes()
{
    // Pentatonic C D E G A in two octaves; colours follow the Boomwhacker convention (C red,
    // D orange, E yellow, G green, A purple) and the octave is told apart by the shape.
    struct Note
    {
        int key;
        const char *color;
    };
    static const Note kNotes[]
        = { { 60, "#D62728" }, { 62, "#FF7F0E" }, { 64, "#E6C229" }, { 67, "#2CA02C" }, { 69, "#9467BD" },
            { 72, "#D62728" }, { 74, "#FF7F0E" }, { 76, "#E6C229" }, { 79, "#2CA02C" }, { 81, "#9467BD" } };
    QList<SkinElement> elements;
    for (const Note &n : kNotes) {
        const Pitch pitch(n.key);
        SkinElement e;
        e.key = pitch.name();
        //: A note name shown on a xylophone bar, e.g. "C" or "C (high)"
        e.name = n.key < 72 ? pitch.className() : tr("%1 (high)").arg(pitch.className());
        e.symbol = n.key < 72 ? pitch.className() : pitch.className().toLower();
        e.color = QLatin1String(n.color);
        e.shape = n.key < 72 ? QStringLiteral("circle") : QStringLiteral("square");
        // The label drawn on the token, and the octave (a dot above for the high one), so two
        // notes that sound different never look the same.
        e.extra = { { QStringLiteral("midi"), n.key },
                    { QStringLiteral("pitch"), pitch.name() },
                    { QStringLiteral("label"), letterOf(pitch) },
                    { QStringLiteral("octave"), n.key < 72 ? 0 : 1 } };
        elements.append(e);
    }
    return Skin(QStringLiteral("notes"), tr("Notes"), elements);
}

Skin MusicSkins::drums()
{
    initDrumPictures();
    struct Drum
    {
        DrumSound sound;
        const char *symbol;
        const char *color;
        const char *shape;
    };
    // Hi-hat first: in rhythm exercises element 0 plays the rests (the pulse), element 1 the beats.
    static const Drum kDrums[]
        = { { DrumSound::ClosedHiHat, "h", "#56B4E9", "triangle" }, { DrumSound::Snare, "S", "#E69F00", "square" },
            { DrumSound::Kick, "B", "#0072B2", "circle" },          { DrumSound::Clap, "C", "#CC79A7", "star" },
            { DrumSound::HighTom, "T", "#009E73", "diamond" },      { DrumSound::LowTom, "t", "#D55E00", "hexagon" },
            { DrumSound::OpenHiHat, "H", "#F0E442", "heart" },      { DrumSound::Ride, "R", "#999999", "cross" } };
    QList<SkinElement> elements;
    for (const Drum &d : kDrums) {
        SkinElement e;
        e.key = DrumSounds::id(d.sound);
        e.name = DrumSounds::displayName(d.sound);
        e.symbol = QLatin1String(d.symbol);
        e.color = QLatin1String(d.color);
        e.shape = QLatin1String(d.shape);
        e.picture = QStringLiteral(":/drums/%1.svg").arg(e.key);
        e.extra = { { QStringLiteral("midi"), DrumSounds::gmKey(d.sound) }, { QStringLiteral("channel"), 9 } };
        elements.append(e);
    }
    return Skin(QStringLiteral("drums"), tr("Drums"), elements);
}

int MusicSkins::midiKey(const SkinElement &element)
{
    return element.extra.value(QStringLiteral("midi")).toInt(-1);
}

} // namespace stages::music
