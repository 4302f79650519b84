#include "exercises/framework/view/exercisescreen.h"
#include "exercises/framework/view/exercisescreenparts.h"

#include "exercises/framework/exercisewords.h"
#include "exercises/framework/latticepathstructure.h"
#include "exercises/framework/session/outcome.h"
#include "exercises/framework/session/resultreview.h"
#include "exercises/framework/speech/speaker.h"
#include "exercises/framework/view/elementvoice.h"
#include "exercises/framework/view/feedbackoverlay.h"
#include "exercises/framework/view/hintpresenter.h"
#include "exercises/framework/view/itemrowwidget.h"
#include "exercises/framework/view/latticegridwidget.h"
#include "exercises/framework/view/numberpad.h"
#include "exercises/framework/view/pagestack.h"
#include "exercises/framework/view/rowflow.h"
#include "exercises/framework/view/rulecard.h"
#include "exercises/framework/view/rulechoicepage.h"
#include "exercises/framework/view/samerowspanel.h"
#include "exercises/framework/view/screenlook.h"
#include "exercises/framework/view/speakbutton.h"
#include "exercises/framework/view/tokenbutton.h"

#include <QBoxLayout>
#include <QHash>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>

#include <algorithm>

namespace stages {

using namespace ExerciseScreenParts;

namespace {

/// The narrowest screen a pupil's exercise must fit (1024x600).
constexpr int kNarrowestScreen = 1024;

ItemRowWidget::Mark rowMark(ResultReview::Mark mark)
{
    switch (mark) {
    case ResultReview::Mark::Found:
        return ItemRowWidget::Mark::Found;
    case ResultReview::Mark::Missing:
        return ItemRowWidget::Mark::Missing;
    case ResultReview::Mark::None:
        break;
    }
    return ItemRowWidget::Mark::None;
}

} // namespace

ExerciseScreen::ExerciseScreen(const ExerciseEngine &engine, const Exercise &exercise, const Clock &clock,
                               QWidget *parent)
    : TaskScreen(parent)
{
    setObjectName(QStringLiteral("exerciseScreen"));
    setFocusPolicy(Qt::StrongFocus);
    m_run = new ExerciseRun(engine, exercise, clock, this);
    m_tokens = m_run->palette();
    // Arrangements on a circle are drawn as beads on a ring, so "turning gives the same one" shows.
    if (!exercise.isNull()) {
        const QList<SamenessRule> rules = exercise.structure->rules();
        m_ring = rules.contains(SamenessRule::TurnIsSame) || rules.contains(SamenessRule::TurnOrFlipIsSame);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 4, 12, 6);
    layout->setSpacing(6);

    auto *header = m_header = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("taskIcon"));
    icon->setPixmap(ScreenLook::taskIcon(exercise.task, devicePixelRatioF()));
    header->addWidget(icon);
    m_instruction = new QLabel(instruction(*m_run), this);
    m_instruction->setObjectName(QStringLiteral("instruction"));
    m_instruction->setStyleSheet(QStringLiteral("font-size: 30px; font-weight: bold; color: #263238;"));
    m_instruction->setWordWrap(true);
    // The instruction, and under it the rule that decides when two rows are the same.
    auto *words = new QVBoxLayout;
    words->setSpacing(2);
    words->addWidget(m_instruction);
    m_rule = new QLabel(ruleText(*m_run), this);
    m_rule->setObjectName(QStringLiteral("ruleText"));
    m_rule->setWordWrap(true);
    m_rule->setStyleSheet(QStringLiteral("font-size: 19px; color: #37474F; background: #FFF8E1; border-radius: 10px;"
                                         " padding: 2px 12px;"));
    m_rule->setVisible(!m_rule->text().isEmpty());
    words->addWidget(m_rule);
    header->addLayout(words, 1);
    // For children who cannot read: one speaker button beside the instruction and the rule
    // (beside both, so the header keeps its height at 1024x600), F1 from the keyboard.
    header->addWidget(makeSpeakButton(spokenWords()), 0, Qt::AlignVCenter);
    m_counter = new QLabel(this);
    m_counter->setObjectName(QStringLiteral("counter"));
    m_counter->setStyleSheet(QStringLiteral("font-size: 28px; font-weight: bold; color: #2E7D32;"
                                            " background: #E8F5E9; border-radius: 16px; padding: 6px 18px;"));
    layout->addLayout(header);

