#include "exercises/music/view/noteappearance.h"

#include <QStringList>

#include <array>
#include <cmath>

namespace stages::music {

namespace {

int pitchClass(int midiNote)
{
    return ((midiNote % 12) + 12) % 12;
}

// Boomwhackers diatonic colours for C D E F G A B.
constexpr std::array<QRgb, 7> kNaturalColours = {
    0xffe5262d, // C red
    0xfff58a1f, // D orange
    0xffffd21f, // E yellow
    0xff8cc63e, // F light green
    0xff00a37a, // G green (teal)
    0xff7b4ba8, // A purple
    0xffe0388f, // B pink / magenta
};

// Index into kNaturalColours for each pitch class; -1 for sharps.
constexpr std::array<int, 12> kNaturalIndex = { 0, -1, 1, -1, 2, 3, -1, 4, -1, 5, -1, 6 };

} // namespace

NoteNaming NoteAppearance::namingForLocale(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::Czech:
    case QLocale::Slovak:
    case QLocale::German:
    case QLocale::Polish:
    case QLocale::Hungarian:
    case QLocale::Slovenian:
    case QLocale::Croatian:
    case QLocale::Serbian:
    case QLocale::Danish:
    case QLocale::NorwegianBokmal:
    case QLocale::NorwegianNynorsk:
    case QLocale::Swedish:
    case QLocale::Finnish:
    case QLocale::Estonian:
        return NoteNaming::German;
    case QLocale::French:
    case QLocale::Italian:
    case QLocale::Spanish:
    case QLocale::Portuguese:
    case QLocale::Romanian:
    case QLocale::Catalan:
        return NoteNaming::Solfege;
    default:
        return NoteNaming::English;
    }
}

QString NoteAppearance::name(int midiNote, NoteNaming naming)
{
    static const std::array<const char16_t *, 12> english
        = { u"C", u"C\u266f", u"D", u"D\u266f", u"E", u"F", u"F\u266f", u"G", u"G\u266f", u"A", u"A\u266f", u"B" };
    static const std::array<const char16_t *, 12> solfege
        = { u"do",       u"do\u266f", u"re",        u"re\u266f", u"mi",       u"fa",
            u"fa\u266f", u"sol",      u"sol\u266f", u"la",       u"la\u266f", u"si" };
    const int pc = pitchClass(midiNote);
    if (naming == NoteNaming::Solfege)
        return QString::fromUtf16(solfege[size_t(pc)]);
    if (pc == 11 && naming == NoteNaming::German)
        return QStringLiteral("H");
    return QString::fromUtf16(english[size_t(pc)]);
}

bool NoteAppearance::isNoteName(const QString &label)
{
    QString base = label.trimmed().toLower();
    // A sharp or flat after the name (or written out as "is"/"es" in Czech and German) is still a note.
    for (const QString &accidental : { QStringLiteral("\u266f"), QStringLiteral("\u266d"), QStringLiteral("#") }) {
        if (base.endsWith(accidental))
            base.chop(accidental.size());
    }
    static const QStringList names
        = { QStringLiteral("c"),  QStringLiteral("d"),   QStringLiteral("e"),  QStringLiteral("f"),
            QStringLiteral("g"),  QStringLiteral("a"),   QStringLiteral("b"),  QStringLiteral("h"),
            QStringLiteral("do"), QStringLiteral("re"),  QStringLiteral("mi"), QStringLiteral("fa"),
            QStringLiteral("so"), QStringLiteral("sol"), QStringLiteral("la"), QStringLiteral("si"),
            QStringLiteral("ti"), QStringLiteral("ut") };
    if (names.contains(base))
        return true;
    // Czech and German sharps and flats: cis, dis, fis, es, as, hes...
    for (const QString &suffix : { QStringLiteral("is"), QStringLiteral("es"), QStringLiteral("s") }) {
        if (base.size() > suffix.size() && base.endsWith(suffix)
            && names.contains(base.left(base.size() - suffix.size())) && base.size() <= 3)
            return true;
    }
    return false;
}

int NoteAppearance::octaveMarks(int midiNote)
{
    // MIDI 60 is C4; floor division so that notes below 0 would still count down.
    const int octave = (midiNote >= 0 ? midiNote / 12 : (midiNote - 11) / 12) - 1;
    return octave - 4;
}

bool NoteAppearance::isBlackKey(int midiNote)
{
    return kNaturalIndex[size_t(pitchClass(midiNote))] < 0;
}

QColor NoteAppearance::colour(int midiNote)
{
    const int pc = pitchClass(midiNote);
    const int index = kNaturalIndex[size_t(pc)];
    if (index >= 0)
        return QColor::fromRgb(kNaturalColours[size_t(index)]);
    // A sharp sits between two naturals: mix their colours.
    const QColor low = QColor::fromRgb(kNaturalColours[size_t(kNaturalIndex[size_t(pc - 1)])]);
    const QColor high = QColor::fromRgb(kNaturalColours[size_t(kNaturalIndex[size_t((pc + 1) % 12)])]);
    return QColor((low.red() + high.red()) / 2, (low.green() + high.green()) / 2, (low.blue() + high.blue()) / 2);
}

QColor NoteAppearance::textColourOn(const QColor &background)
{
    // Relative luminance (sRGB, approximated with gamma 2.2) decides, as in WCAG contrast.
    auto linear = [](int channel) { return std::pow(channel / 255.0, 2.2); };
    const double luminance
        = 0.2126 * linear(background.red()) + 0.7152 * linear(background.green()) + 0.0722 * linear(background.blue());
    const double contrastWithBlack = (luminance + 0.05) / 0.05;
    const double contrastWithWhite = 1.05 / (luminance + 0.05);
    return contrastWithBlack >= contrastWithWhite ? QColor(0x1a, 0x1a, 0x1a) : QColor(Qt::white);
}

} // namespace stages::music
