#include "audio/midifilereader.h"
#include "audio/soundfontlocator.h"
#include "unit/audio/audioanalysis.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace stages;
using namespace stages::audio;

/// Drives the real `stagesctl music` verbs and checks their files: the WAV is listened to (onsets
/// and pitches), the MIDI file read back note for note.
class TestAudioCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Run
    {
        int code;
        QString out;
        QString err;
    };

    Run stagesctl(const QStringList &args)
    {
        QProcess p;
        p.setProgram(qEnvironmentVariable("STAGES_BIN_DIR") + QStringLiteral("/stagesctl"));
        p.setArguments(args);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("STAGES_DB"), m_dir.filePath(QStringLiteral("stages.sqlite")));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        p.setProcessEnvironment(env);
        p.start();
        p.waitForFinished(120000);
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                 QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(qEnvironmentVariable("STAGES_BIN_DIR") + QStringLiteral("/stagesctl")));
    }

    void init()
    {
        // Only rendering needs a SoundFont; rhythm, MIDI export and the failure messages do not.
        const QByteArray test = QTest::currentTestFunction();
        if ((test == "renderNotes" || test == "renderExercise") && stages::audio::SoundFontLocator::find().isEmpty())
            QSKIP("No SoundFont installed (timgm6mb-soundfont).");
    }

    void rhythm_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("pattern");
        QTest::newRow("tresillo") << QStringList { QStringLiteral("3"), QStringLiteral("8") } << "x..x..x.";
        QTest::newRow("cinquillo") << QStringList { QStringLiteral("5"), QStringLiteral("8") } << "x.xx.xx.";
        QTest::newRow("E(4,12)") << QStringList { QStringLiteral("4"), QStringLiteral("12") } << "x..x..x..x..";
        QTest::newRow("E(7,16)") << QStringList { QStringLiteral("7"), QStringLiteral("16") } << "x..x.x.x..x.x.x.";
    }

    void rhythm()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, pattern);
        const Run r = stagesctl(QStringList { QStringLiteral("music"), QStringLiteral("rhythm") } + args);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), pattern);
    }

    void renderNotes_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<double>("tempo");
        QTest::newRow("defaults") << QStringList {} << 120.0;
        QTest::newRow("piano 90") << QStringList { QStringLiteral("--instrument"), QStringLiteral("piano"),
                                                   QStringLiteral("--tempo"), QStringLiteral("90") }
                                  << 90.0;
    }

    /// "each note one beat long at the tempo; default 120 BPM, xylophone": listen to the file.
    void renderNotes()
    {
        QFETCH(QStringList, extra);
        QFETCH(double, tempo);
        const QString wav = m_dir.filePath(QStringLiteral("%1.wav").arg(QString::fromLatin1(QTest::currentDataTag())));
        const Run r
            = stagesctl(QStringList { QStringLiteral("music"), QStringLiteral("render"), QStringLiteral("--notes"),
                                      QStringLiteral("C4 E4 G4"), QStringLiteral("--wav"), wav }
                        + extra);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const test::WavData data = test::readWav(wav);
        QVERIFY(data.ok);
        const std::vector<size_t> onsets = test::detectOnsets(data.mono, data.sampleRate);
        QCOMPARE(int(onsets.size()), 3);
        const double freqs[] = { 261.6256, 329.6276, 391.9954 };
        const double beat = 60.0 / tempo * data.sampleRate;
        for (int i = 0; i < 3; ++i) {
            QVERIFY(std::abs(double(onsets[size_t(i)]) - i * beat) < 0.010 * data.sampleRate);
            const double hz = test::estimatePitch(data.mono, data.sampleRate, onsets[size_t(i)] + 960,
                                                  size_t(0.3 * data.sampleRate));
            QVERIFY2(std::abs(hz - freqs[i]) < 0.01 * freqs[i], qPrintable(QString::number(hz)));
        }
    }

    void exportMidi()
    {
        const QString mid = m_dir.filePath(QStringLiteral("notes.mid"));
        const Run r = stagesctl({ QStringLiteral("music"), QStringLiteral("export-midi"), QStringLiteral("--notes"),
                                  QStringLiteral("C4 E4 G4 C5"), QStringLiteral("--tempo"), QStringLiteral("96"),
                                  QStringLiteral("--out"), mid });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        auto content = MidiFileReader::read(mid);
        QVERIFY2(content.ok(), qPrintable(content.error()));
        QVERIFY(std::abs(content->tempoBpm - 96) < 0.01);
        const int keys[] = { 60, 64, 67, 72 };
        QCOMPARE(content->notes.size(), 4);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(content->notes.at(i).key, keys[i]);
            QCOMPARE(content->notes.at(i).startTick, qint64(i) * content->ticksPerBeat);
            QCOMPARE(content->notes.at(i).endTick, qint64(i + 1) * content->ticksPerBeat);
        }
        QCOMPARE(content->programs.constFirst().program, 13);
    }

    /// What an exercise plays: a three-note play-back from the music catalogue, listened to.
    void renderExercise()
    {
        const QString wav = m_dir.filePath(QStringLiteral("exercise.wav"));
        const Run r = stagesctl({ QStringLiteral("music"), QStringLiteral("render"), QStringLiteral("--exercise"),
                                  QStringLiteral("mus1/perm/n3/notes/play-back/s2"), QStringLiteral("--wav"), wav });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const test::WavData data = test::readWav(wav);
        QVERIFY(data.ok);
        const std::vector<size_t> onsets = test::detectOnsets(data.mono, data.sampleRate);
        QCOMPARE(int(onsets.size()), 3);
        // Half a beat apart at 100 BPM; each a note of the pentatonic notes skin.
        const QList<double> pentatonic { 261.63, 293.66, 329.63, 392.0, 440.0, 523.25, 587.33, 659.26, 783.99, 880.0 };
        for (int i = 0; i < 3; ++i) {
            QVERIFY(std::abs(double(onsets[size_t(i)]) - i * 0.3 * data.sampleRate) < 0.010 * data.sampleRate);
            const double hz = test::estimatePitch(data.mono, data.sampleRate, onsets[size_t(i)] + 960,
                                                  size_t(0.25 * data.sampleRate));
            QVERIFY2(std::any_of(pentatonic.cbegin(), pentatonic.cend(),
                                 [hz](double f) { return std::abs(hz - f) < 0.01 * f; }),
                     qPrintable(QString::number(hz)));
        }
        const Run notMusic
            = stagesctl({ QStringLiteral("music"), QStringLiteral("render"), QStringLiteral("--exercise"),
                          QStringLiteral("comb/perm/n3/colors/build-all/s1"), QStringLiteral("--wav"), wav });
        QVERIFY(notMusic.code != 0);
        QVERIFY(notMusic.err.contains(QLatin1String("not a music exercise")));
    }

    /// A pupil's saved melody (compose) and a "create" artifact of the notes skin, exported as MIDI.
    void exportArtifacts()
    {
        QCOMPARE(stagesctl({ QStringLiteral("db"), QStringLiteral("init") }).code, 0);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("artifacts"));
            db.setDatabaseName(m_dir.filePath(QStringLiteral("stages.sqlite")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO school (id, name, created_at) VALUES ('s1', 'School', '2026-01-01T00:00:00Z')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO person (id, school_id, role, display_name, created_at) "
                                          "VALUES ('p1', 's1', 'pupil', 'Ema', '2026-01-01T00:00:00Z')")));
            const QString compose = QStringLiteral(
                R"({"exercise":"x","melody":{"format":"stages-melody","version":1,"tempo":90,"instrument":"marimba",)"
                R"("notes":[{"key":60,"start":0,"beats":0.5,"velocity":100},{"key":67,"start":0.5,"beats":1,"velocity":90}]}})");
            const QString create
                = QStringLiteral(R"({"skin":"notes","elements":["C4","E4","G4"],"items":[[0,1,2],[2,1,0]]})");
            q.prepare(QStringLiteral("INSERT INTO artifact (id, person_id, kind, title, content, created_at) "
                                     "VALUES (?, 'p1', 'melody', 'tune', ?, '2026-01-01T00:00:00Z')"));
            q.addBindValue(QStringLiteral("a-compose"));
            q.addBindValue(compose);
            QVERIFY(q.exec());
            q.addBindValue(QStringLiteral("a-create"));
            q.addBindValue(create);
            QVERIFY(q.exec());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("artifacts"));

        const QString composed = m_dir.filePath(QStringLiteral("composed.mid"));
        Run r = stagesctl({ QStringLiteral("music"), QStringLiteral("export-midi"), QStringLiteral("--artifact"),
                            QStringLiteral("a-compose"), QStringLiteral("--out"), composed });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        auto content = MidiFileReader::read(composed);
        QVERIFY(content.ok());
        QCOMPARE(content->notes.size(), 2);
        QCOMPARE(content->notes.at(1).key, 67);
        QCOMPARE(content->notes.at(1).velocity, 90);
        QVERIFY(std::abs(content->tempoBpm - 90) < 0.01);
        QCOMPARE(content->programs.constFirst().program, 12); // marimba

        const QString created = m_dir.filePath(QStringLiteral("created.mid"));
        r = stagesctl({ QStringLiteral("music"), QStringLiteral("export-midi"), QStringLiteral("--artifact"),
                        QStringLiteral("a-create"), QStringLiteral("--out"), created });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        content = MidiFileReader::read(created);
        QVERIFY(content.ok());
        QList<int> keys;
        for (const auto &n : content->notes)
            keys.append(n.key);
        QCOMPARE(keys, (QList<int> { 60, 64, 67, 67, 64, 60 }));
    }

    void failuresAreClear_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad note") << QStringList { QStringLiteral("render"), QStringLiteral("--notes"),
                                                   QStringLiteral("C4 H9"), QStringLiteral("--wav"),
                                                   QStringLiteral("x.wav") }
                                  << "H9";
        QTest::newRow("no wav") << QStringList { QStringLiteral("render"), QStringLiteral("--notes"),
                                                 QStringLiteral("C4") }
                                << "--wav";
        QTest::newRow("bad instrument") << QStringList {
            QStringLiteral("render"), QStringLiteral("--notes"), QStringLiteral("C4"),   QStringLiteral("--instrument"),
            QStringLiteral("kazoo"),  QStringLiteral("--wav"),   QStringLiteral("x.wav")
        } << "kazoo";
        QTest::newRow("bad soundfont") << QStringList { QStringLiteral("render"),       QStringLiteral("--notes"),
                                                        QStringLiteral("C4"),           QStringLiteral("--soundfont"),
                                                        QStringLiteral("/no/such.sf2"), QStringLiteral("--wav"),
                                                        QStringLiteral("x.wav") }
                                       << "/no/such.sf2";
        QTest::newRow("bad rhythm") << QStringList { QStringLiteral("rhythm"), QStringLiteral("9"),
                                                     QStringLiteral("4") }
                                    << "E(9,4)";
        QTest::newRow("unknown artifact")
            << QStringList { QStringLiteral("export-midi"), QStringLiteral("--artifact"), QStringLiteral("nope"),
                             QStringLiteral("--out"), QStringLiteral("x.mid") }
            << "nope";
    }

    void failuresAreClear()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = stagesctl(QStringList { QStringLiteral("music") } + args);
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestAudioCli)
#include "tst_audio_cli.moc"