    // count-starting: the first place holds the element, the rest are empty boxes.
    if (m_run->prompt().contains(QStringLiteral("symbol")) && m_run->itemLength() > 0) {
        Item start(m_run->itemLength(), -1);
        start[0] = m_run->prompt().value(QStringLiteral("element")).toInt();
        // Beside the instruction, which keeps at least half the header: a long row (a bar of ten
        // cells) gets smaller boxes; only its first one holds something to look at.
        const int slot = std::clamp(340 / int(start.size()) - 6, 28, 56);
        auto *starting = makeRow(start, slot, this);
        starting->setObjectName(QStringLiteral("startElement"));
        header->insertWidget(2, starting);
    }

    m_pages = new PageStack(this);
    m_pages->addWidget(buildWorkPage());
    m_pages->addWidget(buildResultPage());
    layout->addWidget(m_pages, 1);
    presentRule();

    auto *footer = new QHBoxLayout;
    m_hint = ScreenLook::bigButton(tr("Hint"), QStringLiteral("hintButton"), QStringLiteral("#FFB300"), this);
    //: The pupil has finished the exercise
    m_done = ScreenLook::bigButton(tr("I'm done"), QStringLiteral("doneButton"), QStringLiteral("#2E7D32"), this);
    m_map = ScreenLook::bigButton(tr("Map"), QStringLiteral("mapButton"), QStringLiteral("#546E7A"), this);
    m_next = ScreenLook::bigButton(tr("Next"), QStringLiteral("nextButton"), QStringLiteral("#1565C0"), this);
    m_map->hide();
    m_next->hide();
    footer->addWidget(m_hint);
    footer->addWidget(m_map);
    // How many so far, between the buttons: the header keeps its width for the words.
    footer->addStretch();
    footer->addWidget(m_counter);
    footer->addStretch();
    footer->addWidget(m_done);
    footer->addWidget(m_next);
    layout->addLayout(footer);
    connect(m_hint, &QPushButton::clicked, this, [this] { m_hints->show(); });
    connect(m_done, &QPushButton::clicked, this, &ExerciseScreen::finish);
    connect(m_next, &QPushButton::clicked, this, &ExerciseScreen::nextRequested);
    connect(m_map, &QPushButton::clicked, this, &ExerciseScreen::mapRequested);

    m_feedback = new FeedbackOverlay(this);
    m_hints = std::make_unique<HintPresenter>(*this);
    m_twins = new SameRowsPanel(this);
    m_clearTimer = new QTimer(this);
    m_clearTimer->setSingleShot(true);
    m_clearTimer->setInterval(700);
    connect(m_clearTimer, &QTimer::timeout, this, [this] {
        if (m_run->draftComplete() && m_run->answerKind() == ExerciseRun::AnswerKind::Rows)
            m_run->clearDraft();
    });

    connect(m_run, &ExerciseRun::draftChanged, this, &ExerciseScreen::refreshDraft);
    connect(m_run, &ExerciseRun::rowsChanged, this, &ExerciseScreen::refreshRows);
    connect(m_run, &ExerciseRun::numberChanged, this, &ExerciseScreen::refreshNumber);
    connect(m_run, &ExerciseRun::choiceChanged, this, &ExerciseScreen::refreshChoice);
    // Lattice paths: the path on its grid beside the arrows.
    if (const auto *paths = dynamic_cast<const LatticePathStructure *>(exercise.structure.get()))
        setShapeView(new LatticeGridWidget(paths->a(), paths->b(), this));
    connect(m_run, &ExerciseRun::ruleChosen, this, [this] {
        presentRule();
        m_pages->setCurrentIndex(0);
        m_hint->show();
        m_done->show();
        refreshCounter();
        if (!m_palette.isEmpty())
            m_palette.first()->setFocus();
    });
    if (m_run->needsRuleChoice()) {
        // "create": first a rule from the picture cards, then the rows.
        m_ruleChoice = new RuleChoicePage(*m_run, m_pages);
        m_pages->addWidget(m_ruleChoice);
        m_pages->setCurrentWidget(m_ruleChoice);
        m_hint->hide();
        m_done->hide();
    }
    refreshDraft();
    refreshRows();
    refreshNumber();
    refreshChoice();
}

ExerciseScreen::~ExerciseScreen() = default;

