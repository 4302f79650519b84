#include "exercises/framework/view/returnactivates.h"

#include "exercises/framework/view/tokenbutton.h"

#include <QAbstractButton>
#include <QApplication>
#include <QKeyEvent>
#include <QPushButton>

namespace stages {

ReturnActivates::ReturnActivates(QWidget *root)
    : QObject(root)
    , m_root(root)
{
}

void ReturnActivates::install(QWidget *root)
{
    if (!root || root->findChild<ReturnActivates *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    qApp->installEventFilter(new ReturnActivates(root));
}

bool ReturnActivates::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || !m_root)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    if ((key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter)
        || (key->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier)
        return false;
    auto *button = qobject_cast<QAbstractButton *>(watched);
    if (!button || !button->isEnabled() || !button->isVisible() || qobject_cast<TokenButton *>(button)
        || (button != m_root && !m_root->isAncestorOf(button)))
        return false;
    // A push button that is a default button already answers Return itself.
    if (const auto *push = qobject_cast<QPushButton *>(button); push && (push->isDefault() || push->autoDefault()))
        return false;
    if (!key->isAutoRepeat())
        button->click();
    return true;
}

} // namespace stages
