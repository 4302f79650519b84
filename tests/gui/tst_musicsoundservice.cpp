// The sound service behind the music screens. Highlights in sync: the cues handed out from the
// player's rendered position fall on the sequence's note-on frames, in order, within one render
// block, and the rendered sound really starts there (FluidSynth, offline). Silent playback (no
// device) still delivers every cue in order and never early. No SoundFont: a notice on the music
// page, and an exercise is still completed and stored. The SoundFont chooser validates by
// loading; the diagnostics dialog shows the device state; the instruments page plays through it.

#include "audio/sequenceplayer.h"
#include "audio/soundfontlocator.h"
#include "audio/synth.h"
#include "exercises/music/melody.h"
#include "exercises/music/melodysound.h"
#include "exercises/music/tasks/listenidentifytask.h"
#include "exercises/music/view/drumpadswidget.h"
#include "exercises/music/view/instrumentspage.h"
#include "exercises/music/view/listenidentifyscreen.h"
#include "exercises/music/view/sequencecues.h"
#include "exercises/music/view/sounddiagnosticsdialog.h"
#include "exercises/music/view/soundnoticebanner.h"
#include "exercises/music/view/soundsettingswidget.h"
#include "exercises/music/view/xylophonewidget.h"
#include "musicfixture.h"

#include <QAbstractButton>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>

#include <cmath>

using namespace stages;
using namespace stages::music;

namespace {

/// C E G C, short notes a beat apart, so each onset stands out from the previous note's tail.
Melody spacedMelody()
{
    Melody m;
    m.tempoBpm = 120;
    m.instrument = QStringLiteral("xylophone");
    const QList<int> keys { 60, 64, 67, 72 };
    for (int i = 0; i < keys.size(); ++i)
        m.notes.append({ keys.at(i), double(i), 0.25, 110 });
    return m;
}

double rms(const std::vector<float> &samples, qint64 fromFrame, qint64 frames)
{
    double sum = 0;
    qint64 n = 0;
    for (qint64 f = std::max<qint64>(0, fromFrame); f < fromFrame + frames && 2 * f + 1 < qint64(samples.size());
         ++f, ++n)
        sum += double(samples[size_t(2 * f)]) * samples[size_t(2 * f)];
    return n ? std::sqrt(sum / double(n)) : 0.0;
}

} // namespace

