#include "audio/instrument.h"

#include <QStringList>

namespace stages::audio {

QList<Instrument> Instruments::all()
{
    return { Instrument::Xylophone, Instrument::Piano, Instrument::Marimba, Instrument::Glockenspiel,
             Instrument::Drums };
}

int Instruments::gmProgram(Instrument instrument)
{
    switch (instrument) {
    case Instrument::Xylophone:
        return 13;
    case Instrument::Piano:
        return 0;
    case Instrument::Marimba:
        return 12;
    case Instrument::Glockenspiel:
        return 9;
    case Instrument::Drums:
        return -1;
    }
    return 0;
}

int Instruments::channel(Instrument instrument)
{
    return instrument == Instrument::Drums ? kDrumChannel : kMelodyChannel;
}

QString Instruments::id(Instrument instrument)
{
    switch (instrument) {
    case Instrument::Xylophone:
        return QStringLiteral("xylophone");
    case Instrument::Piano:
        return QStringLiteral("piano");
    case Instrument::Marimba:
        return QStringLiteral("marimba");
    case Instrument::Glockenspiel:
        return QStringLiteral("glockenspiel");
    case Instrument::Drums:
        return QStringLiteral("drums");
    }
    return {};
}

QString Instruments::displayName(Instrument instrument)
{
    switch (instrument) {
    case Instrument::Xylophone:
        return tr("Xylophone");
    case Instrument::Piano:
        return tr("Piano");
    case Instrument::Marimba:
        return tr("Marimba");
    case Instrument::Glockenspiel:
        return tr("Glockenspiel");
    case Instrument::Drums:
        return tr("Drum kit");
    }
    return {};
}

bool Instruments::fromId(const QString &id, Instrument *instrument)
{
    const QString wanted = id.trimmed().toLower();
    for (Instrument i : all()) {
        const bool drumAlias = i == Instrument::Drums
            && (wanted == QLatin1String("drum-kit") || wanted == QLatin1String("drumkit")
                || wanted == QLatin1String("drum"));
        if (Instruments::id(i) == wanted || drumAlias) {
            if (instrument)
                *instrument = i;
            return true;
        }
    }
    return false;
}

QString Instruments::idList()
{
    QStringList ids;
    for (Instrument i : all())
        ids.append(id(i));
    return ids.join(QLatin1String(", "));
}

} // namespace stages::audio
