// ExerciseScreen, part two: building its pages (the work page with the shown rows, the row being
// built, the palette or number pad; the result page). Behaviour is in exercisescreen.cpp.

#include "exercises/framework/view/exercisescreen.h"
#include "exercises/framework/view/exercisescreenparts.h"

#include "exercises/framework/view/itemrowwidget.h"
#include "exercises/framework/view/numberpad.h"
#include "exercises/framework/view/ringcontrols.h"
#include "exercises/framework/view/rowflow.h"
#include "exercises/framework/view/tokenbutton.h"
#include "exercises/framework/view/transferpairs.h"

#include <QBoxLayout>
#include <QHash>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
namespace stages {

using namespace ExerciseScreenParts;

namespace {

/// The smallest and largest slot size of a set of shown rows.
struct SlotRange
{
    int smallest;
    int largest;
};

} // namespace

QWidget *ExerciseScreen::buildWorkPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    const ExerciseRun::AnswerKind kind = m_run->answerKind();
    const QString task = m_run->exercise().task;

    // Shown rows: the given list, the rows to choose from, the row to carry to another skin.
    const ItemList given = m_run->givenItems();
    const ItemList choices = m_run->choiceItems();
    // same-in-every-row: the rows are looked at, the choices under them are tapped.
    const bool rowsAreChoices = kind == ExerciseRun::AnswerKind::Choice && choices.isEmpty();
    // A ring to carry to another skin stands beside the ring to make, not above it: two rings
    // and the pairs between them are too tall for 1024x600 one above the other.
    const bool ringBeside = task == QLatin1String("transfer") && kind == ExerciseRun::AnswerKind::Row && m_ring
        && m_run->itemLength() > 2 && given.size() == 1;
    if (!given.isEmpty()) {
        m_givenFlow = new RowFlow(page);
        m_givenFlow->setObjectName(QStringLiteral("givenRows"));
        const bool transfer = task == QLatin1String("transfer");
        const SlotRange range = transfer
            ? SlotRange { 32, kAnswerSlot }
            : (kind == ExerciseRun::AnswerKind::Choice ? SlotRange { 24, 60 } : SlotRange { 16, kListSlot });
        m_givenFlow->setSlotRange(range.smallest, range.largest);
        fillFlow(m_givenFlow, m_givenWidgets, given, false);
        for (int i = 0; i < m_givenWidgets.size(); ++i) {
            ItemRowWidget *row = m_givenWidgets.at(i);
            row->setClickable(rowsAreChoices || m_voice);
            connect(row, &ItemRowWidget::clicked, this, [this, i, row, rowsAreChoices] {
                if (rowsAreChoices)
                    m_run->choose(i);
                playRow(row);
            });
        }
        if (kind == ExerciseRun::AnswerKind::Row) {
            // The shown rows read as a list down to the arrow and the row to make.
            m_givenFlow->setColumnMajor(!transfer);
            m_givenFlow->setVerticalAlignment(Qt::AlignBottom);
        } else if (kind == ExerciseRun::AnswerKind::Choice) {
            m_givenFlow->setVerticalAlignment(Qt::AlignVCenter);
        }
        if (ringBeside) {
            // Placed in the answer line below, as big as the ring to make.
            m_givenFlow->setSlotRange(kRingSlot, kRingSlot);
            m_givenFlow->setFixedSize(ItemRowWidget::sizeFor(m_run->itemLength(), kRingSlot, true));
        } else {
            layout->addWidget(m_givenFlow, 1);
        }
        if (transfer)
            layout->addWidget(buildTransferPairs(page));
        if (ringBeside)
            layout->addStretch(1);
        if (kind == ExerciseRun::AnswerKind::Row && !ringBeside) {
            // A growing list: the shown rows in order, then the arrow to the one to make.
            auto *arrow = new QLabel(QStringLiteral("\u2193"), page);
            arrow->setAlignment(Qt::AlignCenter);
            arrow->setStyleSheet(QStringLiteral("font-size: 26px; color: #00897B;"));
            layout->addWidget(arrow);
        }
    }

