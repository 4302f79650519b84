// The listen-identify screen end to end: Listen plays the tune, each choice card plays its own
// tune with its notes lit one after another, the pupil clicks the card they heard and "I'm done";
// the attempt is stored in a real SQLite file. Named traditional rhythms (stage 5) show their
// names and grids; a wrong pick is stored as a failed attempt, and the result page then shows the
// pick crossed out beside the right one and plays the right one. The cards are marked with
// pictures and digit keys, never letters (which read as note names).

#include "exercises/music/tasks/listenidentifytask.h"
#include "exercises/music/view/listenidentifyscreen.h"
#include "exercises/music/view/noteappearance.h"
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
        QTest::newRow("euclidean rotations, wrong") << 4 << 0 << false;
        QTest::newRow("named rhythms, right") << 5 << 1 << true;
        QTest::newRow("named rhythms, wrong") << 5 << 1 << false;
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
        connect(&f.sound, &SoundService::noteSounding, screen, [&] {
            litIndexes.append(row ? row->lit() : grid->steps().isEmpty() ? -1 : 0);
        });
        QTest::mouseClick(screen->choicePlayButtons().at(0), Qt::LeftButton);
        MUSIC_TRY(!f.sound.isPlaying());
        QVERIFY(!litIndexes.isEmpty());
        if (row) {
            for (int i = 0; i < litIndexes.size(); ++i)
                QCOMPARE(litIndexes.at(i), i);
            QCOMPARE(row->lit(), -1); // put out at the end
        }

        const int pick = right ? setup.answer : (setup.answer + 1) % count;
        QCOMPARE(screen->rightChoice(), setup.answer);
        QTest::mouseClick(screen->choiceButtons().at(pick), Qt::LeftButton);
        QCOMPARE(screen->choice(), pick);
        QVERIFY(screen->doneButton()->isEnabled());
        QList<int> heard;
        connect(&f.sound, &SoundService::noteSounding, screen, [&](int, int key, int) { heard.append(key); });
        QTest::mouseClick(screen->doneButton(), Qt::LeftButton);
        MUSIC_TRY(screen->showsResult());
        auto *pickedCard = screen->findChild<QAbstractButton *>(QStringLiteral("choice%1").arg(pick));
        auto *rightCard = screen->findChild<QAbstractButton *>(QStringLiteral("choice%1").arg(setup.answer));
        QVERIFY(pickedCard && rightCard);
        QVERIFY(pickedCard->isVisible()); // the pick is on the result page
        if (right) {
            QCOMPARE(screen->verdict(pick), QStringLiteral("right"));
            QVERIFY(!f.sound.isPlaying());
        } else {
            // The pick is marked wrong, the right one is shown beside it, marked right...
            QCOMPARE(screen->verdict(pick), QStringLiteral("wrong"));
            QCOMPARE(screen->verdict(setup.answer), QStringLiteral("right"));
            QVERIFY(rightCard->isVisible());
            QVERIFY(screen->findChild<QLabel *>(QStringLiteral("verdict%1").arg(pick))->isVisible());
            QVERIFY(screen->findChild<QLabel *>(QStringLiteral("verdict%1").arg(setup.answer))->isVisible());
            for (int i = 0; i < count; ++i) {
                if (i != pick && i != setup.answer)
                    QVERIFY(screen->verdict(i).isEmpty());
            }
            // ...and it plays, through the sound service: exactly the tune that was asked about.
            QVERIFY(f.sound.isPlaying());
            MUSIC_TRY(!f.sound.isPlaying());
            QList<int> expected;
            for (const MelodyNote &n : screen->run().melodyOf(setup.played).notes)
                expected.append(n.key);
            QCOMPARE(heard, expected);
        }
        const auto rows = f.attempts();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().exerciseId, exercise->id);
        QCOMPARE(rows.first().success, right);
        QCOMPARE(rows.first().answer.trimmed(), QByteArray::number(pick));
    }

    void cardsAreMarkedWithPicturesAndDigits_data()
    {
        QTest::addColumn<int>("stage");
        QTest::addColumn<int>("named");
        QTest::newRow("three notes") << 2 << 0;
        QTest::newRow("named rhythms") << 5 << 1;
    }

    void cardsAreMarkedWithPicturesAndDigits()
    {
        // Letters A-D beside notes C, E, G read as note names: the cards carry a picture and the
        // small digit of their key instead, and the digit keys pick them.
        QFETCH(int, stage);
        QFETCH(int, named);
        test::MusicFixture f;
        const Exercise *exercise = test::firstMusicExercise(QStringLiteral("listen-identify"), stage, named);
        QVERIFY(exercise);
        QVERIFY(f.page.openExercise(exercise->id));
        auto *screen = qobject_cast<ListenIdentifyScreen *>(f.page.musicScreen());
        QVERIFY(screen);
        QVERIFY(QTest::qWaitForWindowExposed(&f.page));
        QSet<QString> marks;
        for (QAbstractButton *card : screen->choiceButtons()) {
            const int index = screen->choiceButtons().indexOf(card);
            for (QLabel *label : card->findChildren<QLabel *>()) {
                const QString text = label->text();
                QVERIFY2(!NoteAppearance::isNoteName(text), qPrintable(text));
                QVERIFY2(text.size() != 1 || !text.at(0).isLetter(), qPrintable(text));
            }
            auto *mark = card->findChild<QLabel *>(QStringLiteral("mark%1").arg(index));
            QVERIFY(mark);
            QVERIFY(!mark->pixmap().isNull());
            marks.insert(mark->property("mark").toString());
            auto *digit = card->findChild<QLabel *>(QStringLiteral("key%1").arg(index));
            QVERIFY(digit);
            QCOMPARE(digit->text(), QString::number(index + 1));
        }
        QCOMPARE(marks.size(), screen->choiceButtons().size()); // each its own picture

        // The digit keys pick the cards.
        QTest::keyClick(screen, Qt::Key_2);
        QCOMPARE(screen->choice(), 1);
        QVERIFY(screen->doneButton()->isEnabled());
        QTest::keyClick(screen, Qt::Key_1);
        QCOMPARE(screen->choice(), 0);
        QTest::keyClick(screen, Qt::Key_9); // no ninth card
        QCOMPARE(screen->choice(), 0);
    }
};

QTEST_MAIN(TestMusicListenIdentify)
#include "tst_musiclistenidentify.moc"
