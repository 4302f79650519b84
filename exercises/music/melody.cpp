#include "exercises/music/melody.h"

#include "exercises/music/euclideanrhythm.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace stages::music {

Melody Melody::fromPitches(const QList<Pitch> &pitches, double beatsEach)
{
    Melody m;
    double beat = 0;
    for (const Pitch &p : pitches) {
        m.notes.append({ p.midiKey(), beat, beatsEach, 100 });
        beat += beatsEach;
    }
    return m;
}

Melody Melody::fromOrders(const QList<Pitch> &motif, const QList<MotifOrder> &orders, double beatsEach)
{
    Melody m;
    double beat = 0;
    for (const MotifOrder &order : orders) {
        for (int index : order) {
            if (index < 0 || index >= motif.size())
                continue;
            m.notes.append({ motif.at(index).midiKey(), beat, beatsEach, 100 });
            beat += beatsEach;
        }
    }
    if (!m.notes.isEmpty())
        m.notes.last().beats *= 2;
    return m;
}

Melody Melody::fromRhythm(const EuclideanRhythm &rhythm, int drumKey, int cycles, double beatsPerStep)
{
    Melody m;
    m.instrument = QStringLiteral("drums");
    const QList<int> onsets = rhythm.onsets();
    for (int c = 0; c < cycles; ++c) {
        for (int step : onsets) {
            // The first onset of each cycle is accented, as a player would.
            const int velocity = step == onsets.constFirst() ? 120 : 95;
            m.notes.append({ drumKey, (c * rhythm.length() + step) * beatsPerStep, beatsPerStep, velocity });
        }
    }
    return m;
}

double Melody::lengthBeats() const
{
    double end = 0;
    for (const MelodyNote &n : notes)
        end = std::max(end, n.startBeat + n.beats);
    return end;
}

QByteArray Melody::toJson() const
{
    QJsonArray array;
    for (const MelodyNote &n : notes)
        array.append(QJsonObject { { QStringLiteral("key"), n.key },
                                   { QStringLiteral("start"), n.startBeat },
                                   { QStringLiteral("beats"), n.beats },
                                   { QStringLiteral("velocity"), n.velocity } });
    const QJsonObject root { { QStringLiteral("format"), QStringLiteral("stages-melody") },
                             { QStringLiteral("version"), 1 },
                             { QStringLiteral("tempo"), tempoBpm },
                             { QStringLiteral("instrument"), instrument },
                             { QStringLiteral("notes"), array } };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<Melody> Melody::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    const QJsonObject root = doc.object();
    if (error.error != QJsonParseError::NoError
        || root.value(QStringLiteral("format")).toString() != QLatin1String("stages-melody"))
        return Result<Melody>::failure(tr("This is not a saved melody."));
    if (root.value(QStringLiteral("version")).toInt() > 1)
        return Result<Melody>::failure(tr("This melody was saved by a newer version of Stages."));
    Melody m;
    m.tempoBpm = root.value(QStringLiteral("tempo")).toDouble(kDefaultTempo);
    m.instrument = root.value(QStringLiteral("instrument")).toString(QStringLiteral("xylophone"));
    if (m.tempoBpm < 20 || m.tempoBpm > 400)
        return Result<Melody>::failure(
            tr("The melody's tempo %1 is outside 20 to 400 beats a minute.").arg(m.tempoBpm));
    for (const QJsonValue &v : root.value(QStringLiteral("notes")).toArray()) {
        const QJsonObject o = v.toObject();
        MelodyNote n { o.value(QStringLiteral("key")).toInt(-1), o.value(QStringLiteral("start")).toDouble(-1),
                       o.value(QStringLiteral("beats")).toDouble(-1), o.value(QStringLiteral("velocity")).toInt(100) };
        if (n.key < 0 || n.key > 127 || n.startBeat < 0 || n.beats <= 0 || n.velocity < 1 || n.velocity > 127)
            return Result<Melody>::failure(tr("The saved melody has a damaged note."));
        m.notes.append(n);
    }
    return m;
}

} // namespace stages::music