QString ExerciseScreen::instruction(const ExerciseRun &run)
{
    const QString words = ExerciseWords::instruction(run.exercise(), run.prompt());
    return words.isEmpty() ? tr("Let's play") : words;
}

QString ExerciseScreen::ruleText(const ExerciseRun &run)
{
    return ExerciseWords::rule(run.exercise());
}

void ExerciseScreen::presentRule()
{
    // "create": the element the rule names stands after the words (starts with ●), and a picked
    // rule keeps its card in sight while the rows are built.
    delete std::exchange(m_ruleElement, nullptr);
    delete std::exchange(m_ruleCard, nullptr);
    const auto rule = m_run->createRule();
    if (!rule)
        return;
    m_instruction->setText(ExerciseWords::createInstruction(*rule, m_run->targetCount()));
    setSpeech(spokenWords());
    const int symbol = RuleChoicePage::ruleSymbol(*m_run, *rule);
    if (symbol >= 0) {
        m_ruleElement = new ItemRowWidget(this);
        m_ruleElement->setObjectName(QStringLiteral("ruleElement"));
        m_ruleElement->setElements(m_run->elements());
        m_ruleElement->setSlotSize(56);
        m_ruleElement->setSymbols({ symbol });
        m_header->insertWidget(2, m_ruleElement);
    }
    if (!m_run->ruleChoices().isEmpty()) {
        m_ruleCard = new RuleCard(*rule, m_run->elements(), symbol, m_run->itemLength(), this);
        m_ruleCard->setObjectName(QStringLiteral("chosenRule"));
        m_ruleCard->setCompact(true);
        m_header->addWidget(m_ruleCard);
    }
}

QString ExerciseScreen::spokenWords() const
{
    // The rule without its ●■ pictures, which a speech engine cannot read.
    const QString spokenRule = ExerciseWords::rule(m_run->exercise(), true);
    return spokenRule.isEmpty() ? m_instruction->text() : m_instruction->text() + QLatin1Char('\n') + spokenRule;
}

QList<int> ExerciseScreen::symbolsOf(const Item &values) const
{
    QList<int> symbols;
    for (int i = 0; i < values.size(); ++i)
        symbols.append(m_run->symbolOf(i, values.at(i)));
    return symbols;
}

ItemRowWidget *ExerciseScreen::makeRow(const Item &values, int slotSize, QWidget *parent) const
{
    auto *row = new ItemRowWidget(parent);
    row->setElements(m_run->elements());
    row->setRing(m_ring && values.size() > 2);
    row->setSlotSize(slotSize);
    row->setSymbols(symbolsOf(values));
    return row;
}

void ExerciseScreen::fillFlow(RowFlow *flow, QList<ItemRowWidget *> &widgets, const ItemList &items, bool bySystem,
                              const QJsonArray &elements)
{
    QList<ItemRowWidget *> rows;
    QList<int> groups;
    for (int i = 0; i < items.size(); ++i) {
        ItemRowWidget *row = makeRow(items.at(i), kListSlot, flow);
        row->setObjectName(QStringLiteral("row%1").arg(i));
        if (!elements.isEmpty())
            row->setElements(elements);
        rows.append(row);
        // The systematic view: one column per first element (a tree's first branching).
        if (bySystem && !items.at(i).isEmpty())
            groups.append(items.at(i).first());
    }
    flow->setRows(rows, groups);
    widgets = rows;
}

void ExerciseScreen::playRow(ItemRowWidget *row)
{
    if (!m_voice || !row)
        return;
    const QList<int> symbols = row->symbols();
    QPointer<ItemRowWidget> guarded(row);
    // Each token is outlined while it sounds.
    m_voice->playRow(symbols, [guarded](int step) {
        if (guarded)
            guarded->setHighlightedSlot(step);
    });
}

QList<RowFlow *> ExerciseScreen::rowFlows() const
{
    QList<RowFlow *> flows;
    for (RowFlow *flow : { m_givenFlow, m_rowsFlow, m_choiceFlow, m_resultFlow }) {
        if (flow)
            flows.append(flow);
    }
    return flows;
}

void ExerciseScreen::setVoice(std::unique_ptr<ElementVoice> voice)
{
    m_voice = std::move(voice);
    const bool heard = m_voice != nullptr;
    if (m_playDraft)
        m_playDraft->setVisible(heard);
    for (ItemRowWidget *row : m_givenWidgets)
        row->setClickable(heard || m_run->answerKind() == ExerciseRun::AnswerKind::Choice);
    refreshRows();
}

