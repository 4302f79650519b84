#include "exercises/framework/view/taskscreen.h"

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
{ }

TaskScreen::~TaskScreen() = default;

void TaskScreen::setMapAvailable(bool available)
{
    m_mapAvailable = available;
    if (QPushButton *map = mapButton(); map && !available)
        map->hide();
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
