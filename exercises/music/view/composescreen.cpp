#include "exercises/music/view/composescreen.h"

#include "exercises/music/view/instrumentwidget.h"
#include "exercises/music/view/noteappearance.h"
#include "exercises/music/view/noterowwidget.h"
#include "exercises/music/view/soundservice.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace stages::music {

ComposeScreen::ComposeScreen(const ExerciseEngine &engine, const Exercise &exercise, const Clock &clock,
                             SoundService &sound, QWidget *parent)
    : MusicTaskScreen(engine, exercise, clock, sound, parent)
    , m_keys(run().symbolKeys())
{
    const QJsonObject &prompt = run().prompt();
    MotifRule::fromId(prompt.value(QStringLiteral("rule")).toString(), &m_rule);
    m_length = prompt.value(QStringLiteral("orders")).toInt(4);
    const int size = int(m_keys.size());
    m_all = MotifRule::allOrders(size);

    setInstruction(tr("Make your own tune"));
    auto *rule = new QLabel(prompt.value(QStringLiteral("ruleText")).toString(), this);
    rule->setObjectName(QStringLiteral("ruleText"));
    rule->setAlignment(Qt::AlignCenter);
    rule->setWordWrap(true);
    rule->setStyleSheet(
        QStringLiteral("font-size: 19px; color: #37474F; background: #E8F5E9; border-radius: 10px; padding: 3px;"));
    workLayout()->addWidget(rule);

    // Every order of the motif, to pick from.
    auto *palette = new QGridLayout;
    palette->setSpacing(8);
    // Four notes have 24 orders: three lines of eight fit a small screen.
    const int columns = size <= 3 ? 3 : 8;
    const int noteSize = size <= 3 ? 40 : 24;
    // Every row shares the motif's range, so a note is at the same height in all of them.
    const int lowest = m_keys.isEmpty() ? 60 : *std::min_element(m_keys.cbegin(), m_keys.cend());
    const int highest = m_keys.isEmpty() ? 60 : *std::max_element(m_keys.cbegin(), m_keys.cend());
    for (int i = 0; i < m_all.size(); ++i) {
        auto *button = new QPushButton(this);
        button->setObjectName(QStringLiteral("order%1").arg(i));
        QStringList notes;
        for (const int key : keysOf(m_all.at(i)))
            notes.append(InstrumentWidget::spokenNoteName(key, int(NoteAppearance::namingForLocale(QLocale()))));
        //: Screen reader name of a button that adds these notes to the tune; %1 lists them ("C, E, G")
        button->setAccessibleName(tr("Add %1").arg(notes.join(QStringLiteral(", "))));
        button->setCursor(Qt::PointingHandCursor);
        button->setStyleSheet(
            QStringLiteral("QPushButton { border: 2px solid #B0BEC5; border-radius: 12px; background: palette(base); }"
                           "QPushButton:hover { border-color: #1E88E5; }"
                           "QPushButton:disabled { background: #ECEFF1; }"));
        auto *inner = new QHBoxLayout(button);
        inner->setContentsMargins(4, 2, 4, 2);
        auto *row = new NoteRowWidget(button);
        row->setNoteSize(noteSize);
        row->setPitchRange(lowest, highest);
        row->setNotes(keysOf(m_all.at(i)));
        row->setAttribute(Qt::WA_TransparentForMouseEvents);
        inner->addWidget(row);
        // A QPushButton's size hint ignores its layout: make room for the row (octave dots and all).
        button->setMinimumHeight(row->sizeHint().height() + 8);
        palette->addWidget(button, i / columns, i % columns);
        m_orderButtons.append(button);
        connect(button, &QPushButton::clicked, this, [this, i] { addOrder(i); });
    }
    workLayout()->addLayout(palette);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("composeMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setStyleSheet(QStringLiteral("font-size: 20px; color: #BF360C;"));
    workLayout()->addWidget(m_message);

    // The tune so far.
    auto *tuneBox = new QWidget(this);
    tuneBox->setObjectName(QStringLiteral("tuneBox"));
    tuneBox->setStyleSheet(
        QStringLiteral("QWidget#tuneBox { background: #FFFDE7; border: 2px dashed #FBC02D; border-radius: 14px; }"));
    auto *tuneLayout = new QVBoxLayout(tuneBox);
    tuneLayout->setContentsMargins(8, 4, 8, 4);
    tuneLayout->setSpacing(2);
    m_counter = new QLabel(tuneBox);
    m_counter->setObjectName(QStringLiteral("tuneCounter"));
    m_counter->setStyleSheet(
        QStringLiteral("font-size: 20px; font-weight: bold; color: #5D4037; background: transparent;"));
    tuneLayout->addWidget(m_counter);
    m_tuneGrid = new QGridLayout;
    m_tuneGrid->setVerticalSpacing(8);
    m_tuneGrid->setHorizontalSpacing(24); // the parts of the tune stay apart, even on one line
    tuneLayout->addLayout(m_tuneGrid);
    for (int i = 0; i < m_length; ++i) {
        auto *row = new NoteRowWidget(tuneBox);
        row->setObjectName(QStringLiteral("tuneRow%1").arg(i));
        row->setNoteSize(size <= 3 && tuneColumns() < 6 ? 40 : 36);
        row->setPitchRange(lowest, highest);
        row->setNotes({}, size);
        m_tuneGrid->addWidget(row, i / tuneColumns(), i % tuneColumns());
        m_tuneRows.append(row);
    }
    workLayout()->addWidget(tuneBox);
    workLayout()->addStretch(1);

    m_play = bigButton(tr("\u25B6 Play"), QStringLiteral("playButton"), this);
    m_play->setStyleSheet(m_play->styleSheet()
                          + QStringLiteral("QPushButton#playButton:enabled { background: #FFE082; }"));
    //: Takes the last added order back out of the tune
    m_undo = bigButton(tr("Undo"), QStringLiteral("undoButton"), this);
    auto *row = static_cast<QHBoxLayout *>(buttonRow());
    row->insertWidget(0, m_play);
    row->insertWidget(1, m_undo);

    connect(m_play, &QPushButton::clicked, this, &ComposeScreen::play);
    connect(&sound, &SoundService::playbackFinished, this, [this] {
        for (NoteRowWidget *row : std::as_const(m_tuneRows))
            row->setLit(-1);
    });
    connect(m_undo, &QPushButton::clicked, this, [this] {
        if (!m_tune.isEmpty() && !run().isFinished()) {
            m_tune.removeLast();
            m_message->clear();
            refresh();
        }
    });
    connect(doneButton(), &QPushButton::clicked, this,
            [this] { finishWith(itemsToJson(ItemList(m_tune.begin(), m_tune.end()))); });
    refresh();
}

int ComposeScreen::tuneColumns() const
{
    // Six short orders fit one line even at 1024 px wide; longer tunes take lines of four.
    return m_length <= 6 && m_keys.size() <= 3 ? std::max(1, m_length) : 4;
}

QList<int> ComposeScreen::keysOf(const MotifOrder &order) const
{
    QList<int> keys;
    for (int position : order)
        keys.append(m_keys.value(position));
    return keys;
}

bool ComposeScreen::addOrder(int index)
{
    if (run().isFinished() || index < 0 || index >= m_all.size() || m_tune.size() >= m_length)
        return false;
    const MotifOrder &order = m_all.at(index);
    if (!m_rule.allowsNext(m_tune, order, int(m_keys.size()), m_length)) {
        m_message->setText(tr("That one does not follow the rule. Try another!"));
        return false;
    }
    m_message->clear();
    m_tune.append(order);
    // Each order is heard as it is added, so the pupil builds the tune by ear too.
    Melody melody = run().composedMelody({ order });
    NoteRowWidget *row = m_tuneRows.value(int(m_tune.size()) - 1);
    sound().play(melody, [row](const SequenceCues::Cue &cue) {
        if (row)
            row->setLit(cue.index);
    });
    refresh();
    return true;
}

void ComposeScreen::play()
{
    if (m_tune.isEmpty())
        return;
    const int size = int(m_keys.size());
    sound().play(run().composedMelody(m_tune), [this, size](const SequenceCues::Cue &cue) {
        for (int i = 0; i < m_tuneRows.size(); ++i)
            m_tuneRows.at(i)->setLit(i == cue.index / size ? cue.index % size : -1);
    });
}

void ComposeScreen::refresh()
{
    for (int i = 0; i < m_tuneRows.size(); ++i)
        m_tuneRows.at(i)->setNotes(i < m_tune.size() ? keysOf(m_tune.at(i)) : QList<int>(), int(m_keys.size()));
    //: How many parts of the tune are made; %1 done, %2 needed
    m_counter->setText(tr("Your tune: %1 of %2").arg(m_tune.size()).arg(m_length));
    const bool full = m_tune.size() >= m_length;
    for (QPushButton *b : std::as_const(m_orderButtons))
        b->setEnabled(!full && !run().isFinished());
    m_play->setEnabled(!m_tune.isEmpty());
    m_undo->setEnabled(!m_tune.isEmpty() && !run().isFinished());
    doneButton()->setEnabled(full);
}

QString ComposeScreen::resultCaption(const Evaluation &evaluation) const
{
    if (evaluation.success)
        return tr("Your tune follows the rule. It is saved for your teacher.");
    return tr("Part of your tune does not follow the rule. It is saved for your teacher.");
}

void ComposeScreen::prepareResult(const Evaluation &)
{
    // The finished tune stays playable on the result page.
    auto *tune = new QWidget(this);
    auto *grid = new QGridLayout(tune);
    for (int i = 0; i < m_tuneRows.size(); ++i)
        grid->addWidget(m_tuneRows.at(i), i / tuneColumns(), i % tuneColumns());
    resultExtraLayout()->addWidget(tune, 0, Qt::AlignHCenter);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_play);
    buttons->addStretch();
    resultExtraLayout()->addLayout(buttons);
    m_undo->hide();
    for (QPushButton *b : std::as_const(m_orderButtons))
        b->setEnabled(false);
}

} // namespace stages::music