int ExerciseScreen::paletteIndexForKey(int digit) const
{
    // A token showing that very digit first (digit tiles), else the digit-th token.
    const QJsonArray elements = m_run->paletteElements();
    for (int i = 0; i < m_tokens.size(); ++i) {
        const QJsonObject element = elements.at(m_tokens.at(i).symbol).toObject();
        if (hasTextFace(element) && element.value(QStringLiteral("symbol")).toString() == QString::number(digit))
            return i;
    }
    if (digit < 1 || digit > m_palette.size() || hasTextFace(elements.at(m_tokens.at(digit - 1).symbol).toObject()))
        return -1;
    return digit - 1;
}

void ExerciseScreen::paletteClicked(int index)
{
    if (index < 0 || index >= m_tokens.size() || m_run->isFinished())
        return;
    if (m_run->answerKind() == ExerciseRun::AnswerKind::Rows && m_run->draftComplete())
        m_run->clearDraft(); // a refused row is still showing: start the next one
    const ExerciseRun::PaletteToken &token = m_tokens.at(index);
    if (!m_run->place(token)) {
        m_answer->shake();
        return;
    }
    if (m_voice)
        m_voice->playElement(token.symbol);
    if (m_run->answerKind() == ExerciseRun::AnswerKind::Rows && m_run->draftComplete())
        submitDraft();
}

void ExerciseScreen::placeToken(int slot, int index)
{
    if (index < 0 || index >= m_tokens.size() || m_run->isFinished())
        return;
    if (!m_run->placeAt(slot, m_tokens.at(index))) {
        m_answer->shake();
        return;
    }
    if (m_voice)
        m_voice->playElement(m_tokens.at(index).symbol);
    if (m_run->answerKind() == ExerciseRun::AnswerKind::Rows && m_run->draftComplete())
        submitDraft();
}

void ExerciseScreen::submitDraft()
{
    m_answer->setGhost({});
    const ExerciseRun::RowResult r = m_run->submitDraft();
    switch (r.verdict) {
    case ExerciseRun::RowVerdict::Incomplete:
        m_answer->shake();
        return;
    case ExerciseRun::RowVerdict::Accepted: {
        static const char *const cheers[]
            = { QT_TR_NOOP("Great!"), QT_TR_NOOP("Yes!"), QT_TR_NOOP("Super!"), QT_TR_NOOP("Well done!") };
        m_feedback->showMessage(tr(cheers[m_greeting++ % 4]), FeedbackOverlay::Mood::Good, 900);
        if (!m_rowWidgets.isEmpty()) {
            m_rowWidgets.last()->flash(QColor(QStringLiteral("#66BB6A")));
            playRow(m_rowWidgets.last()); // music: the new row is heard as a little tune
        }
        return;
    }
    case ExerciseRun::RowVerdict::Duplicate:
        m_answer->shake();
        if (r.twinRow >= 0 && r.twinRow < m_rowWidgets.size())
            m_rowWidgets.at(r.twinRow)->flash(QColor(QStringLiteral("#FB8C00")));
        if (r.twinGiven >= 0 && r.twinGiven < m_givenWidgets.size())
            m_givenWidgets.at(r.twinGiven)->flash(QColor(QStringLiteral("#FB8C00")));
        m_feedback->showMessage(tr("You have this one already!"), FeedbackOverlay::Mood::TryAgain);
        showTwins(r);
        break;
    case ExerciseRun::RowVerdict::Invalid:
        m_answer->shake();
        m_feedback->showMessage(tr("This one does not fit. Try another!"), FeedbackOverlay::Mood::TryAgain);
        break;
    case ExerciseRun::RowVerdict::BreaksRule:
        m_answer->shake();
        m_feedback->showMessage(tr("This one breaks the rule!"), FeedbackOverlay::Mood::TryAgain);
        break;
    }
    m_clearTimer->start();
}