    QWidget *foundBeside = nullptr; // find-missing: the few rows found go beside the row to make
    if (kind == ExerciseRun::AnswerKind::Rows) {
        auto *content = new QWidget(page);
        content->setObjectName(QStringLiteral("foundRows"));
        content->setAttribute(Qt::WA_StyledBackground);
        content->setStyleSheet(QStringLiteral("#foundRows { background: #F1F8E9; border-radius: 16px; }"));
        auto *contentLayout = new QHBoxLayout(content); // the rows, and a long row's shape beside them
        contentLayout->setContentsMargins(8, 6, 8, 6);
        m_rowsFlow = new RowFlow(content);
        m_rowsFlow->setObjectName(QStringLiteral("foundRowsFlow"));
        m_rowsFlow->setSlotRange(18, kListSlot);
        content->setMinimumHeight(48); // where the found rows go shows from the start
        contentLayout->addWidget(m_rowsFlow);
        m_foundLine = contentLayout;
        if (given.isEmpty()) {
            layout->addWidget(content, 1);
        } else {
            // find-missing: the shown list needs the height, the pupil adds only a row or two:
            // they go beside the row being made (a ring found is as tall as that line).
            content->setMinimumWidth(ItemRowWidget::sizeFor(m_run->itemLength(), 28, m_ring).width() + 16);
            content->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
            foundBeside = content;
        }
    }

    if (kind == ExerciseRun::AnswerKind::Number) {
        // What is counted: the elements, then the number pad.
        auto *elements = new QHBoxLayout;
        elements->addStretch();
        const QJsonArray all = m_run->elements();
        Item symbols;
        for (int i = 0; i < all.size(); ++i)
            symbols.append(i);
        auto *shown = new ItemRowWidget(page);
        shown->setElements(all);
        shown->setSymbols(symbols);
        shown->setSlotSize(52);
        elements->addWidget(shown);
        // predict-more: "+" and the element that joins.
        const QJsonObject joining = m_run->prompt().value(QStringLiteral("newElement")).toObject();
        if (!joining.isEmpty()) {
            auto *plus = new QLabel(QStringLiteral("+"), page);
            plus->setStyleSheet(QStringLiteral("font-size: 40px; font-weight: bold; color: #00897B;"));
            elements->addWidget(plus);
            auto *newcomer = new ItemRowWidget(page);
            newcomer->setObjectName(QStringLiteral("newElement"));
            newcomer->setElements(QJsonArray { joining });
            newcomer->setSymbols({ 0 });
            newcomer->setSlotSize(52);
            elements->addWidget(newcomer);
        }
        elements->addStretch();
        layout->addStretch();
        layout->addLayout(elements);
        // One row as an example, so the pupil sees how long a row is.
        auto *exampleLine = new QHBoxLayout;
        exampleLine->addStretch();
        //: Before one example arrangement in a counting exercise
        auto *like = new QLabel(tr("A row looks like this:"), page);
        like->setStyleSheet(QStringLiteral("font-size: 22px; color: #455A64;"));
        exampleLine->addWidget(like);
        // A ring is as tall as it is wide: smaller beads keep it under the warm-up's bar too.
        auto *example = makeRow(m_run->allItems().value(0), m_ring ? 32 : 40, page);
        example->setObjectName(QStringLiteral("exampleRow"));
        exampleLine->addWidget(example);
        exampleLine->addStretch();
        // The example's shape goes beside the shorter of the two lines: up beside the elements
        // for long rows, beside the example when many elements (points) fill their line. A ring
        // is short and tall: its picture goes beside it, where it takes no extra height.
        int elementsWidth = shown->sizeHint().width();
        if (!joining.isEmpty())
            elementsWidth += 2 * 52 + 40; // "+" and the newcomer
        const int exampleWidth = like->sizeHint().width() + example->sizeHint().width();
        m_shapeLine = example->isRing() || elementsWidth > exampleWidth ? exampleLine : elements;
        m_shapeIndex = int(m_shapeLine->count()) - 1;
        layout->addLayout(exampleLine);
        layout->addWidget(buildNumberPad());
        layout->addStretch();
        return page;
    }
    if (kind == ExerciseRun::AnswerKind::Choice) {
        if (!choices.isEmpty()) {
            m_choiceFlow = new RowFlow(page);
            m_choiceFlow->setObjectName(QStringLiteral("choiceRows"));
            m_choiceFlow->setSlotRange(40, kAnswerSlot);
            m_choiceFlow->setVerticalAlignment(Qt::AlignVCenter);
            fillFlow(m_choiceFlow, m_choiceWidgets, choices, false);
            for (int i = 0; i < m_choiceWidgets.size(); ++i) {
                ItemRowWidget *row = m_choiceWidgets.at(i);
                row->setObjectName(QStringLiteral("choice%1").arg(i));
                row->setClickable(true);
                connect(row, &ItemRowWidget::clicked, this, [this, i] { m_run->choose(i); });
            }
            auto *choiceArea = new QWidget(page);
            choiceArea->setObjectName(QStringLiteral("choiceArea"));
            choiceArea->setAttribute(Qt::WA_StyledBackground);
            choiceArea->setStyleSheet(QStringLiteral("#choiceArea { background: #E3F2FD; border-radius: 16px; }"));
            auto *choiceLayout = new QVBoxLayout(choiceArea);
            choiceLayout->setContentsMargins(8, 6, 8, 6);
            choiceLayout->addWidget(m_choiceFlow);
            choiceArea->setMinimumHeight(kAnswerSlot + 24);
            layout->addWidget(choiceArea);
        }
        return page;
    }

