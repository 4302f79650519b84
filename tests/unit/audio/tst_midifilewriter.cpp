#include "audio/midifilereader.h"
#include "audio/midifilewriter.h"
#include "exercises/music/euclideanrhythm.h"
#include "exercises/music/melody.h"
#include "exercises/music/melodysound.h"

#include <QTemporaryDir>
#include <QTest>

using namespace stages;
using namespace stages::audio;
using namespace stages::music;

/// A note track (here made from the music domain's melodies) exported as a Standard MIDI File
/// and read back note for note.
class TestMidiFileWriter : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("instrument");
        QTest::addColumn<double>("tempo");
        QTest::addColumn<int>("channel");
        QTest::addColumn<int>("program");
        QTest::newRow("xylophone") << "xylophone" << 120.0 << 0 << 13;
        QTest::newRow("piano slow") << "piano" << 72.0 << 0 << 0;
        QTest::newRow("marimba") << "marimba" << 150.0 << 0 << 12;
        QTest::newRow("glockenspiel") << "glockenspiel" << 100.0 << 0 << 9;
        QTest::newRow("drums") << "drums" << 96.0 << 9 << -1;
    }

    void roundTrip()
    {
        QFETCH(QString, instrument);
        QFETCH(double, tempo);
        QFETCH(int, channel);
        QFETCH(int, program);
        const QList<Pitch> motif = *Pitch::parseList(QStringLiteral("C4 E4 G4"));
        Melody melody = instrument == QLatin1String("drums")
            ? Melody::fromRhythm(*EuclideanRhythm::euclid(5, 8), 38, 2, 0.5)
            : Melody::fromOrders(motif, { { 0, 1, 2 }, { 2, 0, 1 }, { 1, 2, 0 }, { 0, 0, 0 } }, 0.5);
        melody.instrument = instrument;
        melody.tempoBpm = tempo;
        // Same key twice in a row and a chord, the tricky cases for note matching.
        melody.notes.append({ 72, melody.lengthBeats(), 0.25, 70 });
        melody.notes.append({ 72, melody.lengthBeats(), 1.5, 127 });
        melody.notes.append({ 76, melody.notes.constLast().startBeat, 1.5, 90 });

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tune.mid"));
        QVERIFY(MidiFileWriter::write(MelodySound::track(melody), path).ok());
        auto read = MidiFileReader::read(path);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read->format, 0);
        QCOMPARE(read->ticksPerBeat, MidiFileWriter::kTicksPerBeat);
        QVERIFY(std::abs(read->tempoBpm - tempo) < 0.01);
        if (program >= 0) {
            QCOMPARE(read->programs.size(), 1);
            QCOMPARE(read->programs.constFirst().program, program);
        } else {
            QVERIFY(read->programs.isEmpty());
        }
        QCOMPARE(read->notes.size(), melody.notes.size());
        QList<MelodyNote> expected = melody.notes;
        std::stable_sort(expected.begin(), expected.end(), [](const MelodyNote &a, const MelodyNote &b) {
            return a.startBeat != b.startBeat ? a.startBeat < b.startBeat : a.key < b.key;
        });
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const auto &got = read->notes.at(i);
            const double tpb = read->ticksPerBeat;
            QCOMPARE(got.channel, channel);
            QCOMPARE(got.key, expected.at(i).key);
            QCOMPARE(got.velocity, expected.at(i).velocity);
            QCOMPARE(got.startTick / tpb, expected.at(i).startBeat);
            QCOMPARE((got.endTick - got.startTick) / tpb, expected.at(i).beats);
        }
    }

    void unwritablePath()
    {
        const Status s = MidiFileWriter::write(NoteTrack { { { 60, 0, 1, 100 } } }, QStringLiteral("/proc/nope/x.mid"));
        QVERIFY(!s.ok());
        QVERIFY(!s.error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMidiFileWriter)
#include "tst_midifilewriter.moc"
