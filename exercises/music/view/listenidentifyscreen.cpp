#include "exercises/music/view/listenidentifyscreen.h"

#include "exercises/music/euclideanrhythm.h"
#include "exercises/music/tasks/listenidentifytask.h"
#include "exercises/music/view/instrumentwidget.h"
#include "exercises/music/view/noterowwidget.h"
#include "exercises/music/view/rhythmgridwidget.h"
#include "exercises/music/view/soundservice.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <numbers>

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

const QColor kMarkInk(0x54, 0x6E, 0x7A);

/// The picture that marks a choice card: a star, a heart, a moon or a flower, in one calm ink
/// (not a note colour, not a letter), so it cannot be read as a note.
QPixmap markPicture(int index, int size, qreal devicePixelRatio)
{
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(kMarkInk);
    const qreal s = size;
    const QPointF c(s / 2, s / 2);
    QPainterPath path;
    switch (index % 4) {
    case 0: { // star
        QPolygonF star;
        for (int i = 0; i < 10; ++i) {
            const qreal r = (i % 2 == 0 ? 0.48 : 0.2) * s;
            const qreal a = -std::numbers::pi / 2 + i * std::numbers::pi / 5;
            star << c + QPointF(r * std::cos(a), r * std::sin(a) + s * 0.04);
        }
        path.addPolygon(star);
        break;
    }
    case 1: // heart
        path.moveTo(s * 0.5, s * 0.9);
        path.cubicTo(s * 0.05, s * 0.6, s * 0.0, s * 0.3, s * 0.22, s * 0.15);
        path.cubicTo(s * 0.38, s * 0.05, s * 0.5, s * 0.2, s * 0.5, s * 0.3);
        path.cubicTo(s * 0.5, s * 0.2, s * 0.62, s * 0.05, s * 0.78, s * 0.15);
        path.cubicTo(s * 1.0, s * 0.3, s * 0.95, s * 0.6, s * 0.5, s * 0.9);
        break;
    case 2: { // crescent moon
        QPainterPath disc;
        disc.addEllipse(c, s * 0.44, s * 0.44);
        QPainterPath bite;
        bite.addEllipse(c + QPointF(s * 0.2, -s * 0.12), s * 0.36, s * 0.36);
        path = disc.subtracted(bite);
        break;
    }
    default: { // flower: five petals round a hole
        for (int i = 0; i < 5; ++i) {
            const qreal a = -std::numbers::pi / 2 + i * 2 * std::numbers::pi / 5;
            path.addEllipse(c + QPointF(s * 0.26 * std::cos(a), s * 0.26 * std::sin(a)), s * 0.2, s * 0.2);
        }
        path.setFillRule(Qt::WindingFill);
        QPainterPath hole;
        hole.addEllipse(c, s * 0.11, s * 0.11);
        path = path.simplified().subtracted(hole);
        break;
    }
    }
    p.drawPath(path);
    return pixmap;
}

QString cardStyle(const QString &border, const QString &background)
{
    return QStringLiteral("QPushButton { border: %1; border-radius: 16px; background: %2; }").arg(border, background);
}

} // namespace

ListenIdentifyScreen::ListenIdentifyScreen(const ExerciseEngine &engine, const Exercise &exercise, const Clock &clock,
                                           SoundService &sound, QWidget *parent)
    : MusicTaskScreen(engine, exercise, clock, sound, parent)
    , m_keys(run().symbolKeys())
    , m_items(run().choiceItems())
    , m_named(run().namedChoices())
{
    const bool rhythms
        = !m_named.isEmpty() || (exercise.structure && exercise.structure->kind() == QLatin1String("euclidean"));
    setInstruction(rhythms ? tr("Which rhythm did you hear?") : tr("Which tune did you hear?"));
    auto *top = new QHBoxLayout;
    top->addStretch();
    m_listen = bigButton(tr("\u25B6 Listen"), QStringLiteral("listenButton"), this);
    m_listen->setStyleSheet(m_listen->styleSheet()
                            + QStringLiteral("QPushButton#listenButton { background: #FFE082; }"));
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
    card->setStyleSheet(
        QStringLiteral("QPushButton { border: 3px solid #B0BEC5; border-radius: 16px; background: palette(base); }"
                       "QPushButton:checked { border: 6px solid #1E88E5; background: #E3F2FD; }"
                       "QPushButton:focus { border-color: #1565C0; }"));
    m_group->addButton(card, index);
    //: Spoken name of a choice card for screen readers; %1 is its number (1-4)
    card->setAccessibleName(tr("Choice %1").arg(index + 1));
    if (!m_named.isEmpty())
        //: Screen reader name of a choice card that shows a named rhythm; %1 its number, %2 the rhythm's name
        card->setAccessibleName(tr("Choice %1: %2").arg(index + 1).arg(m_named.at(index).second));
    auto *layout = new QHBoxLayout(card);
    layout->setContentsMargins(16, 10, 16, 10);
    // The card's mark: a picture (never a letter, which reads as a note name) over the small digit
    // of its key. Neither is a word, so neither is translated.
    auto *markColumn = new QVBoxLayout;
    markColumn->setSpacing(0);
    auto *mark = new QLabel(card);
    mark->setObjectName(QStringLiteral("mark%1").arg(index));
    mark->setProperty("mark", markName(index));
    mark->setPixmap(markPicture(index, 40, devicePixelRatioF()));
    mark->setAttribute(Qt::WA_TransparentForMouseEvents);
    mark->setStyleSheet(QStringLiteral("background: transparent;"));
    markColumn->addWidget(mark, 0, Qt::AlignHCenter);
    auto *digit = new QLabel(QString::number(index + 1), card);
    digit->setObjectName(QStringLiteral("key%1").arg(index));
    digit->setAlignment(Qt::AlignCenter);
    digit->setAttribute(Qt::WA_TransparentForMouseEvents);
    digit->setStyleSheet(
        QStringLiteral("font-size: 14px; font-weight: bold; color: white; background: #37474F; border-radius: 11px;"
                       " min-width: 22px; min-height: 22px; max-width: 22px; max-height: 22px;"));
    markColumn->addWidget(digit, 0, Qt::AlignHCenter);
    layout->addLayout(markColumn);
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
        if (!m_keys.isEmpty())
            row->setPitchRange(*std::min_element(m_keys.cbegin(), m_keys.cend()),
                               *std::max_element(m_keys.cbegin(), m_keys.cend()));
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
    play->setStyleSheet(QStringLiteral(
        "QPushButton { font-size: 24px; border-radius: 28px; border: 2px solid #90A4AE; background: #FFF8E1; }"));
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
    return m_picked >= 0 ? m_picked : m_group->checkedId();
}

