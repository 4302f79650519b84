// The play-back screen end to end: Listen lights each bar of the tune in order (the cues from the
// sound service), the pupil plays the tune back with the mouse on the real xylophone, "I'm done"
// judges it through the Evaluator and the page stores the attempt in a real SQLite file. A wrong
// tune is stored as a failed attempt with the right tune shown. A drums exercise is played on pads
// with the number keys.

#include "exercises/music/tasks/playbacktask.h"
#include "exercises/music/view/instrumentwidget.h"
#include "exercises/music/view/noterowwidget.h"
#include "exercises/music/view/playbackscreen.h"
#include "musicfixture.h"

#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>

using namespace stages;
using namespace stages::music;

class TestMusicPlayBack : public QObject
{
    Q_OBJECT

private:
    static QList<int> targetKeys(const PlayBackScreen &screen)
    {
        QList<int> keys;
        for (int symbol : PlayBackTask::target(screen.run().exercise()))
            keys.append(screen.run().symbolKeys().value(symbol));
        return keys;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void listenThenPlayBackWithTheMouse()
    {
        test::MusicFixture f;
        const Exercise *exercise = test::firstMusicExercise(QStringLiteral("play-back"), 1);
        QVERIFY(exercise);
        QVERIFY(f.page.openExercise(exercise->id));
        auto *screen = qobject_cast<PlayBackScreen *>(f.page.musicScreen());
        QVERIFY(screen);
        QVERIFY(QTest::qWaitForWindowExposed(&f.page));
        const QList<int> keys = targetKeys(*screen);
        QCOMPARE(keys.size(), exercise->structure->itemLength());
        QVERIFY(!screen->doneButton()->isEnabled());

        // Listen: every note of the tune lights on the instrument, in order.
        QList<int> lit;
        connect(&f.sound, &SoundService::noteSounding, screen, [&](int, int key, int) {
            lit.append(key);
            QVERIFY(screen->instrument()->isLit(key));
        });
        QTest::mouseClick(screen->listenButton(), Qt::LeftButton);
        MUSIC_TRY(!f.sound.isPlaying());
        QCOMPARE(screen->heard(), keys);
        QCOMPARE(lit, keys);

        // Play it back: click each bar.
        for (int key : keys) {
            const QRectF bar = screen->instrument()->noteRect(key);
            QVERIFY(!bar.isEmpty());
            QTest::mouseClick(screen->instrument(), Qt::LeftButton, {}, bar.center().toPoint());
        }
        QCOMPARE(screen->answerRow()->notes(), keys);
        QVERIFY(screen->doneButton()->isEnabled());
        f.clock.advance(12'000);
        QTest::mouseClick(screen->doneButton(), Qt::LeftButton);
        MUSIC_TRY(screen->showsResult());
        QVERIFY(f.page.lastRecorded().has_value());

        const auto rows = f.attempts();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().exerciseId, exercise->id);
        QCOMPARE(rows.first().domain, QStringLiteral("music"));
        QCOMPARE(rows.first().score, 1.0);
        QVERIFY(rows.first().success);
        QCOMPARE(QJsonDocument::fromJson(rows.first().answer).array(), itemToJson(PlayBackTask::target(*exercise)));
    }

    void aWrongTuneIsStoredAndTheRightOneShown()
    {
        test::MusicFixture f;
        const Exercise *exercise = test::firstMusicExercise(QStringLiteral("play-back"), 1);
        QVERIFY(f.page.openExercise(exercise->id));
        auto *screen = qobject_cast<PlayBackScreen *>(f.page.musicScreen());
        QVERIFY(QTest::qWaitForWindowExposed(&f.page));
        QList<int> keys = targetKeys(*screen);
        // The first note wrong: another bar of the instrument.
        const QList<int> bars = screen->instrument()->notes();
        keys[0] = bars.at((bars.indexOf(keys.at(0)) + 1) % bars.size());
        for (int key : keys)
            QTest::mouseClick(screen->instrument(), Qt::LeftButton, {}, screen->instrument()->noteRect(key).center().toPoint());
        // "Start again" empties the row; play again.
        QTest::mouseClick(screen->againButton(), Qt::LeftButton);
        QVERIFY(screen->played().isEmpty());
        for (int key : keys)
            QTest::mouseClick(screen->instrument(), Qt::LeftButton, {}, screen->instrument()->noteRect(key).center().toPoint());
        QTest::mouseClick(screen->doneButton(), Qt::LeftButton);
        MUSIC_TRY(screen->showsResult());
        auto *target = screen->findChild<NoteRowWidget *>(QStringLiteral("targetRow"));
        QVERIFY(target);
        QCOMPARE(target->notes(), targetKeys(*screen));
        QCOMPARE(screen->answerRow()->notes(), keys);
        const auto rows = f.attempts();
        QCOMPARE(rows.size(), 1);
        QVERIFY(!rows.first().success);
        QVERIFY(rows.first().score < 1.0);
    }

    void drumsArePlayedOnPadsWithNumberKeys()
    {
        test::MusicFixture f;
        const Exercise *exercise = nullptr;
        for (const Exercise &e : test::musicContent()->catalogue().exercises()) {
            if (e.domain == QLatin1String("music") && e.task == QLatin1String("play-back") && e.skin == QLatin1String("drums")) {
                exercise = &e;
                break;
            }
        }
        QVERIFY(exercise);
        QVERIFY(f.page.openExercise(exercise->id));
        auto *screen = qobject_cast<PlayBackScreen *>(f.page.musicScreen());
        QVERIFY(QTest::qWaitForWindowExposed(&f.page));
        screen->instrument()->setFocus();
        const QList<int> pads = screen->instrument()->notes();
        for (int key : targetKeys(*screen)) {
            const int index = int(pads.indexOf(key));
            QVERIFY(index >= 0);
            QTest::keyClick(screen->instrument(), Qt::Key(Qt::Key_1 + index));
        }
        QCOMPARE(screen->answerRow()->notes(), targetKeys(*screen));
        QTest::mouseClick(screen->doneButton(), Qt::LeftButton);
        MUSIC_TRY(screen->showsResult());
        QVERIFY(f.attempts().value(0).success);
    }
};

QTEST_MAIN(TestMusicPlayBack)
#include "tst_musicplayback.moc"
