#include "exercises/music/pitch.h"

#include <QRegularExpression>

#include <cmath>

namespace stages::music {

namespace {

const char *const kSharpNames[12] = { "C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B" };

int letterOffset(QChar letter)
{
    switch (letter.toUpper().unicode()) {
    case 'C':
        return 0;
    case 'D':
        return 2;
    case 'E':
        return 4;
    case 'F':
        return 5;
    case 'G':
        return 7;
    case 'A':
        return 9;
    case 'B':
        return 11;
    default:
        return -1;
    }
}

} // namespace

Result<Pitch> Pitch::parse(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^([A-Ga-g])([#b]{0,2})(-?\\d{1,2})$"));
    const QString trimmed = name.trimmed();
    const auto match = re.match(trimmed);
    if (!match.hasMatch())
        return Result<Pitch>::failure(tr("\"%1\" is not a note name; write a letter, an optional # or b and an octave, "
                                         "for example C4, F#3 or Bb2.")
                                          .arg(trimmed));
    int key = letterOffset(match.captured(1).at(0));
    for (QChar c : match.captured(2))
        key += c == QLatin1Char('#') ? 1 : -1;
    key += (match.captured(3).toInt() + 1) * 12;
    if (key < kLowest || key > kHighest)
        return Result<Pitch>::failure(tr("The note %1 is outside the range C-1 to G9.").arg(trimmed));
    return Pitch(key);
}

Result<QList<Pitch>> Pitch::parseList(const QString &names)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    QList<Pitch> pitches;
    for (const QString &part : names.split(separators, Qt::SkipEmptyParts)) {
        auto p = parse(part);
        if (!p)
            return Result<QList<Pitch>>::failure(p.error());
        pitches.append(*p);
    }
    if (pitches.isEmpty())
        return Result<QList<Pitch>>::failure(tr("No notes given; write them like \"C4 E4 G4\"."));
    return pitches;
}

QString Pitch::className() const
{
    return QLatin1String(kSharpNames[((m_key % 12) + 12) % 12]);
}

int Pitch::octave() const
{
    return int(std::floor(m_key / 12.0)) - 1;
}

QString Pitch::name() const
{
    return className() + QString::number(octave());
}

double Pitch::frequency() const
{
    return frequencyOfKey(m_key);
}

double Pitch::frequencyOfKey(double midiKey)
{
    return 440.0 * std::pow(2.0, (midiKey - 69.0) / 12.0);
}

} // namespace stages::music
