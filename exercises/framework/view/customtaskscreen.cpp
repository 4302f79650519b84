#include "exercises/framework/view/customtaskscreen.h"

#include "exercises/framework/session/outcome.h"
#include "exercises/framework/session/taskrun.h"
#include "exercises/framework/view/pagestack.h"
#include "exercises/framework/view/speakbutton.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace stages {

namespace {

QLabel *resultLabel(const QString &objectName, const QString &style, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setStyleSheet(style);
    return label;
}

} // namespace

CustomTaskScreen::CustomTaskScreen(QWidget *parent)
    : TaskScreen(parent)
{
    m_outer = new QVBoxLayout(this);
    m_outer->setContentsMargins(16, 6, 16, 8);
    m_outer->setSpacing(6);
    m_pages = new PageStack(this);
    m_outer->addWidget(m_pages, 1);

    auto *work = new QWidget(m_pages);
    auto *workOuter = new QVBoxLayout(work);
    workOuter->setContentsMargins(0, 0, 0, 0);
    m_instruction = resultLabel(QStringLiteral("instruction"),
                                QStringLiteral("font-size: 30px; font-weight: bold; color: #263238;"), work);
    // The instruction with its speaker button (hidden where nothing can speak), for non-readers.
    auto *top = new QHBoxLayout;
    top->addWidget(m_instruction, 1);
    top->addWidget(makeSpeakButton(QString()), 0, Qt::AlignVCenter);
    workOuter->addLayout(top);
    m_workLayout = new QVBoxLayout;
    m_workLayout->setSpacing(8);
    workOuter->addLayout(m_workLayout, 1);
    m_buttons = new QHBoxLayout;
    m_buttons->addStretch();
    //: The pupil says the answer is finished
    m_done = bigButton(tr("I'm done"), QStringLiteral("doneButton"), work);
    m_done->setStyleSheet(m_done->styleSheet()
                          + QStringLiteral("QPushButton#doneButton:enabled { background: #2E7D32; color: white; }"));
    m_buttons->addWidget(m_done);
    workOuter->addLayout(m_buttons);
    m_pages->addWidget(work);

    auto *result = new QWidget(m_pages);
    auto *resultLayout = new QVBoxLayout(result);
    resultLayout->addStretch();
    m_resultTitle = resultLabel(QStringLiteral("resultTitle"),
                                QStringLiteral("font-size: 40px; font-weight: bold; color: #2E7D32;"), result);
    resultLayout->addWidget(m_resultTitle);
    m_resultStars
        = resultLabel(QStringLiteral("resultStars"), QStringLiteral("font-size: 56px; color: #A67C00;"), result);
    resultLayout->addWidget(m_resultStars);
    m_resultCaption
        = resultLabel(QStringLiteral("resultCaption"), QStringLiteral("font-size: 24px; color: #37474F;"), result);
    resultLayout->addWidget(m_resultCaption);
    m_resultExtra = new QVBoxLayout;
    resultLayout->addLayout(m_resultExtra);
    m_resultNote
        = resultLabel(QStringLiteral("resultNote"), QStringLiteral("font-size: 20px; color: #455A64;"), result);
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
                          + QStringLiteral("QPushButton#nextButton { background: #1565C0; color: white; }"));
    after->addWidget(m_next);
    after->addStretch();
    resultLayout->addLayout(after);
    m_pages->addWidget(result);

    connect(m_next, &QPushButton::clicked, this, &CustomTaskScreen::nextRequested);
    connect(m_map, &QPushButton::clicked, this, &CustomTaskScreen::mapRequested);
}

CustomTaskScreen::~CustomTaskScreen() = default;

AttemptRecord CustomTaskScreen::toAttempt() const
{
    return taskRun().toAttempt();
}

QPushButton *CustomTaskScreen::bigButton(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    // A black focus ring shows on grey, blue (Next) and green (I'm done) alike.
    button->setMinimumHeight(64);
    button->setMinimumWidth(150);
    button->setCursor(Qt::PointingHandCursor);
    button->setStyleSheet(QStringLiteral("QPushButton { font-size: 24px; font-weight: bold; padding: 8px 22px;"
                                         " border-radius: 14px; border: 2px solid #90A4AE; background: #ECEFF1; }"
                                         "QPushButton:disabled { color: #B0BEC5; border-color: #CFD8DC; }"
                                         "QPushButton:focus { border: 4px solid #000000; }"));
    return button;
}

void CustomTaskScreen::addBanner(QWidget *banner)
{
    m_outer->insertWidget(0, banner);
}

void CustomTaskScreen::setInstruction(const QString &text)
{
    m_instruction->setText(text);
    setSpeech(text);
}

void CustomTaskScreen::showEvent(QShowEvent *event)
{
    TaskScreen::showEvent(event);
    readAloudOnce();
}

bool CustomTaskScreen::showsResult() const
{
    return m_pages->currentIndex() == 1;
}

void CustomTaskScreen::setResultNote(const QString &text)
{
    m_resultNote->setText(text);
}

void CustomTaskScreen::showResult(const Evaluation &e)
{
    //: Result title after an exercise on a domain's own screen
    m_resultTitle->setText(e.success ? tr("Well done!")
                                     : (e.score >= 0.5 ? tr("Nearly!") : tr("Let's try another one")));
    m_resultTitle->setStyleSheet(QStringLiteral("font-size: 40px; font-weight: bold; color: %1;")
                                     .arg(e.success ? QStringLiteral("#2E7D32") : QStringLiteral("#BF360C")));
    const int stars = Outcome::stars(e);
    m_resultStars->setText(QString(stars, QChar(0x2605)) + QString(3 - stars, QChar(0x2606)));
    prepareResult(e); // first: a screen's caption may use what it works out here
    m_resultCaption->setText(resultCaption(e));
    m_pages->setCurrentIndex(1);
    presentResultButtons();
    emit finished();
}

} // namespace stages
