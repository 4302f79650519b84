#include "exercises/music/view/musictaskscreen.h"

#include "exercises/framework/session/outcome.h"
#include "exercises/framework/view/pagestack.h"
#include "exercises/framework/view/speakbutton.h"
#include "exercises/music/view/composescreen.h"
#include "exercises/music/view/drumpadswidget.h"
#include "exercises/music/view/listenidentifyscreen.h"
#include "exercises/music/view/playbackscreen.h"
#include "exercises/music/view/soundnoticebanner.h"
#include "exercises/music/view/soundservice.h"
#include "exercises/music/view/taprhythmscreen.h"
#include "exercises/music/view/xylophonewidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace stages::music {

MusicTaskScreen::MusicTaskScreen(const ExerciseEngine &engine, const Exercise &exercise, const Clock &clock,
                                 SoundService &sound, QWidget *parent)
    : TaskScreen(parent)
    , m_run(std::make_unique<MusicRun>(engine, exercise, clock))
    , m_sound(sound)
{
    setObjectName(QStringLiteral("musicTask:%1").arg(exercise.task));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 6, 16, 8);
    layout->setSpacing(6);
    layout->addWidget(new SoundNoticeBanner(sound, this));
    m_pages = new PageStack(this);
    layout->addWidget(m_pages, 1);

    auto *work = new QWidget(m_pages);
    auto *workOuter = new QVBoxLayout(work);
    workOuter->setContentsMargins(0, 0, 0, 0);
    m_instruction = new QLabel(work);
    m_instruction->setObjectName(QStringLiteral("instruction"));
    m_instruction->setAlignment(Qt::AlignCenter);
    m_instruction->setWordWrap(true);
    m_instruction->setStyleSheet(QStringLiteral("font-size: 30px; font-weight: bold; color: #263238;"));
    // The instruction with its speaker button (hidden where nothing can speak), for non-readers.
    auto *top = new QHBoxLayout;
    top->addWidget(m_instruction, 1);
    top->addWidget(makeSpeakButton(QString()), 0, Qt::AlignVCenter);
    workOuter->addLayout(top);
    m_workLayout = new QVBoxLayout;
    m_workLayout->setSpacing(8);
    workOuter->addLayout(m_workLayout, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    //: The pupil says the answer is finished
    m_done = bigButton(tr("I'm done"), QStringLiteral("doneButton"), work);
    m_done->setStyleSheet(m_done->styleSheet()
                          + QStringLiteral("QPushButton#doneButton:enabled { background: #43A047; color: white; }"));
    buttons->addWidget(m_done);
    workOuter->addLayout(buttons);
    m_buttons = buttons;
    m_pages->addWidget(work);

    auto *result = new QWidget(m_pages);
    auto *resultLayout = new QVBoxLayout(result);
    resultLayout->addStretch();
    m_resultTitle = new QLabel(result);
    m_resultTitle->setObjectName(QStringLiteral("resultTitle"));
    m_resultTitle->setAlignment(Qt::AlignCenter);
    m_resultTitle->setStyleSheet(QStringLiteral("font-size: 40px; font-weight: bold; color: #2E7D32;"));
    resultLayout->addWidget(m_resultTitle);
    m_resultStars = new QLabel(result);
    m_resultStars->setAlignment(Qt::AlignCenter);
    m_resultStars->setStyleSheet(QStringLiteral("font-size: 56px; color: #FFB300;"));
    resultLayout->addWidget(m_resultStars);
    m_resultCaption = new QLabel(result);
    m_resultCaption->setObjectName(QStringLiteral("resultCaption"));
    m_resultCaption->setAlignment(Qt::AlignCenter);
    m_resultCaption->setWordWrap(true);
    m_resultCaption->setStyleSheet(QStringLiteral("font-size: 24px; color: #37474F;"));
    resultLayout->addWidget(m_resultCaption);
    m_resultExtra = new QVBoxLayout;
    resultLayout->addLayout(m_resultExtra);
    m_resultNote = new QLabel(result);
    m_resultNote->setObjectName(QStringLiteral("resultNote"));
    m_resultNote->setAlignment(Qt::AlignCenter);
    m_resultNote->setStyleSheet(QStringLiteral("font-size: 20px; color: #455A64;"));
    resultLayout->addWidget(m_resultNote);
    resultLayout->addStretch();
    auto *after = new QHBoxLayout;
    after->addStretch();
    //: Back to the stage map (the stepping stones)
    m_map = bigButton(tr("Map"), QStringLiteral("mapButton"), result);
    after->addWidget(m_map);
    //: The next exercise
    m_next = bigButton(tr("Next"), QStringLiteral("nextButton"), result);
    m_next->setStyleSheet(m_next->styleSheet()
                          + QStringLiteral("QPushButton#nextButton { background: #1E88E5; color: white; }"));
    after->addWidget(m_next);
    after->addStretch();
    resultLayout->addLayout(after);
    m_pages->addWidget(result);

    connect(m_next, &QPushButton::clicked, this, &MusicTaskScreen::nextRequested);
    connect(m_map, &QPushButton::clicked, this, &MusicTaskScreen::mapRequested);
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

QPushButton *MusicTaskScreen::bigButton(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setMinimumHeight(64);
    button->setMinimumWidth(150);
    button->setCursor(Qt::PointingHandCursor);
    button->setStyleSheet(QStringLiteral("QPushButton { font-size: 24px; font-weight: bold; padding: 8px 22px;"
                                         " border-radius: 14px; border: 2px solid #90A4AE; background: #ECEFF1; }"
                                         "QPushButton:disabled { color: #B0BEC5; border-color: #CFD8DC; }"
                                         "QPushButton:focus { border: 3px solid #1565C0; }"));
    return button;
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

QLayout *MusicTaskScreen::buttonRow() const
{
    return m_buttons;
}

void MusicTaskScreen::setInstruction(const QString &text)
{
    m_instruction->setText(text);
    setSpeech(text);
}

void MusicTaskScreen::showEvent(QShowEvent *event)
{
    TaskScreen::showEvent(event);
    readAloudOnce();
}

bool MusicTaskScreen::showsResult() const
{
    return m_pages->currentIndex() == 1;
}

void MusicTaskScreen::setResultNote(const QString &text)
{
    m_resultNote->setText(text);
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
    const Evaluation e = m_run->finish();
    //: Result title after a music exercise
    m_resultTitle->setText(e.success ? tr("Well done!")
                                     : (e.score >= 0.5 ? tr("Nearly!") : tr("Let's try another one")));
    m_resultTitle->setStyleSheet(QStringLiteral("font-size: 40px; font-weight: bold; color: %1;")
                                     .arg(e.success ? QStringLiteral("#2E7D32") : QStringLiteral("#EF6C00")));
    const int stars = Outcome::stars(e);
    m_resultStars->setText(QString(stars, QChar(0x2605)) + QString(3 - stars, QChar(0x2606)));
    prepareResult(e); // first: a screen's caption may use what it works out here
    m_resultCaption->setText(resultCaption(e));
    m_pages->setCurrentIndex(1);
    presentResultButtons();
    emit finished();
}

void MusicTaskScreen::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_sound.stop();
}

} // namespace stages::music