    auto *answerLine = new QHBoxLayout;
    answerLine->addStretch();
    m_answer = new ItemRowWidget(page);
    m_answer->setObjectName(QStringLiteral("answerRow"));
    m_answer->setElements(m_run->paletteElements());
    m_answer->setRing(m_ring);
    // Next to a long shown list (find-missing) the row to fill is a little smaller.
    // A ring is taller than a row; a long row (rhythms of 12 steps) must fit the smallest screen.
    m_answer->setSlotSize(m_ring ? kRingSlot : (given.size() > 8 ? 64 : (m_run->itemLength() > 8 ? 56 : kAnswerSlot)));
    m_answer->setEditable(true);
    connect(m_answer, &ItemRowWidget::slotClicked, m_run, &ExerciseRun::clearSlot);
    connect(m_answer, &ItemRowWidget::tokenDropped, this, &ExerciseScreen::placeToken);
    answerLine->addWidget(m_answer);
    if (foundBeside)
        answerLine->insertWidget(1, foundBeside);
    if (m_ring && m_run->itemLength() > 2) {
        m_ringControls = new RingControls(*m_run, m_answer, this, page);
        answerLine->insertWidget(answerLine->indexOf(m_answer), m_ringControls);
    }
    if (ringBeside) {
        // The ring to carry, an arrow, then the ring to make (with its turning arrows).
        answerLine->insertWidget(1, m_givenFlow);
        auto *arrow = new QLabel(QStringLiteral("\u2192"), page);
        arrow->setObjectName(QStringLiteral("transferArrow"));
        arrow->setAlignment(Qt::AlignCenter);
        arrow->setStyleSheet(QStringLiteral("font-size: 30px; color: #00897B;"));
        answerLine->insertWidget(2, arrow);
    }
    // Beside a ring's turning arrows, emptying is a cross: it must not look like one more turn.
    m_clear = new QPushButton(m_ringControls ? QStringLiteral("\u2715") : QStringLiteral("\u21BA"), page);
    m_clear->setObjectName(QStringLiteral("clearButton"));
    m_clear->setToolTip(tr("Empty the row"));
    m_clear->setAccessibleName(tr("Empty the row"));
    m_clear->setFixedSize(64, 64);
    m_clear->setStyleSheet(QStringLiteral("QPushButton { font-size: 30px; border-radius: 32px; background: #ECEFF1; }"
                                          "QPushButton:focus { border: 3px solid #1E88E5; }"));
    connect(m_clear, &QPushButton::clicked, m_run, &ExerciseRun::clearDraft);
    answerLine->addWidget(m_clear);
    m_playDraft = new QPushButton(QStringLiteral("\u25B6"), page);
    m_playDraft->setObjectName(QStringLiteral("playRowButton"));
    m_playDraft->setToolTip(tr("Play the row"));
    m_playDraft->setAccessibleName(tr("Play the row"));
    m_playDraft->setFixedSize(64, 64);
    m_playDraft->setStyleSheet(
        QStringLiteral("QPushButton { font-size: 28px; border-radius: 32px; background: #E1BEE7; }"
                       "QPushButton:focus { border: 3px solid #1E88E5; }"));
    m_playDraft->hide(); // shown when the domain gives the elements a voice
    connect(m_playDraft, &QPushButton::clicked, this, [this] { playRow(m_answer); });
    answerLine->addWidget(m_playDraft);
    answerLine->addStretch();
    m_shapeLine = answerLine;
    m_shapeIndex = int(answerLine->count()) - 1;
    layout->addLayout(answerLine);
    layout->addWidget(buildPalette());
    return page;
}

