// The listen-identify screen end to end: Listen plays the tune, each choice card plays its own
// tune with its notes lit one after another, the pupil clicks the card they heard and "I'm done";
// the attempt is stored in a real SQLite file. Named traditional rhythms (stage 5) show their
// names and grids; a wrong pick is stored as a failed attempt.

#include "exercises/music/tasks/listenidentifytask.h"
#include "exercises/music/view/listenidentifyscreen.h"
#include "exercises/music/view/noterowwidget.h"
#include "exercises/music/view/rhythmgridwidget.h"
#include "musicfixture.h"

#include <QAbstractButton>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>

using namespace stages;
using namespace stages::music;

class TestMusicListenIdentify : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void pickTheTuneYouHeard_data()
    {
        QTest::addColumn<int>("stage");
        QTest::addColumn<int>("named");
        QTest::addColumn<bool>("right");
        QTest::newRow("three notes, right") << 2 << 0 << true;
        QTest::newRow("three notes, wrong") << 2 << 0 << false;
        QTest::newRow("euclidean rotations, right") << 4 << 0 << true;
        QTest::newRow("named rhythms, right") << 5 << 1 << true;
    }

    void pickTheTuneYouHeard()
    {
        QFETCH(int, stage);
        QFETCH(int, named);
        QFETCH(bool, right);
        test::MusicFixture f;
        const Exercise *exercise = test::firstMusicExercise(QStringLiteral("listen-identify"), stage, named);
        QVERIFY(exercise);
        QVERIFY(f.page.openExercise(exercise->id));
        auto *screen = qobject_cast<ListenIdentifyScreen *>(f.page.musicScreen());
        QVERIFY(screen);
        QVERIFY(QTest::qWaitForWindowExposed(&f.page));
        const ListenIdentifyTask::Setup setup = ListenIdentifyTask::setup(*exercise);
        const int count = int(named ? setup.named.size() : setup.choices.size());
        QVERIFY(count >= 2 && count <= 4);
        QCOMPARE(screen->choiceButtons().size(), count);
        QVERIFY(!screen->doneButton()->isEnabled());
        if (named) {
            // The names are on the cards.
            const auto labels = screen->findChildren<QLabel *>();
            for (const TraditionalRhythm &r : setup.named) {
                QVERIFY(std::any_of(labels.begin(), labels.end(), [&](QLabel *l) { return l->text() == r.name; }));
            }
        }

        QTest::mouseClick(screen->listenButton(), Qt::LeftButton);
        QVERIFY(f.sound.isPlaying());
        MUSIC_TRY(!f.sound.isPlaying());

        // A card's own play button lights its notes in turn.
        QList<int> litIndexes;
        auto *row = screen->choiceButtons().at(0)->findChild<NoteRowWidget *>();
        auto *grid = screen->choiceButtons().at(0)->findChild<RhythmGridWidget *>();
        QVERIFY(row || grid);
        connect(&f.sound, &SoundService::noteSounding, screen, [&] { litIndexes.append(row ? row->lit() : grid->steps().isEmpty() ? -1 : 0); });
        QTest::mouseClick(screen->choicePlayButtons().at(0), Qt::LeftButton);
        MUSIC_TRY(!f.sound.isPlaying());
        QVERIFY(!litIndexes.isEmpty());
        if (row) {
            for (int i = 0; i < litIndexes.size(); ++i)
                QCOMPARE(litIndexes.at(i), i);
            QCOMPARE(row->lit(), -1); // put out at the end
        }

        const int pick = right ? setup.answer : (setup.answer + 1) % count;
        QTest::mouseClick(screen->choiceButtons().at(pick), Qt::LeftButton);
        QCOMPARE(screen->choice(), pick);
        QVERIFY(screen->doneButton()->isEnabled());
        QTest::mouseClick(screen->doneButton(), Qt::LeftButton);
        MUSIC_TRY(screen->showsResult());
        const auto rows = f.attempts();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().exerciseId, exercise->id);
        QCOMPARE(rows.first().success, right);
        QCOMPARE(rows.first().answer.trimmed(), QByteArray::number(pick));
    }
};

QTEST_MAIN(TestMusicListenIdentify)
#include "tst_musiclistenidentify.moc"
