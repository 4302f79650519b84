#include "exercises/music/view/listenidentifyscreen.h"

#include "exercises/music/euclideanrhythm.h"
#include "exercises/music/view/noterowwidget.h"
#include "exercises/music/view/rhythmgridwidget.h"
#include "exercises/music/view/soundservice.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace stages::music {

namespace {

QList<bool> stepsOf(const Item &item)
{
    QList<bool> steps;
    for (int v : item)
        steps.append(v == 1);
    return steps;
}

QList<bool> stepsOf(const QString &pattern)
{
    const auto rhythm = EuclideanRhythm::parse(pattern);
    return rhythm ? rhythm->steps() : QList<bool>();
}

} // namespace

ListenIdentifyScreen::ListenIdentifyScreen(const ExerciseEngine &engine, const Exercise &exercise, const Clock &clock,
                                           SoundService &sound, QWidget *parent)
    : MusicTaskScreen(engine, exercise, clock, sound, parent)
    , m_keys(run().symbolKeys())
    , m_items(run().choiceItems())
    , m_named(run().namedChoices())
{
    const bool rhythms = !m_named.isEmpty() || (exercise.structure && exercise.structure->kind() == QLatin1String("euclidean"));
    setInstruction(rhythms ? tr("Which rhythm did you hear?") : tr("Which tune did you hear?"));
    auto *top = new QHBoxLayout;
    top->addStretch();
    m_listen = bigButton(tr("\u25B6 Listen"), QStringLiteral("listenButton"), this);
    m_listen->setStyleSheet(m_listen->styleSheet() + QStringLiteral("QPushButton#listenButton { background: #FFE082; }"));
    top->addWidget(m_listen);
    top->addStretch();
    workLayout()->addLayout(top);

    m_group = new QButtonGroup(this);
    auto *grid = new QGridLayout;
    grid->setSpacing(18);
    const int count = int(m_named.isEmpty() ? m_items.size() : m_named.size());
    const int columns = count <= 2 || rhythms ? std::min(count, 2) : std::min(count, 2);
    for (int i = 0; i < count; ++i)
        grid->addWidget(makeChoice(i, this), i / columns, i % columns);
    workLayout()->addLayout(grid);
    workLayout()->addStretch();

    connect(m_listen, &QPushButton::clicked, this, &ListenIdentifyScreen::listen);
    connect(m_group, &QButtonGroup::idClicked, this, [this] { doneButton()->setEnabled(true); });
    connect(doneButton(), &QPushButton::clicked, this, [this] {
        if (choice() >= 0)
            finishWith(choice());
    });
    doneButton()->setEnabled(false);
}

QWidget *ListenIdentifyScreen::makeChoice(int index, QWidget *parent)
{
    auto *card = new QPushButton(parent);
    card->setObjectName(QStringLiteral("choice%1").arg(index));
    card->setCheckable(true);
    card->setCursor(Qt::PointingHandCursor);
    card->setMinimumHeight(110);
    card->setStyleSheet(QStringLiteral("QPushButton { border: 3px solid #B0BEC5; border-radius: 16px; background: palette(base); }"
                                       "QPushButton:checked { border: 6px solid #1E88E5; background: #E3F2FD; }"
                                       "QPushButton:focus { border-color: #1565C0; }"));
    m_group->addButton(card, index);
    auto *layout = new QHBoxLayout(card);
    layout->setContentsMargins(16, 10, 16, 10);
    // The letter of a choice card (A, B, C, D): a label, not words, so not translated.
    auto *letter = new QLabel(QString(QChar(u'A' + index)), card);
    letter->setStyleSheet(QStringLiteral("font-size: 30px; font-weight: bold; color: #546E7A; background: transparent;"));
    letter->setAttribute(Qt::WA_TransparentForMouseEvents);
    layout->addWidget(letter);
    auto *middle = new QVBoxLayout;
    QWidget *shape = nullptr;
    if (!m_named.isEmpty()) {
        auto *name = new QLabel(m_named.at(index).second, card);
        name->setStyleSheet(QStringLiteral("font-size: 22px; font-weight: bold; background: transparent;"));
        name->setAttribute(Qt::WA_TransparentForMouseEvents);
        middle->addWidget(name);
        auto *gridView = new RhythmGridWidget(card);
        gridView->setSteps(stepsOf(m_named.at(index).first));
        shape = gridView;
    } else if (run().exercise().structure && run().exercise().structure->kind() == QLatin1String("euclidean")) {
        auto *gridView = new RhythmGridWidget(card);
        gridView->setSteps(stepsOf(m_items.at(index)));
        shape = gridView;
    } else {
        auto *row = new NoteRowWidget(card);
        QList<int> keys;
        for (qsizetype p = 0; p < m_items.at(index).size(); ++p) {
            const int symbol = run().exercise().structure->symbolOf(int(p), m_items.at(index).at(p));
            keys.append(m_keys.value(symbol));
        }
        row->setDrums(run().isDrums());
        row->setNoteSize(52);
        row->setNotes(keys);
        shape = row;
    }
    shape->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_shapes.append(shape);
    middle->addWidget(shape);
    layout->addLayout(middle, 1);
    auto *play = new QPushButton(QStringLiteral("\u25B6"), card);
    play->setObjectName(QStringLiteral("playChoice%1").arg(index));
    //: Plays one of the shown choices
    play->setToolTip(tr("Play this one"));
    play->setFixedSize(56, 56);
    play->setCursor(Qt::PointingHandCursor);
    play->setStyleSheet(QStringLiteral("QPushButton { font-size: 24px; border-radius: 28px; border: 2px solid #90A4AE; background: #FFF8E1; }"));
    connect(play, &QPushButton::clicked, this, [this, index] { playChoice(index); });
    m_choicePlay.append(play);
    layout->addWidget(play);
    return card;
}

QList<QAbstractButton *> ListenIdentifyScreen::choiceButtons() const
{
    return m_group->buttons();
}

int ListenIdentifyScreen::choice() const
{
    return m_group->checkedId();
}

void ListenIdentifyScreen::listen()
{
    sound().play(run().melody());
}

void ListenIdentifyScreen::playChoice(int index)
{
    Melody melody;
    if (!m_named.isEmpty()) {
        Item item;
        for (bool onset : stepsOf(m_named.at(index).first))
            item.append(onset ? 1 : 0);
        melody = run().melodyOf(item);
    } else {
        melody = run().melodyOf(m_items.at(index));
    }
    QWidget *shape = m_shapes.value(index);
    sound().play(melody, [shape](const SequenceCues::Cue &cue) {
        if (auto *row = qobject_cast<NoteRowWidget *>(shape))
            row->setLit(cue.index);
        else if (auto *grid = qobject_cast<RhythmGridWidget *>(shape))
            grid->setCurrent(cue.index % std::max<int>(1, int(grid->steps().size())));
    });
    connect(&sound(), &SoundService::playbackFinished, shape, [shape] {
        if (auto *row = qobject_cast<NoteRowWidget *>(shape))
            row->setLit(-1);
        else if (auto *grid = qobject_cast<RhythmGridWidget *>(shape))
            grid->setCurrent(-1);
    }, Qt::SingleShotConnection);
}

QString ListenIdentifyScreen::resultCaption(const Evaluation &evaluation) const
{
    if (evaluation.success)
        return tr("You heard it right.");
    return tr("It was another one. Listen again next time.");
}

} // namespace stages::music