QWidget *ExerciseScreen::buildPalette()
{
    auto *palette = new QWidget(this);
    palette->setObjectName(QStringLiteral("palette"));
    auto *row = new QHBoxLayout(palette);
    row->setSpacing(12);
    row->addStretch();
    const QJsonArray elements = m_run->paletteElements();
    const int size = m_tokens.size() > 8 ? 68 : 80;
    for (int i = 0; i < m_tokens.size(); ++i) {
        const ExerciseRun::PaletteToken &t = m_tokens.at(i);
        if (i > 0 && t.position != m_tokens.at(i - 1).position)
            row->addSpacing(40); // products: one group after the other, as the slots go
        auto *button = new TokenButton(i, elements.at(t.symbol).toObject(), palette);
        button->setObjectName(QStringLiteral("token%1").arg(i));
        button->setTokenSize(size);
        // The key to press is drawn small in the corner, except on digits and letters, where a
        // second character could be read as the answer (their own key types them instead).
        if (i < 9 && !hasTextFace(elements.at(t.symbol).toObject()))
            button->setShortcutText(QString::number(i + 1));
        connect(button, &TokenButton::clicked, this, [this, i] { paletteClicked(i); });
        row->addWidget(button);
        m_palette.append(button);
    }
    row->addStretch();
    return palette;
}

QWidget *ExerciseScreen::buildNumberPad()
{
    m_numberPad = new NumberPad(this);
    m_numberButtons = m_numberPad->keys();
    m_number = m_numberPad->display();
    connect(m_numberPad, &NumberPad::keyTapped, this,
            [this](int key) { m_run->setNumber(NumberPad::typed(m_run->number(), key)); });
    return m_numberPad;
}

QWidget *ExerciseScreen::buildResultPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_resultStars = new QLabel(page);
    m_resultStars->setAlignment(Qt::AlignCenter);
    m_resultStars->setStyleSheet(QStringLiteral("font-size: 54px; color: #A67C00;"));
    layout->addWidget(m_resultStars);
    m_resultTitle = new QLabel(page);
    m_resultTitle->setObjectName(QStringLiteral("resultTitle"));
    m_resultTitle->setAlignment(Qt::AlignCenter);
    m_resultTitle->setStyleSheet(QStringLiteral("font-size: 34px; font-weight: bold; color: #2E7D32;"));
    layout->addWidget(m_resultTitle);
    m_resultCaption = new QLabel(page);
    m_resultCaption->setAlignment(Qt::AlignCenter);
    m_resultCaption->setStyleSheet(QStringLiteral("font-size: 22px; color: #455A64;"));
    layout->addWidget(m_resultCaption);
    m_resultFlow = new RowFlow(page);
    m_resultFlow->setObjectName(QStringLiteral("resultRows"));
    layout->addWidget(m_resultFlow, 1);
    m_resultNote = new QLabel(page);
    m_resultNote->setObjectName(QStringLiteral("resultNote"));
    m_resultNote->setAlignment(Qt::AlignCenter);
    m_resultNote->setStyleSheet(QStringLiteral("font-size: 18px; color: #546E7A;"));
    layout->addWidget(m_resultNote);
    return page;
}

QWidget *ExerciseScreen::buildTransferPairs(QWidget *parent)
{
    auto *pairs = new TransferPairs(m_run->elements(), m_run->paletteElements(), parent);
    m_pairWidgets = pairs->rows();
    return pairs;
}

} // namespace stages
