// The tap-rhythm screen end to end: Start plays four count-in clicks and the rhythm, the pupil
// taps along with the Space bar (or the pad) on the sound service's clock, and when the rhythm
// ends the taps are judged by TapScorer with the stage's tolerance and stored in a real SQLite
// file. Each tap is marked early or late on the grid; a missed beat and a tap far off are marked
// as such. The rhythm circle's pointer goes round while it plays.

#include "exercises/music/tapscorer.h"
#include "exercises/music/view/rhythmcirclewidget.h"
#include "exercises/music/view/rhythmgridwidget.h"
#include "exercises/music/view/taprhythmscreen.h"
#include "musicfixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPushButton>
#include <QStandardPaths>

using namespace stages;
using namespace stages::music;

class TestMusicTapRhythm : public QObject
{
    Q_OBJECT

private:
    /// Waits (processing events) until the rhythm has reached @p ms from its first step.
    static bool waitUntil(const SoundService &sound, double ms)
    {
        while (sound.isPlaying() && sound.positionMs() < ms)
            QTest::qWait(1);
        return sound.isPlaying();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void tapAlongWithSpace_data()
    {
        QTest::addColumn<int>("stage");
        QTest::addColumn<int>("named");
        QTest::addColumn<int>("skip");     // an onset not tapped (-1: none)
        QTest::addColumn<double>("offMs"); // added to the second onset's tap
        QTest::newRow("E(k,n), on time") << 4 << 0 << -1 << 0.0;
        QTest::newRow("named rhythm, on time") << 5 << 1 << -1 << 0.0;
        QTest::newRow("one missed, one late") << 4 << 0 << 0 << 220.0;
    }

    void tapAlongWithSpace()
    {
        QFETCH(int, stage);
        QFETCH(int, named);
        QFETCH(int, skip);
        QFETCH(double, offMs);
        test::MusicFixture f;
        const Exercise *exercise = test::firstMusicExercise(QStringLiteral("tap-rhythm"), stage, named);
        QVERIFY(exercise);
        QVERIFY(f.page.openExercise(exercise->id));
        auto *screen = qobject_cast<TapRhythmScreen *>(f.page.musicScreen());
        QVERIFY(screen);
        QVERIFY(QTest::qWaitForWindowExposed(&f.page));
        const QList<double> onsets = screen->onsetTimesMs();
        QVERIFY(onsets.size() >= 2);
        QVERIFY(!screen->tapPad()->isEnabled());

        QTest::mouseClick(screen->startButton(), Qt::LeftButton);
        QVERIFY(screen->isRecording());
        QVERIFY(screen->tapPad()->isEnabled());
        bool pointerSeen = false;
        for (int i = 0; i < onsets.size(); ++i) {
            const double at = screen->countInMs() + onsets.at(i) + (i == 1 ? offMs : 0.0);
            QVERIFY(waitUntil(f.sound, at));
            pointerSeen = pointerSeen || screen->circle()->position() >= 0;
            if (i == skip)
                continue;
            QTest::keyClick(screen, Qt::Key_Space);
        }
        MUSIC_TRY(screen->showsResult());
        QVERIFY(pointerSeen);

        const double tolerance = TapScorer::toleranceForStage(exercise->stage);
        const TapEvaluation expected = TapScorer(tolerance).score(onsets, screen->taps());
        QCOMPARE(screen->taps().size(), onsets.size() - (skip >= 0 ? 1 : 0));
        const QList<RhythmGridWidget::TapMark> marks = screen->grid()->tapMarks();
        QCOMPARE(marks.size(), onsets.size());
        for (int i = 0; i < marks.size(); ++i) {
            if (i == skip)
                QCOMPARE(marks.at(i).kind, RhythmGridWidget::TapKind::Missed);
            else if (i == 1 && offMs > tolerance)
                QVERIFY(marks.at(i).kind == RhythmGridWidget::TapKind::Off && marks.at(i).errorMs > 0); // late
            else
                QCOMPARE(marks.at(i).kind, RhythmGridWidget::TapKind::Good);
        }

        const auto rows = f.attempts();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().exerciseId, exercise->id);
        const bool clean = skip < 0 && offMs == 0.0;
        QCOMPARE(rows.first().success, clean);
        QCOMPARE(rows.first().success, expected.success);
        QCOMPARE(rows.first().score, expected.score);
        const QJsonArray stored = QJsonDocument::fromJson(rows.first().answer).object().value(QStringLiteral("taps")).toArray();
        QCOMPARE(stored.size(), screen->taps().size());
    }

    void listenDoesNotRecordTaps()
    {
        test::MusicFixture f;
        const Exercise *exercise = test::firstMusicExercise(QStringLiteral("tap-rhythm"), 4, 0);
        QVERIFY(f.page.openExercise(exercise->id));
        auto *screen = qobject_cast<TapRhythmScreen *>(f.page.musicScreen());
        QVERIFY(QTest::qWaitForWindowExposed(&f.page));
        QTest::mouseClick(screen->listenButton(), Qt::LeftButton);
        QVERIFY(f.sound.isPlaying());
        QTest::keyClick(screen, Qt::Key_Space);
        MUSIC_TRY(!f.sound.isPlaying());
        QVERIFY(screen->taps().isEmpty());
        QVERIFY(!screen->showsResult());
        QVERIFY(f.attempts().isEmpty());
    }
};

QTEST_MAIN(TestMusicTapRhythm)
#include "tst_musictaprhythm.moc"
