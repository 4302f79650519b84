// MelodySound: the music domain's melodies handed to the sound engine as its own note tracks,
// sequences and MIDI files (app/audio knows nothing of melodies).

#include "audio/midifilereader.h"
#include "audio/midifilewriter.h"
#include "exercises/music/euclideanrhythm.h"
#include "exercises/music/melody.h"
#include "exercises/music/melodysound.h"

#include <QTemporaryDir>
#include <QTest>

using namespace stages;
using namespace stages::music;

class TestMelodySound : public QObject
{
    Q_OBJECT

private slots:
    void instrument_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<audio::Instrument>("instrument");
        QTest::newRow("xylophone") << "xylophone" << audio::Instrument::Xylophone;
        QTest::newRow("piano") << "piano" << audio::Instrument::Piano;
        QTest::newRow("marimba") << "marimba" << audio::Instrument::Marimba;
        QTest::newRow("glockenspiel") << "glockenspiel" << audio::Instrument::Glockenspiel;
        QTest::newRow("drums") << "drums" << audio::Instrument::Drums;
        QTest::newRow("drum-kit alias") << "Drum-Kit" << audio::Instrument::Drums;
        QTest::newRow("unknown plays the xylophone") << "kazoo" << audio::Instrument::Xylophone;
    }

    void instrument()
    {
        QFETCH(QString, id);
        QFETCH(audio::Instrument, instrument);
        Melody m = Melody::fromPitches(*Pitch::parseList(QStringLiteral("C4 E4")));
        m.instrument = id;
        QCOMPARE(MelodySound::track(m).instrument, instrument);
    }

    void notesAndTempoCarriedOver()
    {
        Melody m = Melody::fromRhythm(*EuclideanRhythm::euclid(3, 8), 38, 2, 0.5);
        m.instrument = QStringLiteral("drums");
        m.tempoBpm = 96;
        m.notes.append({ 42, 9.0, 0.25, 55 });
        const audio::NoteTrack t = MelodySound::track(m);
        QCOMPARE(t.tempoBpm, 96.0);
        QCOMPARE(t.notes.size(), m.notes.size());
        for (qsizetype i = 0; i < m.notes.size(); ++i) {
            const MelodyNote &n = m.notes.at(i);
            QCOMPARE(t.notes.at(i), (audio::NoteEvent { n.key, n.startBeat, n.beats, n.velocity }));
        }
        QCOMPARE(t.lengthBeats(), m.lengthBeats());
    }

    void sequenceAndMidiAreTheTracks()
    {
        Melody m = Melody::fromPitches(*Pitch::parseList(QStringLiteral("C4 C4 G4 A4")), 0.5);
        m.instrument = QStringLiteral("marimba");
        m.tempoBpm = 100;
        const audio::NoteTrack t = MelodySound::track(m);
        const audio::Sequence s = MelodySound::sequence(m, 44100, 0.3);
        const audio::Sequence expected = audio::Sequence::fromTrack(t, 44100, 0.3);
        QCOMPARE(s.events(), expected.events());
        QCOMPARE(s.lengthFrames(), expected.lengthFrames());
        QCOMPARE(s.sampleRate(), 44100);
        QCOMPARE(MelodySound::midi(m), audio::MidiFileWriter::toBytes(t));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tune.mid"));
        QVERIFY(MelodySound::writeMidi(m, path).ok());
        auto read = audio::MidiFileReader::read(path);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read->notes.size(), m.notes.size());
        QCOMPARE(read->programs.constFirst().program, 12); // marimba
        QVERIFY(!MelodySound::writeMidi(m, QStringLiteral("/proc/nope/x.mid")).ok());
    }
};

QTEST_GUILESS_MAIN(TestMelodySound)
#include "tst_melodysound.moc"
