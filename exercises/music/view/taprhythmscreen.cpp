#include "exercises/music/view/taprhythmscreen.h"

#include "exercises/music/traditionalrhythm.h"
#include "exercises/music/view/rhythmcirclewidget.h"
#include "exercises/music/view/rhythmgridwidget.h"
#include "exercises/music/view/soundservice.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace stages::music {

TapRhythmScreen::TapRhythmScreen(const ExerciseEngine &engine, const Exercise &exercise, const Clock &clock,
                                 SoundService &sound, QWidget *parent)
    : MusicTaskScreen(engine, exercise, clock, sound, parent)
{
    const QJsonObject &prompt = run().prompt();
    for (const QChar c : prompt.value(QStringLiteral("pattern")).toString())
        m_steps.append(c == u'x' || c == u'X');
    for (const QJsonValue &v : prompt.value(QStringLiteral("onsetTimesMs")).toArray())
        m_onsets.append(v.toDouble());
    const double bpm = prompt.value(QStringLiteral("bpm")).toDouble(90);
    const int stepsPerBeat = std::max(1, prompt.value(QStringLiteral("stepsPerBeat")).toInt(2));
    m_beatMs = 60000.0 / bpm;
    m_stepMs = m_beatMs / stepsPerBeat;
    m_countInMs = prompt.value(QStringLiteral("countInBeats")).toInt(4) * m_beatMs;
    m_cycles = std::max(1, prompt.value(QStringLiteral("cycles")).toInt(1));

    setInstruction(tr("Tap along with the rhythm"));
    auto *middle = new QHBoxLayout;
    m_circle = new RhythmCircleWidget(this);
    m_circle->setObjectName(QStringLiteral("rhythmCircle"));
    m_circle->setSteps(m_steps);
    int onsets = 0;
    for (bool s : m_steps)
        onsets += s ? 1 : 0;
    const QString named = exercise.options.value(QStringLiteral("named")).toString();
    m_circle->setCaption(
        named.isEmpty()
            ? QStringLiteral("E(%1,%2)").arg(onsets).arg(m_steps.size())
            : QStringLiteral("%1  E(%2,%3)").arg(TraditionalRhythm::find(named).name).arg(onsets).arg(m_steps.size()));
    middle->addWidget(m_circle, 1);

    auto *right = new QVBoxLayout;
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_count->setAlignment(Qt::AlignCenter);
    m_count->setMinimumHeight(70);
    m_count->setStyleSheet(QStringLiteral("font-size: 48px; font-weight: bold; color: #1565C0;"));
    right->addWidget(m_count);
    //: The big pad the pupil taps in time (also the Space bar)
    m_pad = new QPushButton(tr("TAP"), this);
    m_pad->setObjectName(QStringLiteral("tapPad"));
    m_pad->setMinimumSize(240, 144);
    m_pad->setFocusPolicy(Qt::NoFocus); // Space goes to the screen, which times it
    m_pad->setStyleSheet(
        QStringLiteral("QPushButton { font-size: 44px; font-weight: bold; color: white; background: #EF6C00;"
                       " border-radius: 40px; border: 4px solid #BF360C; }"
                       "QPushButton:pressed { background: #FFA726; }"
                       "QPushButton:disabled { background: #FFCC80; border-color: #FFB74D; }"));
    right->addWidget(m_pad, 1);
    auto *hint = new QLabel(tr("or press the Space bar"), this);
    hint->setAlignment(Qt::AlignCenter);
    hint->setStyleSheet(QStringLiteral("font-size: 18px; color: #546E7A;"));
    right->addWidget(hint);
    middle->addLayout(right, 1);
    workLayout()->addLayout(middle, 1);

    m_grid = new RhythmGridWidget(this);
    m_grid->setObjectName(QStringLiteral("rhythmGrid"));
    m_grid->setSteps(m_steps, m_cycles);
    m_grid->setStepMs(m_stepMs);
    workLayout()->addWidget(m_grid);

    m_listen = bigButton(tr("\u25B6 Listen"), QStringLiteral("listenButton"), this);
    m_listen->setStyleSheet(m_listen->styleSheet()
                            + QStringLiteral("QPushButton#listenButton { background: #FFE082; }"));
    //: Starts the count-in; then the pupil taps along
    m_start = bigButton(tr("Start tapping"), QStringLiteral("startButton"), this);
    m_start->setStyleSheet(m_start->styleSheet()
                           + QStringLiteral("QPushButton#startButton { background: #1565C0; color: white; }"));
    auto *row = static_cast<QHBoxLayout *>(buttonRow());
    row->insertWidget(0, m_listen);
    row->insertWidget(1, m_start);
    doneButton()->hide(); // the rhythm's end finishes the exercise
    m_pad->setEnabled(false);

    m_frame.setInterval(16);
    connect(&m_frame, &QTimer::timeout, this, &TapRhythmScreen::animate);
    connect(m_listen, &QPushButton::clicked, this, &TapRhythmScreen::listen);
    connect(m_start, &QPushButton::clicked, this, &TapRhythmScreen::startTapping);
    connect(m_pad, &QPushButton::pressed, this, &TapRhythmScreen::tap);
    connect(&sound, &SoundService::playbackFinished, this, &TapRhythmScreen::playbackEnded);
    setFocusPolicy(Qt::StrongFocus);
}

