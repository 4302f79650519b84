#include "exercises/framework/view/hintpresenter.h"

#include "exercises/framework/session/exerciserun.h"
#include "exercises/framework/view/exercisescreen.h"
#include "exercises/framework/view/feedbackoverlay.h"
#include "exercises/framework/view/itemrowwidget.h"
#include "exercises/framework/view/rowshapeview.h"

#include <QPushButton>

namespace stages {

HintPresenter::HintPresenter(ExerciseScreen &screen)
    : m_screen(screen)
{
}

ExerciseRun &HintPresenter::run() const
{
    return *m_screen.run();
}

void HintPresenter::show()
{
    if (run().isFinished())
        return;
    const Hint hint = run().takeHint();
    const ExerciseRun::AnswerKind kind = run().answerKind();
    switch (hint.kind) {
    case Hint::Kind::MissingItem:
        if (!hint.item.isEmpty() && m_screen.answerRow()) {
            // Scaffold the system first: where a missing row starts; the whole row only when the
            // pupil asks again for the same one.
            run().clearDraft();
            if (hint.item != m_hintedItem) {
                m_hintedItem = hint.item;
                QList<int> start(hint.item.size(), -1);
                start[0] = m_screen.symbolsOf(hint.item).value(0, -1);
                m_screen.answerRow()->setGhost(start);
                //: Hint in build-all: a missing row starts with the element shown in the first box
                m_screen.feedback()->showMessage(ExerciseScreen::tr("Start with this one. Which rows begin with it?"),
                                        FeedbackOverlay::Mood::Good, 2200);
            } else {
                m_screen.answerRow()->setGhost(m_screen.symbolsOf(hint.item));
                m_screen.feedback()->showMessage(ExerciseScreen::tr("Try this one!"), FeedbackOverlay::Mood::Good);
            }
        } else {
            m_screen.feedback()->showMessage(ExerciseScreen::tr("Make one more!"), FeedbackOverlay::Mood::Good);
        }
        break;
    case Hint::Kind::Done:
        m_screen.feedback()->showMessage(ExerciseScreen::tr("All there! Tap \u201CI'm done\u201D."), FeedbackOverlay::Mood::Good, 1600);
        m_screen.doneButton()->setFocus();
        break;
    case Hint::Kind::TooHigh:
        m_screen.feedback()->showMessage(ExerciseScreen::tr("Fewer!"), FeedbackOverlay::Mood::TryAgain);
        break;
    case Hint::Kind::TooLow:
        m_screen.feedback()->showMessage(ExerciseScreen::tr("More!"), FeedbackOverlay::Mood::TryAgain);
        break;
    case Hint::Kind::FirstDifference:
        if (m_screen.answerRow())
            m_screen.answerRow()->setHighlightedSlot(hint.index);
        m_screen.feedback()->showMessage(ExerciseScreen::tr("Look at this box again"), FeedbackOverlay::Mood::TryAgain);
        break;
    case Hint::Kind::ChooseAgain:
        m_screen.feedback()->showMessage(ExerciseScreen::tr("Look again!"), FeedbackOverlay::Mood::TryAgain);
        break;
    case Hint::Kind::RemoveDuplicate:
    case Hint::Kind::FixInvalid:
    case Hint::Kind::BreaksRule:
    case Hint::Kind::None:
        if (run().exercise().task == QLatin1String("count-starting"))
            showStartingHint();
        else if (run().exercise().task == QLatin1String("predict-more"))
            //: Hint for predicting the count with one more element
            m_screen.feedback()->showMessage(ExerciseScreen::tr("Now a row can also start with the new one. How many rows start with each?"),
                                    FeedbackOverlay::Mood::Good, 2600);
        else if (kind == ExerciseRun::AnswerKind::Number)
            showCountingHint();
        else if (!m_screen.choiceWidgets().isEmpty())
            showNoticingHint();
        else if (kind == ExerciseRun::AnswerKind::Choice)
            m_screen.feedback()->showMessage(ExerciseScreen::tr("Tap a row"), FeedbackOverlay::Mood::Good);
        else
            m_screen.feedback()->showMessage(ExerciseScreen::tr("Fill every box"), FeedbackOverlay::Mood::Good);
        break;
    }
}

void HintPresenter::showCountingHint()
{
    // Counting with a system, not guessing the number: how many rows start with one element,
    // then the next ... (the child adds the groups up).
    auto *example = m_screen.findChild<ItemRowWidget *>(QStringLiteral("exampleRow"));
    const ItemList all = run().allItems();
    if (!example || all.isEmpty()) {
        m_screen.feedback()->showMessage(ExerciseScreen::tr("Tap a number"), FeedbackOverlay::Mood::Good);
        return;
    }
    QList<int> firsts; // the first elements, in systematic order
    for (const Item &item : all) {
        if (!item.isEmpty() && !firsts.contains(item.first()))
            firsts.append(item.first());
    }
    const int first = firsts.value(m_countingStep % std::max<qsizetype>(1, firsts.size()));
    ++m_countingStep;
    int startingSo = 0;
    const Item *shown = nullptr;
    for (const Item &item : all) {
        if (!item.isEmpty() && item.first() == first) {
            ++startingSo;
            if (!shown)
                shown = &item;
        }
    }
    example->setSymbols(m_screen.symbolsOf(*shown));
    if (m_screen.shapeView())
        m_screen.shapeView()->showRow(*shown);
    example->setHighlightedSlot(0);
    example->flash(QColor(QStringLiteral("#FFB300")));
    //: Counting hint: %n rows begin with the element shown first in the example row
    m_screen.feedback()->showMessage(ExerciseScreen::tr("%n row(s) start like this one. And with the others?", nullptr, startingSo),
                            FeedbackOverlay::Mood::Good, 2200);
}

void HintPresenter::showStartingHint()
{
    // One row that starts with the element at a time, in the systematic order: the pupil sees
    // the first place stay and the others change, and goes on counting.
    auto *example = m_screen.findChild<ItemRowWidget *>(QStringLiteral("exampleRow"));
    const int element = run().prompt().value(QStringLiteral("element")).toInt();
    ItemList starting;
    for (const Item &item : run().allItems()) {
        if (!item.isEmpty() && item.first() == element)
            starting.append(item);
    }
    if (!example || starting.isEmpty()) {
        m_screen.feedback()->showMessage(ExerciseScreen::tr("It stays first. How many ways are there for the rest?"),
                                FeedbackOverlay::Mood::Good, 2200);
        return;
    }
    const Item &shown = starting.at(m_countingStep % starting.size());
    ++m_countingStep;
    example->setSymbols(m_screen.symbolsOf(shown));
    example->setHighlightedSlot(0);
    example->flash(QColor(QStringLiteral("#FFB300")));
    //: Hint for "how many rows start with this one": the first place stays, the rest change
    m_screen.feedback()->showMessage(ExerciseScreen::tr("Here is one. It stays first. Change the rest: how many more?"),
                            FeedbackOverlay::Mood::Good, 2400);
}

void HintPresenter::showNoticingHint()
{
    // Walk the places: the same place is outlined in every shown row, one place per hint.
    if (run().prompt().value(QStringLiteral("sameness")).toString() == QLatin1String("contains")) {
        //: Hint for "what is the same in every row" when the order in a row does not matter
        m_screen.feedback()->showMessage(ExerciseScreen::tr("Take one of them. Is it in every row?"), FeedbackOverlay::Mood::Good, 2200);
        return;
    }
    const int length = std::max(1, run().itemLength());
    const int place = m_countingStep % length;
    ++m_countingStep;
    for (ItemRowWidget *row : m_screen.givenWidgets())
        row->setHighlightedSlot(place);
    //: Hint for "what is the same in every row": one place is outlined in every row
    m_screen.feedback()->showMessage(ExerciseScreen::tr("Look at this place in every row. Is it always the same?"),
                            FeedbackOverlay::Mood::Good, 2400);
}

} // namespace stages