void ExerciseScreen::showTwins(const ExerciseRun::RowResult &result)
{
    // The two rows side by side, and why they count as one.
    Item twin;
    if (result.twinRow >= 0 && result.twinRow < m_run->rows().size())
        twin = m_run->rows().at(result.twinRow);
    else if (result.twinGiven >= 0 && result.twinGiven < m_run->givenItems().size())
        twin = m_run->givenItems().at(result.twinGiven);
    if (twin.isEmpty())
        return;
    const Item tried = m_run->draft();
    // Near the top, under the words: clear of the "already" message in the middle and of the
    // palette below.
    const int top = m_rule->mapTo(this, QPoint(0, m_rule->height())).y() + 8;
    const QPoint centre(width() / 2, top + m_twins->sizeHint().height() / 2);
    m_twins->present(m_run->elements(), symbolsOf(tried), symbolsOf(twin), m_ring,
                     ExerciseWords::sameBecause(m_run->exercise(), tried, twin), centre);
}

void ExerciseScreen::refreshDraft()
{
    if (!m_answer)
        return;
    m_answer->setSymbols(symbolsOf(m_run->draft()));
    m_done->setEnabled(!m_run->isFinished());
    refreshShape();
}

void ExerciseScreen::setShapeView(RowShapeView *view)
{
    delete m_shape;
    m_shape = view;
    if (!m_shape)
        return;
    if (!m_shapeLine) { // nothing is built here (choosing a row): no picture of one
        m_shape->hide();
        return;
    }
    // Beside the row, unless the two would be too wide for the smallest screen: then beside the
    // rows found.
    const int beside = m_answer ? m_answer->sizeHint().width() + m_shape->sizeHint().width() + 3 * 64 + 60 : 0;
    if (m_answer && m_foundLine && beside > kNarrowestScreen)
        m_foundLine->addWidget(m_shape, 0, Qt::AlignVCenter);
    else
        m_shapeLine->insertWidget(m_shapeIndex, m_shape);
    // Under a long shown list (find-missing) the list needs the height: the picture beside the
    // row to make is no taller than that row and a little.
    if (m_answer && m_run->givenItems().size() > 8 && !m_ring)
        m_shape->setMaximumHeight(
            std::max(m_answer->sizeHint().height() + 24, m_shape->minimumSizeHint().height()));
    refreshShape();
}

void ExerciseScreen::refreshShape()
{
    if (!m_shape)
        return;
    // Building: the row being built. Counting: the example row (the hint changes it).
    m_shape->showRow(m_answer ? m_run->draft() : m_run->allItems().value(0));
    m_shape->showFound(m_run->rows());
}

void ExerciseScreen::refreshRows()
{
    if (m_rowsFlow) {
        fillFlow(m_rowsFlow, m_rowWidgets, m_run->rows(), false);
        for (ItemRowWidget *row : m_rowWidgets) {
            row->setClickable(m_voice != nullptr);
            connect(row, &ItemRowWidget::clicked, this, [this, row] { playRow(row); });
        }
    }
    refreshShape();
    refreshCounter();
}

void ExerciseScreen::refreshCounter()
{
    const int found = int(m_run->rows().size());
    const int target = m_run->targetCount();
    const QString task = m_run->exercise().task;
    if (m_run->answerKind() != ExerciseRun::AnswerKind::Rows) {
        m_counter->hide();
        return;
    }
    if (task == QLatin1String("create") && target >= 0 && found <= target)
        //: How many rows of their own the pupil has made, of how many asked
        m_counter->setText(tr("%1 of %2 made").arg(found).arg(target));
    else if (task == QLatin1String("create"))
        // More than asked is fine in "create": never "4 of 3 made" (issue 14, point 12).
        //: Rows of their own the pupil made, when that is as many as asked or more (or none was asked)
        m_counter->setText(tr("%n made", nullptr, found));
    else if (target >= 0)
        //: Rows found so far, of how many there are
        m_counter->setText(tr("%1 of %2 found").arg(found).arg(target));
    else
        m_counter->setText(tr("%n found", nullptr, found));
}

void ExerciseScreen::refreshNumber()
{
    if (m_numberPad)
        m_numberPad->setNumber(m_run->number());
}

void ExerciseScreen::refreshChoice()
{
    if (m_run->answerKind() != ExerciseRun::AnswerKind::Choice)
        return;
    const QList<ItemRowWidget *> &choices = m_choiceWidgets.isEmpty() ? m_givenWidgets : m_choiceWidgets;
    for (int i = 0; i < choices.size(); ++i)
        choices.at(i)->setMark(i == m_run->choice() ? ItemRowWidget::Mark::Chosen : ItemRowWidget::Mark::None);
}

void ExerciseScreen::finish()
{
    if (m_run->isFinished())
        return;
    m_clearTimer->stop();
    m_run->finish();
    showResult();
    emit finished();
}