void TapRhythmScreen::listen()
{
    m_recording = false;
    m_taps.clear();
    m_grid->setTapMarks({});
    m_playing = true;
    sound().play(run().melody());
    m_frame.start();
}

void TapRhythmScreen::startTapping()
{
    m_recording = true;
    m_taps.clear();
    m_grid->setTapMarks({});
    m_pad->setEnabled(true);
    m_listen->setEnabled(false);
    m_start->setEnabled(false);
    m_playing = true;
    sound().play(run().melody());
    m_frame.start();
    setFocus();
}

void TapRhythmScreen::tap()
{
    if (!m_recording || !sound().isPlaying())
        return;
    const double t = sound().positionMs() - m_countInMs;
    // Taps along with the count-in clicks are practice, not part of the rhythm.
    if (t < -m_stepMs / 2)
        return;
    m_taps.append(t);
}

void TapRhythmScreen::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        tap();
        event->accept();
        return;
    }
    MusicTaskScreen::keyPressEvent(event);
}

void TapRhythmScreen::animate()
{
    if (!sound().isPlaying()) {
        m_frame.stop();
        m_circle->setPosition(-1);
        m_grid->setCurrent(-1);
        m_count->clear();
        return;
    }
    const double position = sound().positionMs();
    if (position < m_countInMs) {
        m_count->setText(position < 0 ? QString() : QString::number(int(position / m_beatMs) + 1));
        m_circle->setPosition(-1);
        return;
    }
    //: Shown while the rhythm plays after the count-in
    m_count->setText(m_recording ? tr("Tap!") : QString());
    const double step = (position - m_countInMs) / m_stepMs;
    const int n = std::max<int>(1, int(m_steps.size()));
    m_circle->setPosition(std::fmod(step, n));
    m_grid->setCurrent(int(step) < n * m_cycles ? int(step) : -1);
}

void TapRhythmScreen::playbackEnded()
{
    if (!m_playing)
        return;
    m_playing = false;
    m_frame.stop();
    m_circle->setPosition(-1);
    m_grid->setCurrent(-1);
    m_count->clear();
    m_listen->setEnabled(true);
    if (!m_recording || run().isFinished())
        return;
    m_recording = false;
    QJsonArray taps;
    for (double t : m_taps)
        taps.append(t);
    finishWith(QJsonObject { { QStringLiteral("taps"), taps } });
}

QString TapRhythmScreen::resultCaption(const Evaluation &) const
{
    //: %1 beats tapped on time out of %n
    return tr("You tapped %1 of %n beats on time.", nullptr, m_tapResult.expected).arg(m_tapResult.hits);
}

void TapRhythmScreen::prepareResult(const Evaluation &)
{
    // The marks are the scorer's own matching, so they agree with the score.
    const double tolerance = run().prompt().value(QStringLiteral("toleranceMs")).toDouble(100);
    m_tapResult = TapScorer(tolerance).score(m_onsets, m_taps);
    QList<RhythmGridWidget::TapMark> marks;
    for (int i = 0; i < m_tapResult.errorsMs.size(); ++i) {
        const double error = m_tapResult.errorsMs.at(i);
        RhythmGridWidget::TapMark mark;
        mark.onset = i;
        mark.errorMs = std::isnan(error) ? 0 : error;
        mark.kind = std::isnan(error)      ? RhythmGridWidget::TapKind::Missed
            : std::abs(error) <= tolerance ? RhythmGridWidget::TapKind::Good
                                           : RhythmGridWidget::TapKind::Off;
        marks.append(mark);
    }
    m_grid->setTapMarks(marks);
    m_grid->setMinimumHeight(90);
    resultExtraLayout()->addWidget(m_grid);
    auto *legend = new QLabel(
        tr("Green tick: on time. Orange arrow: too early (points left) or too late (points right). Grey cross: missed."), this);
    legend->setObjectName(QStringLiteral("tapLegend"));
    legend->setAlignment(Qt::AlignCenter);
    legend->setWordWrap(true);
    legend->setStyleSheet(QStringLiteral("font-size: 18px; color: #546E7A;"));
    resultExtraLayout()->addWidget(legend);
}

} // namespace stages::music
