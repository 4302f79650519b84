#include "exercises/music/view/playbackscreen.h"

#include "exercises/music/tasks/playbacktask.h"
#include "exercises/music/view/instrumentwidget.h"
#include "exercises/music/view/noterowwidget.h"
#include "exercises/music/view/soundservice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace stages::music {

PlayBackScreen::PlayBackScreen(const ExerciseEngine &engine, const Exercise &exercise, const Clock &clock,
                               SoundService &sound, QWidget *parent)
    : MusicTaskScreen(engine, exercise, clock, sound, parent)
    , m_keys(run().symbolKeys())
    , m_length(exercise.structure ? exercise.structure->itemLength() : 0)
{
    setInstruction(tr("Listen, then play it back"));
    auto *top = new QHBoxLayout;
    top->addStretch();
    //: Plays the tune to the pupil
    m_listen = bigButton(tr("\u25B6 Listen"), QStringLiteral("listenButton"), this);
    m_listen->setStyleSheet(m_listen->styleSheet()
                            + QStringLiteral("QPushButton#listenButton { background: #FFE082; }"));
    top->addWidget(m_listen);
    top->addStretch();
    workLayout()->addLayout(top);

    m_row = new NoteRowWidget(this);
    m_row->setObjectName(QStringLiteral("answerRow"));
    m_row->setDrums(run().isDrums());
    m_row->setNoteSize(56);
    // The whole range from the start, so the row keeps its height as notes are played.
    if (!m_keys.isEmpty())
        m_row->setPitchRange(*std::min_element(m_keys.cbegin(), m_keys.cend()),
                             *std::max_element(m_keys.cbegin(), m_keys.cend()));
    workLayout()->addWidget(m_row, 0, Qt::AlignHCenter);

    m_instrument = makeInstrument(run(), sound, this);
    workLayout()->addWidget(m_instrument, 1);
    setKeyInstrument(m_instrument); // its digits play it wherever the focus is

    //: Empties the row of notes the pupil played
    m_again = bigButton(tr("Start again"), QStringLiteral("againButton"), this);
    static_cast<QHBoxLayout *>(buttonRow())->insertWidget(1, m_again);

    connect(m_listen, &QPushButton::clicked, this, &PlayBackScreen::listen);
    connect(m_again, &QPushButton::clicked, this, [this] {
        m_played.clear();
        refresh();
    });
    connect(m_instrument, &InstrumentWidget::notePressed, this, &PlayBackScreen::notePlayed);
    connect(doneButton(), &QPushButton::clicked, this, [this] { finishWith(itemToJson(m_played)); });
    refresh();
}

void PlayBackScreen::listen()
{
    m_heard.clear();
    m_row->setLit(-1);
    sound().play(run().melody(), [this](const SequenceCues::Cue &cue) {
        m_heard.append(cue.key);
        m_instrument->highlight(cue.key,
                                std::max(120, int(cue.durationFrames * 1000 / std::max(1, sound().sampleRate())) - 30));
    });
}

void PlayBackScreen::notePlayed(int key)
{
    if (run().isFinished() || m_played.size() >= m_length)
        return;
    const int symbol = int(m_keys.indexOf(key));
    if (symbol < 0)
        return;
    m_played.append(symbol);
    refresh();
}

void PlayBackScreen::refresh()
{
    QList<int> keys;
    for (int symbol : m_played)
        keys.append(m_keys.value(symbol));
    m_row->setNotes(keys, m_length);
    m_again->setEnabled(!m_played.isEmpty());
    doneButton()->setEnabled(m_played.size() == m_length);
    if (m_played.size() == m_length)
        doneButton()->setFocus();
}

QString PlayBackScreen::resultCaption(const Evaluation &evaluation) const
{
    if (evaluation.success)
        return tr("You played the tune back exactly.");
    return tr("This was the tune:");
}

void PlayBackScreen::prepareResult(const Evaluation &evaluation)
{
    if (evaluation.success)
        return;
    // Show the tune and the pupil's try one above the other, the first difference ringed.
    QList<int> target;
    for (int symbol : PlayBackTask::target(run().exercise()))
        target.append(m_keys.value(symbol));
    m_target = new NoteRowWidget(this);
    m_target->setObjectName(QStringLiteral("targetRow"));
    m_target->setDrums(run().isDrums());
    m_target->setNoteSize(56);
    if (!m_keys.isEmpty())
        m_target->setPitchRange(*std::min_element(m_keys.cbegin(), m_keys.cend()),
                                *std::max_element(m_keys.cbegin(), m_keys.cend()));
    m_target->setNotes(target);
    resultExtraLayout()->addWidget(m_target, 0, Qt::AlignHCenter);
    auto *yours = new QLabel(tr("You played:"), this);
    yours->setAlignment(Qt::AlignCenter);
    yours->setStyleSheet(QStringLiteral("font-size: 22px; color: #37474F;"));
    resultExtraLayout()->addWidget(yours);
    m_row->setParent(nullptr);
    m_row->setParent(this);
    resultExtraLayout()->addWidget(m_row, 0, Qt::AlignHCenter);
    m_row->setWrong(evaluation.hint.index);
    m_row->show();
}

} // namespace stages::music