bool ExerciseScreen::showsResult() const
{
    return m_pages->currentIndex() == 1;
}

void ExerciseScreen::setResultNote(const QString &text)
{
    m_resultNote->setText(text);
}

void ExerciseScreen::showResult()
{
    const Evaluation &e = m_run->result();
    const int stars = Outcome::stars(e);
    m_resultStars->setText(QString(stars, QChar(0x2605)) + QString(3 - stars, QChar(0x2606)));
    m_resultTitle->setText(e.success ? tr("Well done!") : tr("Good try!"));
    m_resultTitle->setStyleSheet(QStringLiteral("font-size: 34px; font-weight: bold; color: %1;")
                                     .arg(e.success ? QStringLiteral("#2E7D32") : QStringLiteral("#E65100")));

    const ResultReview review = ResultReview::of(*m_run);
    m_resultCaption->setText(review.caption);
    m_resultFlow->setSlotRange(18, review.largestSlot);
    fillFlow(m_resultFlow, m_resultWidgets, review.rows, review.bySystem,
             review.paletteLook ? m_run->paletteElements() : QJsonArray());
    for (int i = 0; i < m_resultWidgets.size(); ++i) {
        ItemRowWidget *row = m_resultWidgets.at(i);
        row->setMark(rowMark(review.marks.value(i)));
        row->setClickable(m_voice != nullptr);
        connect(row, &ItemRowWidget::clicked, this, [this, row] { playRow(row); });
    }
    // In music the right answer is also heard.
    if (m_voice && !e.success && !m_resultWidgets.isEmpty() && !review.bySystem)
        playRow(m_resultWidgets.first());

    m_pages->setCurrentIndex(1);
    m_hint->hide();
    m_done->hide();
    m_counter->hide();
    presentResultButtons();
    m_feedback->showMessage(e.success ? tr("Well done!") : tr("Good try!"),
                            e.success ? FeedbackOverlay::Mood::Great : FeedbackOverlay::Mood::Good, 1600);
}

void ExerciseScreen::keyPressEvent(QKeyEvent *event)
{
    if (m_run->isFinished())
        return QWidget::keyPressEvent(event);
    const int key = event->key();
    if (m_ruleChoice && m_run->needsRuleChoice()) {
        if (key >= Qt::Key_1 && key <= Qt::Key_9)
            m_ruleChoice->pick(key - Qt::Key_1);
        return QWidget::keyPressEvent(event);
    }
    const ExerciseRun::AnswerKind kind = m_run->answerKind();
    if (key >= Qt::Key_0 && key <= Qt::Key_9) {
        const int digit = key - Qt::Key_0;
        if (kind == ExerciseRun::AnswerKind::Number) {
            m_numberButtons.value(digit == 0 ? 9 : digit - 1)->click();
        } else if (kind == ExerciseRun::AnswerKind::Choice) {
            if (digit >= 1)
                m_run->choose(digit - 1);
        } else if (const int index = paletteIndexForKey(digit); index >= 0) {
            m_palette.at(index)->setFocus();
            paletteClicked(index);
        }
        return;
    }
    switch (key) {
    case Qt::Key_Backspace:
        if (kind == ExerciseRun::AnswerKind::Number) {
            m_numberButtons.last()->click();
        } else if (m_answer) {
            const Item &draft = m_run->draft();
            for (int i = int(draft.size()) - 1; i >= 0; --i) {
                if (draft.at(i) >= 0) {
                    m_run->clearSlot(i);
                    break;
                }
            }
        }
        return;
    case Qt::Key_Escape:
        if (m_answer)
            m_run->clearDraft();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (kind == ExerciseRun::AnswerKind::Rows && m_run->draftComplete())
            submitDraft();
        else if (m_run->hasAnswer())
            finish();
        return;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void ExerciseScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    readAloudOnce();
    focusFirstPart(Qt::OtherFocusReason);
}

void ExerciseScreen::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    if (hasFocus())
        focusFirstPart(event->reason());
}

void ExerciseScreen::focusFirstPart(Qt::FocusReason reason)
{
    if (m_ruleChoice && m_run->needsRuleChoice() && !m_ruleChoice->cards().isEmpty())
        m_ruleChoice->cards().first()->setFocus(reason);
    else if (!m_palette.isEmpty() && !m_run->isFinished())
        m_palette.first()->setFocus(reason);
}

} // namespace stages