class TestMusicSoundService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cuesFallOnTheRenderedOnsets()
    {
        auto synth = audio::Synth::create();
        if (!synth)
            QSKIP("No SoundFont on this machine");
        const audio::Sequence sequence = MelodySound::sequence(spacedMelody(), (*synth)->sampleRate());
        SequenceCues cues(sequence);
        QCOMPARE(cues.cues().size(), 4);
        QCOMPARE(QList<qint64>({ cues.cues().at(0).frame, cues.cues().at(1).frame, cues.cues().at(2).frame,
                                 cues.cues().at(3).frame }),
                 sequence.noteOnFrames());

        audio::SequencePlayer player(**synth);
        player.play(sequence);
        constexpr int kBlock = 256;
        std::vector<float> audio;
        std::vector<float> block(2 * kBlock);
        QList<QPair<SequenceCues::Cue, qint64>> fired; // cue, rendered frame when handed out
        while (player.isPlaying() || !cues.isDone()) {
            player.render(block.data(), kBlock);
            audio.insert(audio.end(), block.begin(), block.end());
            for (const SequenceCues::Cue &cue : cues.due(player.renderedFrames()))
                fired.append({ cue, player.renderedFrames() });
        }
        QCOMPARE(fired.size(), 4);
        const QList<int> keys { 60, 64, 67, 72 };
        for (int i = 0; i < fired.size(); ++i) {
            const SequenceCues::Cue &cue = fired.at(i).first;
            QCOMPARE(cue.index, i);
            QCOMPARE(cue.key, keys.at(i));
            QCOMPARE(cue.durationFrames, sequence.secondsToFrame(0.125)); // a quarter beat at 120 BPM
            // Handed out right after the block in which the note starts is rendered, never before.
            QVERIFY2(
                fired.at(i).second >= cue.frame && fired.at(i).second - cue.frame <= kBlock,
                qPrintable(QStringLiteral("cue %1 at %2, note at %3").arg(i).arg(fired.at(i).second).arg(cue.frame)));
            // And the sound really starts there: louder just after than just before.
            const double before = rms(audio, cue.frame - 2048, 2048 - 64);
            const double after = rms(audio, cue.frame + 64, 2048);
            QVERIFY2(after > 3 * before + 1e-4,
                     qPrintable(QStringLiteral("note %1: %2 before, %3 after").arg(i).arg(before).arg(after)));
        }
    }

    void silentPlaybackCuesInOrderNeverEarly()
    {
        SoundService sound(SoundService::Options { {}, false, 10 });
        QVERIFY(!sound.start());
        QVERIFY(!sound.isAudible());
        QVERIFY(!sound.notice().isEmpty());
        QElapsedTimer clock;
        QList<QPair<int, double>> cues;
        QSignalSpy finished(&sound, &SoundService::playbackFinished);
        clock.start();
        sound.play(spacedMelody(), [&](const SequenceCues::Cue &cue) {
            cues.append({ cue.key, double(clock.nsecsElapsed()) / 1e6 });
        });
        QVERIFY(sound.isPlaying());
        MUSIC_TRY(finished.size() == 1);
        QCOMPARE(cues.size(), 4);
        const QList<int> keys { 60, 64, 67, 72 };
        for (int i = 0; i < cues.size(); ++i) {
            QCOMPARE(cues.at(i).first, keys.at(i));
            QVERIFY2(cues.at(i).second >= i * 500.0 - 1.0, qPrintable(QString::number(cues.at(i).second)));
        }
        QVERIFY(!sound.isPlaying());
        QCOMPARE(sound.positionMs(), -1.0);
    }

    void stopEndsPlaybackWithoutFurtherCues()
    {
        SoundService sound(SoundService::Options { {}, false, 10 });
        int count = 0;
        sound.play(spacedMelody(), [&](const SequenceCues::Cue &) { ++count; });
        MUSIC_TRY(count >= 1);
        sound.stop();
        const int atStop = count;
        QTest::qWait(700);
        QCOMPARE(count, atStop);
        QVERIFY(!sound.isPlaying());
    }

    void noSoundFontShowsANoticeAndTheExerciseStillWorks()
    {
        QTemporaryDir dir;
        const QString bogus = dir.filePath(QStringLiteral("missing.sf2"));
        test::MusicFixture f(bogus);
        QVERIFY(QTest::qWaitForWindowExposed(&f.page));
        QVERIFY(f.sound.isStarted()); // the page started it when shown
        QVERIFY(!f.sound.hasSynth());
        QVERIFY(f.sound.notice().contains(bogus));
        auto *banner = f.page.findChild<SoundNoticeBanner *>();
        QVERIFY(banner);
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(bogus));

        const Exercise *exercise = test::firstMusicExercise(QStringLiteral("listen-identify"), 2);
        QVERIFY(f.page.openExercise(exercise->id));
        auto *screen = qobject_cast<ListenIdentifyScreen *>(f.page.musicScreen());
        QVERIFY(screen);
        QTRY_VERIFY(screen->isVisible());
        QVERIFY(screen->findChild<SoundNoticeBanner *>()->isVisible());
        QTest::mouseClick(screen->listenButton(), Qt::LeftButton);
        QVERIFY(f.sound.isPlaying()); // silently, with its cues
        MUSIC_TRY(!f.sound.isPlaying());
        const int answer = ListenIdentifyTask::setup(*exercise).answer;
        QTest::mouseClick(screen->choiceButtons().at(answer), Qt::LeftButton);
        QTest::mouseClick(screen->doneButton(), Qt::LeftButton);
        MUSIC_TRY(screen->showsResult());
        QCOMPARE(f.attempts().size(), 1);
        QVERIFY(f.attempts().first().success);
    }

    void soundFontChoiceIsValidatedByLoading()
    {
        SoundService sound(SoundService::Options { {}, false, 10 });
        SoundSettingsWidget settings(sound);
        QSignalSpy chosen(&settings, &SoundSettingsWidget::soundFontChosen);
        QTemporaryDir dir;
        const QString notSf2 = dir.filePath(QStringLiteral("notes.sf2"));
        QFile file(notSf2);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a SoundFont");
        file.close();
        QVERIFY(!settings.choose(notSf2));
        QVERIFY(!settings.statusLabel()->text().isEmpty());
        QCOMPARE(chosen.size(), 0);
        QCOMPARE(sound.configuredSoundFontPath(), QString());

        const QString real = audio::SoundFontLocator::find();
        if (real.isEmpty())
            QSKIP("No SoundFont on this machine");
        QVERIFY(settings.choose(real));
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().first().toString(), real);
        QCOMPARE(sound.configuredSoundFontPath(), real);
        QCOMPARE(settings.pathEdit()->text(), QDir::toNativeSeparators(real));
        QVERIFY(settings.choose(QString())); // back to the default search
        QCOMPARE(sound.configuredSoundFontPath(), QString());
    }

    void diagnosticsShowTheDeviceState()
    {
        SoundService sound(SoundService::Options { {}, false, 10 });
        SoundDiagnosticsDialog dialog(sound);
        dialog.show();
        QVERIFY(sound.isStarted());
        QVERIFY(!dialog.statusLabel()->text().isEmpty());
        QVERIFY(!dialog.latencyLabel()->text().isEmpty());
        QCOMPARE(dialog.soundFontLabel()->text().isEmpty(), false);
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QVERIFY(sound.isPlaying());
        MUSIC_TRY(!sound.isPlaying());
    }

    void instrumentsPagePlaysThroughTheService()
    {
        SoundService sound(SoundService::Options { {}, false, 10 });
        InstrumentsPage page(sound);
        page.resize(1000, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.tabs()->count(), 3);
        QCOMPARE(page.xylophone()->noteOutput(), static_cast<NoteOutput *>(&sound));
        QSignalSpy pressed(page.xylophone(), &InstrumentWidget::notePressed);
        QTest::mouseClick(page.xylophone(), Qt::LeftButton, {}, page.xylophone()->noteRect(64).center().toPoint());
        QCOMPARE(pressed.size(), 1);
        QCOMPARE(pressed.first().first().toInt(), 64);
        page.tabs()->setCurrentIndex(2);
        QCOMPARE(page.tabs()->currentWidget(), static_cast<QWidget *>(page.drums()));

        // Issue 14, point 6: with the focus on the tabs, the digits still play the instrument shown.
        page.activateWindow();
        QTabBar *bar = page.tabs()->tabBar();
        bar->setFocus();
        QTRY_VERIFY(bar->hasFocus());
        QSignalSpy drum(page.drums(), &InstrumentWidget::notePressed);
        QSignalSpy released(page.drums(), &InstrumentWidget::noteReleased);
        QTest::keyClick(bar, Qt::Key_1);
        QCOMPARE(drum.size(), 1);
        QCOMPARE(released.size(), 1);
        QVERIFY(!page.drums()->isHeld(drum.first().first().toInt()));
        QVERIFY(bar->hasFocus());
    }
};

QTEST_MAIN(TestMusicSoundService)
#include "tst_musicsoundservice.moc"
