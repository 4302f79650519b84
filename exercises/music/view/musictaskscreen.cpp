#include "exercises/music/view/musictaskscreen.h"

#include "exercises/music/view/composescreen.h"
#include "exercises/music/view/drumpadswidget.h"
#include "exercises/music/view/listenidentifyscreen.h"
#include "exercises/music/view/playbackscreen.h"
#include "exercises/music/view/soundnoticebanner.h"
#include "exercises/music/view/soundservice.h"
#include "exercises/music/view/taprhythmscreen.h"
#include "exercises/music/view/xylophonewidget.h"

#include <QKeyEvent>

#include <algorithm>

namespace stages::music {

MusicTaskScreen::MusicTaskScreen(const ExerciseEngine &engine, const Exercise &exercise, const Clock &clock,
                                 SoundService &sound, QWidget *parent)
    : CustomTaskScreen(parent)
    , m_run(std::make_unique<MusicRun>(engine, exercise, clock))
    , m_sound(sound)
{
    setObjectName(QStringLiteral("musicTask:%1").arg(exercise.task));
    addBanner(new SoundNoticeBanner(sound, this));
}

MusicTaskScreen::~MusicTaskScreen()
{
    m_sound.stop();
}

MusicTaskScreen *MusicTaskScreen::create(const ExerciseEngine &engine, const Exercise &exercise, const Clock &clock,
                                         SoundService &sound, QWidget *parent)
{
    if (exercise.task == QLatin1String("play-back"))
        return new PlayBackScreen(engine, exercise, clock, sound, parent);
    if (exercise.task == QLatin1String("listen-identify"))
        return new ListenIdentifyScreen(engine, exercise, clock, sound, parent);
    if (exercise.task == QLatin1String("tap-rhythm"))
        return new TapRhythmScreen(engine, exercise, clock, sound, parent);
    if (exercise.task == QLatin1String("compose"))
        return new ComposeScreen(engine, exercise, clock, sound, parent);
    return nullptr;
}

InstrumentWidget *MusicTaskScreen::makeInstrument(const MusicRun &run, SoundService &sound, QWidget *parent)
{
    QList<int> keys = run.symbolKeys();
    InstrumentWidget *instrument = nullptr;
    if (run.isDrums()) {
        auto *pads = new DrumPadsWidget(parent);
        QList<int> unique;
        for (int key : keys) {
            if (!unique.contains(key))
                unique.append(key);
        }
        pads->setPads(unique);
        pads->setChannel(NoteOutput::kDrumChannel);
        instrument = pads;
    } else {
        auto *xylophone = new XylophoneWidget(parent);
        std::sort(keys.begin(), keys.end());
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
        xylophone->setCustomNotes(keys);
        instrument = xylophone;
    }
    instrument->setObjectName(QStringLiteral("instrument"));
    instrument->setNoteOutput(&sound);
    return instrument;
}

QString MusicTaskScreen::resultCaption(const Evaluation &evaluation) const
{
    if (evaluation.success)
        return tr("That was exactly right.");
    return evaluation.score >= 0.5 ? tr("Nearly! Listen once more next time.")
                                   : tr("Good try. Listen carefully next time.");
}

void MusicTaskScreen::finishWith(const QJsonValue &answer)
{
    if (m_run->isFinished())
        return;
    m_sound.stop();
    m_run->setAnswer(answer);
    showResult(m_run->finish());
}

void MusicTaskScreen::keyPressEvent(QKeyEvent *event)
{
    // Keys reach the screen when the focused button (Listen, Start again ...) does not take them.
    if (m_keyInstrument && m_keyInstrument->isVisible() && !m_run->isFinished() && m_keyInstrument->takeKeyPress(event))
        return;
    CustomTaskScreen::keyPressEvent(event);
}

void MusicTaskScreen::keyReleaseEvent(QKeyEvent *event)
{
    // Always passed on, so a note held while the focus moved is let go.
    if (m_keyInstrument && m_keyInstrument->takeKeyRelease(event))
        return;
    CustomTaskScreen::keyReleaseEvent(event);
}

void MusicTaskScreen::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_sound.stop();
}

} // namespace stages::music