int ListenIdentifyScreen::rightChoice() const
{
    return ListenIdentifyTask::setup(run().exercise()).answer;
}

QString ListenIdentifyScreen::verdict(int index) const
{
    const QAbstractButton *card = m_group->button(index);
    return card ? card->property("verdict").toString() : QString();
}

QString ListenIdentifyScreen::markName(int index)
{
    static const char *const names[] = { "star", "heart", "moon", "flower" };
    return QString::fromLatin1(names[index % 4]);
}

void ListenIdentifyScreen::keyPressEvent(QKeyEvent *event)
{
    // 1-4 (or the Czech top row's + ě š č) pick a card, as the digits on the cards say.
    const int digit = InstrumentWidget::digitKey(event->key()) - Qt::Key_1;
    QAbstractButton *card = m_group->button(digit);
    if (!card || run().isFinished() || (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        MusicTaskScreen::keyPressEvent(event);
        return;
    }
    card->setFocus();
    card->click();
    event->accept();
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
    connect(
        &sound(), &SoundService::playbackFinished, shape,
        [shape] {
            if (auto *row = qobject_cast<NoteRowWidget *>(shape))
                row->setLit(-1);
            else if (auto *grid = qobject_cast<RhythmGridWidget *>(shape))
                grid->setCurrent(-1);
        },
        Qt::SingleShotConnection);
}

QString ListenIdentifyScreen::resultCaption(const Evaluation &evaluation) const
{
    if (evaluation.success)
        return tr("You heard it right.");
    //: After a wrong pick: the right card is shown with a green tick and plays
    return tr("It was the one with the green tick. Listen!");
}

void ListenIdentifyScreen::markVerdict(int index, bool right)
{
    QAbstractButton *card = m_group->button(index);
    if (!card)
        return;
    card->setProperty("verdict", right ? QStringLiteral("right") : QStringLiteral("wrong"));
    card->setStyleSheet(right ? cardStyle(QStringLiteral("6px solid #2E7D32"), QStringLiteral("#E8F5E9"))
                              : cardStyle(QStringLiteral("6px solid #D32F2F"), QStringLiteral("#FFEBEE")));
    auto *sign = new QLabel(right ? QStringLiteral("\u2714") : QStringLiteral("\u2718"), card);
    sign->setObjectName(QStringLiteral("verdict%1").arg(index));
    sign->setAttribute(Qt::WA_TransparentForMouseEvents);
    sign->setStyleSheet(QStringLiteral("font-size: 40px; font-weight: bold; background: transparent; color: %1;")
                            .arg(right ? QStringLiteral("#2E7D32") : QStringLiteral("#D32F2F")));
    static_cast<QHBoxLayout *>(card->layout())->insertWidget(1, sign);
    sign->show();
}

void ListenIdentifyScreen::prepareResult(const Evaluation &evaluation)
{
    m_picked = m_group->checkedId();
    const int right = rightChoice();
    // The picked card (and, after a wrong pick, the right one beside it) on the result page.
    QList<int> shown { m_picked };
    if (!evaluation.success && right != m_picked)
        shown.append(right);
    auto *row = new QHBoxLayout;
    row->setSpacing(24);
    row->addStretch();
    for (int index : shown) {
        QAbstractButton *card = m_group->button(index);
        if (!card)
            continue;
        markVerdict(index, index == right);
        // The key digits no longer pick anything here.
        if (auto *digit = card->findChild<QLabel *>(QStringLiteral("key%1").arg(index)))
            digit->hide();
        card->setMinimumWidth(420);
        row->addWidget(card);
        card->show();
    }
    row->addStretch();
    resultExtraLayout()->addLayout(row);
    // A wrong answer always plays the right one, its notes lit as they sound.
    if (!evaluation.success && right >= 0)
        playChoice(right);
}

} // namespace stages::music
