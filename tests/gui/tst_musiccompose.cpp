// The compose screen end to end: the pupil clicks orders of the motif (an order the rule does not
// allow is refused with a message), plays the tune with each order's notes lit in turn, exports it
// as a MIDI file (read back: the same notes) and finishes; the attempt and the "melody" artifact
// are stored in one transaction in a real SQLite file, in the format `stagesctl music export-midi
// --artifact` and the teacher's player read (a Melody under "melody").

#include "audio/midifilereader.h"
#include "exercises/framework/evaluator.h"
#include "exercises/music/melody.h"
#include "exercises/music/view/composescreen.h"
#include "exercises/music/view/noterowwidget.h"
#include "musicfixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace stages;
using namespace stages::music;

class TestMusicCompose : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void composeSaveAndExport_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::newRow("neighbour-swap") << QStringLiteral("neighbour-swap");
        QTest::newRow("start-where-ended") << QStringLiteral("start-where-ended");
        QTest::newRow("all-orders") << QStringLiteral("all-orders");
    }

    void composeSaveAndExport()
    {
        QFETCH(QString, rule);
        test::MusicFixture f;
        const Exercise *exercise = nullptr;
        for (const Exercise &e : test::musicContent()->catalogue().exercises()) {
            if (e.task == QLatin1String("compose") && e.options.value(QStringLiteral("motifRule")).toString() == rule) {
                exercise = &e;
                break;
            }
        }
        QVERIFY(exercise);
        QVERIFY(f.page.openExercise(exercise->id));
        auto *screen = qobject_cast<ComposeScreen *>(f.page.musicScreen());
        QVERIFY(screen);
        QVERIFY(QTest::qWaitForWindowExposed(&f.page));
        QVERIFY(!screen->doneButton()->isEnabled());
        QVERIFY(!screen->exportButton()->isEnabled());

        QList<MotifOrder> solution;
        for (const QJsonValue &v : Evaluator(test::musicContent()->engine()).solve(*exercise).answer.toArray())
            solution.append(itemFromJson(v).value());
        QCOMPARE(solution.size(), screen->length());
        MotifRule motifRule;
        QVERIFY(MotifRule::fromId(rule, &motifRule));
        const int size = exercise->structure->itemLength();

        for (int i = 0; i < solution.size(); ++i) {
            // Before the right one, try one the rule refuses (when there is one): nothing is added.
            for (int j = 0; j < screen->orders().size(); ++j) {
                if (!motifRule.allowsNext(screen->tune(), screen->orders().at(j), size, screen->length())) {
                    QTest::mouseClick(screen->orderButtons().at(j), Qt::LeftButton);
                    QCOMPARE(screen->tune().size(), i);
                    QVERIFY(!screen->messageLabel()->text().isEmpty());
                    break;
                }
            }
            const int index = int(screen->orders().indexOf(solution.at(i)));
            QVERIFY(index >= 0);
            QTest::mouseClick(screen->orderButtons().at(index), Qt::LeftButton);
            QCOMPARE(screen->tune().size(), i + 1);
            QVERIFY(screen->messageLabel()->text().isEmpty());
        }
        QCOMPARE(screen->tune(), solution);
        QVERIFY(screen->doneButton()->isEnabled());
        QVERIFY(!screen->orderButtons().first()->isEnabled()); // the tune is full

        // Play: each order's row lights its notes in turn, all in the tune's order.
        MUSIC_TRY(!f.sound.isPlaying());
        QList<QPair<int, int>> lit; // (row, note)
        connect(&f.sound, &SoundService::noteSounding, screen, [&] {
            for (int r = 0; r < screen->tuneRows().size(); ++r) {
                if (screen->tuneRows().at(r)->lit() >= 0)
                    lit.append({ r, screen->tuneRows().at(r)->lit() });
            }
        });
        QTest::mouseClick(screen->playButton(), Qt::LeftButton);
        MUSIC_TRY(!f.sound.isPlaying());
        QCOMPARE(lit.size(), solution.size() * size);
        for (int n = 0; n < lit.size(); ++n)
            QCOMPARE(lit.at(n), qMakePair(n / size, n % size));

        // Export MIDI (what the button does after the file dialog), read it back.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tune.mid"));
        QVERIFY(screen->exportMidi(path).ok());
        const auto midi = audio::MidiFileReader::read(path);
        QVERIFY(midi.ok());
        QCOMPARE(midi->notes.size(), solution.size() * size);

        f.clock.advance(60'000);
        QTest::mouseClick(screen->doneButton(), Qt::LeftButton);
        MUSIC_TRY(screen->showsResult());
        const auto rows = f.attempts();
        QCOMPARE(rows.size(), 1);
        QVERIFY(rows.first().success);
        QCOMPARE(rows.first().score, 1.0);

        // The artifact: kind "melody", the tune under "melody", the pupil's orders.
        SqlQuery q(f.db.db->sql(), QStringLiteral("SELECT kind, content, title FROM artifact"));
        QVERIFY(q.exec().ok());
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("melody"));
        QVERIFY(!q.value(2).toString().isEmpty());
        const QJsonObject content = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        QCOMPARE(content.value(QStringLiteral("exercise")).toString(), exercise->id);
        QCOMPARE(content.value(QStringLiteral("orders")).toArray().size(), solution.size());
        const auto melody = Melody::fromJson(QJsonDocument(content.value(QStringLiteral("melody")).toObject()).toJson());
        QVERIFY(melody.ok());
        QCOMPARE(melody->notes.size(), solution.size() * size);
        for (int n = 0; n < melody->notes.size(); ++n)
            QCOMPARE(melody->notes.at(n).key, midi->notes.at(n).key);
        QVERIFY(!q.next());

        // Play and export stay on the result page.
        QVERIFY(screen->playButton()->isVisible());
        QVERIFY(screen->exportButton()->isVisible());
    }
};

QTEST_MAIN(TestMusicCompose)
#include "tst_musiccompose.moc"
