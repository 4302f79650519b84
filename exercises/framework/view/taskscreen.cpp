#include "exercises/framework/view/taskscreen.h"

#include "exercises/framework/speech/speaker.h"
#include "exercises/framework/view/returnactivates.h"
#include "exercises/framework/view/speakbutton.h"

#include <QPushButton>
#include <QTimer>

namespace stages {

namespace {

/// How long Next ignores taps after the result appears: longer than a child's double tap
/// (about 300-500 ms), short enough not to be noticed.
constexpr int kNextGuardMs = 900;

} // namespace

TaskScreen::TaskScreen(QWidget *parent)
    : QWidget(parent)
{
    // Return presses the focused button (Next, I'm done ...) as Space does, here as in the app.
    ReturnActivates::install(this);
    //: Screen reader name of the screen of one exercise (it takes the digit keys)
    setAccessibleName(tr("Exercise"));
}

TaskScreen::~TaskScreen() = default;

void TaskScreen::setMapAvailable(bool available)
{
    m_mapAvailable = available;
    if (QPushButton *map = mapButton(); map && !available)
        map->hide();
}

SpeakButton *TaskScreen::makeSpeakButton(const QString &speech)
{
    m_speakButton = new SpeakButton(this);
    m_speakButton->setObjectName(QStringLiteral("speakButton"));
    m_speakButton->setSpeech(speech);
    m_speakButton->setShortcut(QKeySequence(Qt::Key_F1));
    return m_speakButton;
}

void TaskScreen::setSpeech(const QString &speech)
{
    if (m_speakButton)
        m_speakButton->setSpeech(speech);
}

void TaskScreen::setSpeaker(Speaker *speaker)
{
    if (!m_speakButton)
        return;
    m_speakButton->setSpeaker(speaker);
    if (isVisible())
        readAloudOnce();
}

void TaskScreen::readAloudOnce()
{
    if (!m_speakButton || m_readAloud)
        return;
    if (Speaker *speaker = m_speakButton->speaker()) {
        m_readAloud = true; // once: not again when the pupil comes back to the screen
        speaker->say(m_speakButton->speech());
    }
}

void TaskScreen::presentResultButtons()
{
    if (QPushButton *map = mapButton())
        map->setVisible(m_mapAvailable);
    QPushButton *next = nextButton();
    if (!next)
        return;
    next->show();
    next->setEnabled(false);
    QTimer::singleShot(kNextGuardMs, next, [next] {
        next->setEnabled(true);
        next->setFocus();
    });
}

} // namespace stages
