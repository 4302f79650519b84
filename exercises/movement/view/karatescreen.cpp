#include "exercises/movement/view/karatescreen.h"

#include "exercises/framework/view/feedbackoverlay.h"
#include "exercises/framework/view/itemrowwidget.h"
#include "exercises/framework/view/screenlook.h"
#include "exercises/framework/view/speakbutton.h"
#include "exercises/framework/view/tokenbutton.h"
#include "exercises/movement/view/karatefigurewidget.h"
#include "exercises/movement/view/karaterun.h"

#include <QBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>

namespace stages::movement {

namespace {

constexpr int kSlot = 76;

} // namespace

KarateScreen::KarateScreen(const ExerciseEngine &engine, const Exercise &exercise, const Clock &clock, QWidget *parent)
    : TaskScreen(parent)
{
    setObjectName(QStringLiteral("karateScreen"));
    setFocusPolicy(Qt::StrongFocus);
    m_run = new KarateRun(engine, exercise, clock, this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 4, 12, 6);
    layout->setSpacing(6);
    //: Karate combination: the pupil makes one row of moves, then watches a figure perform it
    m_instruction = new QLabel(tr("Make your own karate combination!"), this);
    m_instruction->setObjectName(QStringLiteral("instruction"));
    m_instruction->setWordWrap(true);
    m_instruction->setStyleSheet(QStringLiteral("font-size: 30px; font-weight: bold; color: #263238;"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_instruction, 1);
    layout->addLayout(top);
    const auto rule = m_run->rule();
    //: Under the karate instruction: what to do once the row is full
    QString how = tr("Fill the boxes with moves. Then tap \u201CWatch\u201D!");
    if (rule && rule->kind == CreateRule::Kind::NoNeighbourRepeat)
        //: Under the karate instruction, with the rule the combination must follow
        how = tr("No move twice side by side. Then tap \u201CWatch\u201D!");
    m_rule = new QLabel(how, this);
    m_rule->setObjectName(QStringLiteral("ruleText"));
    m_rule->setWordWrap(true);
    m_rule->setStyleSheet(QStringLiteral("font-size: 19px; color: #37474F; background: #FFF8E1; border-radius: 10px;"
                                         " padding: 2px 12px;"));
    layout->addWidget(m_rule);
    // For non-readers: the instruction and what to do, read aloud (hidden where nothing speaks).
    top->addWidget(makeSpeakButton(m_instruction->text() + QLatin1Char('\n') + how), 0, Qt::AlignVCenter);

    auto *middle = new QHBoxLayout;
    m_figure = new KarateFigureWidget(this);
    middle->addWidget(m_figure, 2);
    auto *work = new QVBoxLayout;
    work->addStretch();
    auto *answerLine = new QHBoxLayout;
    answerLine->addStretch();
    m_answer = new ItemRowWidget(this);
    m_answer->setObjectName(QStringLiteral("answerRow"));
    m_answer->setElements(m_run->elements());
    m_answer->setSlotSize(m_run->itemLength() > 5 ? 64 : kSlot);
    m_answer->setEditable(true);
    connect(m_answer, &ItemRowWidget::slotClicked, m_run, &ExerciseRun::clearSlot);
    connect(m_answer, &ItemRowWidget::tokenDropped, this, [this](int slot, int index) {
        const QList<ExerciseRun::PaletteToken> tokens = m_run->palette();
        if (index >= 0 && index < tokens.size())
            m_run->placeAt(slot, tokens.at(index));
    });
    answerLine->addWidget(m_answer);
    m_clear = new QPushButton(QStringLiteral("\u21BA"), this);
    m_clear->setObjectName(QStringLiteral("clearButton"));
    m_clear->setToolTip(tr("Empty the row"));
    m_clear->setAccessibleName(tr("Empty the row"));
    m_clear->setFixedSize(64, 64);
    m_clear->setStyleSheet(QStringLiteral("QPushButton { font-size: 30px; border-radius: 32px; background: #ECEFF1; }"
                                          "QPushButton:focus { border: 3px solid #1E88E5; }"));
    connect(m_clear, &QPushButton::clicked, m_run, &ExerciseRun::clearDraft);
    answerLine->addWidget(m_clear);
    answerLine->addStretch();
    work->addLayout(answerLine);

    m_paletteBox = new QWidget(this);
    m_paletteBox->setObjectName(QStringLiteral("palette"));
    auto *palette = new QGridLayout(m_paletteBox);
    palette->setSpacing(10);
    const QJsonArray elements = m_run->elements();
    const QList<ExerciseRun::PaletteToken> tokens = m_run->palette();
    for (int i = 0; i < tokens.size(); ++i) {
        auto *button = new TokenButton(i, elements.at(tokens.at(i).symbol).toObject(), m_paletteBox);
        button->setObjectName(QStringLiteral("token%1").arg(i));
        button->setTokenSize(76);
        button->setShortcutText(QString::number(i + 1));
        connect(button, &TokenButton::clicked, this, [this, i] {
            if (!m_run->place(m_run->palette().at(i)))
                m_answer->shake();
        });
        palette->addWidget(button, i / 3, i % 3);
        m_palette.append(button);
    }
    auto *paletteLine = new QHBoxLayout;
    paletteLine->addStretch();
    paletteLine->addWidget(m_paletteBox);
    paletteLine->addStretch();
    work->addLayout(paletteLine);
    work->addStretch();
    middle->addLayout(work, 3);
    layout->addLayout(middle, 1);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("resultNote"));
    m_note->setAlignment(Qt::AlignCenter);
    m_note->setStyleSheet(QStringLiteral("font-size: 18px; color: #546E7A;"));
    m_note->hide();
    layout->addWidget(m_note);

    auto *footer = new QHBoxLayout;
    //: Button: the figure performs the pupil's karate combination
    m_watch = ScreenLook::bigButton(QStringLiteral("\u25B6 ") + tr("Watch"), QStringLiteral("watchButton"),
                                    QStringLiteral("#8E24AA"), this);
    m_done = ScreenLook::bigButton(tr("I'm done"), QStringLiteral("doneButton"), QStringLiteral("#2E7D32"), this);
    m_map = ScreenLook::bigButton(tr("Map"), QStringLiteral("mapButton"), QStringLiteral("#546E7A"), this);
    m_next = ScreenLook::bigButton(tr("Next"), QStringLiteral("nextButton"), QStringLiteral("#1565C0"), this);
    m_map->hide();
    m_next->hide();
    footer->addWidget(m_watch);
    footer->addWidget(m_map);
    footer->addStretch();
    footer->addWidget(m_done);
    footer->addWidget(m_next);
    layout->addLayout(footer);
    connect(m_watch, &QPushButton::clicked, this, &KarateScreen::watch);
    connect(m_done, &QPushButton::clicked, this, &KarateScreen::finish);
    connect(m_next, &QPushButton::clicked, this, &KarateScreen::nextRequested);
    connect(m_map, &QPushButton::clicked, this, &KarateScreen::mapRequested);

    m_feedback = new FeedbackOverlay(this);
    connect(m_run, &ExerciseRun::draftChanged, this, &KarateScreen::refresh);
    connect(m_figure, &KarateFigureWidget::currentMoveChanged, m_answer, &ItemRowWidget::setHighlightedSlot);
    refresh();
}

KarateScreen::~KarateScreen() = default;

AttemptRecord KarateScreen::toAttempt() const
{
    return m_run->toAttempt();
}

void KarateScreen::setResultNote(const QString &text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

void KarateScreen::refresh()
{
    QList<int> symbols;
    for (int i = 0; i < m_run->draft().size(); ++i)
        symbols.append(m_run->symbolOf(i, m_run->draft().at(i)));
    m_answer->setSymbols(symbols);
    m_figure->setMoves(m_run->moveKeys());
    m_watch->setEnabled(!m_run->moveKeys().isEmpty());
    m_done->setEnabled(!m_finished && m_run->draftComplete());
}

void KarateScreen::watch()
{
    m_figure->play();
}

void KarateScreen::finish()
{
    if (m_finished || !m_run->draftComplete())
        return;
    const Evaluation e = m_run->evaluate();
    if (!e.success) {
        // A combination that breaks the rule: say so and let the pupil fix it.
        m_answer->shake();
        m_feedback->showMessage(tr("This one breaks the rule!"), FeedbackOverlay::Mood::TryAgain);
        return;
    }
    m_run->finish();
    m_finished = true;
    m_answer->setEditable(false);
    m_paletteBox->hide();
    m_clear->hide();
    m_done->hide();
    //: After finishing a karate combination
    m_instruction->setText(tr("Your combination, kept for your teacher!"));
    //: After finishing a karate combination: it can be watched again
    m_rule->setText(tr("Tap \u201CWatch\u201D to see it again."));
    setSpeech(m_instruction->text() + QLatin1Char('\n') + m_rule->text());
    presentResultButtons();
    m_feedback->showMessage(tr("Well done!"), FeedbackOverlay::Mood::Great, 1600);
    emit finished();
    m_figure->play();
}

void KarateScreen::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (!m_finished && key >= Qt::Key_1 && key <= Qt::Key_9) {
        const int index = key - Qt::Key_1;
        if (index < m_palette.size())
            m_palette.at(index)->click();
        return;
    }
    if (!m_finished && key == Qt::Key_Backspace) {
        for (int i = int(m_run->draft().size()) - 1; i >= 0; --i) {
            if (m_run->draft().at(i) >= 0) {
                m_run->clearSlot(i);
                break;
            }
        }
        return;
    }
    if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        if (!m_finished)
            finish();
        return;
    }
    if (key == Qt::Key_Space) {
        watch();
        return;
    }
    TaskScreen::keyPressEvent(event);
}

void KarateScreen::showEvent(QShowEvent *event)
{
    TaskScreen::showEvent(event);
    readAloudOnce();
}

} // namespace stages::movement
