#include "exercises/framework/view/accessible/partaccessible.h"

#include "exercises/framework/view/accessible/accessibleparts.h"
#include "exercises/framework/view/accessible/partsaccessible.h"

#include <QWidget>

namespace stages {

PartAccessible::PartAccessible(PartsAccessible *parent, int index)
    : m_parent(parent)
    , m_index(index)
{ }

bool PartAccessible::isValid() const
{
    return m_parent->isValid() && m_index < m_parent->parts()->accessiblePartCount();
}

QWindow *PartAccessible::window() const
{
    return m_parent->window();
}

QAccessibleInterface *PartAccessible::parent() const
{
    return m_parent;
}

QString PartAccessible::text(QAccessible::Text t) const
{
    if (t != QAccessible::Name || !isValid())
        return {};
    return m_parent->parts()->accessiblePartName(m_index);
}

QRect PartAccessible::rect() const
{
    if (!isValid())
        return {};
    const QRect local = m_parent->parts()->accessiblePartRect(m_index);
    return QRect(m_parent->target()->mapToGlobal(local.topLeft()), local.size());
}

QAccessible::Role PartAccessible::role() const
{
    return isValid() ? m_parent->parts()->accessiblePartRole(m_index) : QAccessible::NoRole;
}

QAccessible::State PartAccessible::state() const
{
    QAccessible::State state;
    if (!isValid()) {
        state.invalid = true;
        return state;
    }
    state = m_parent->parts()->accessiblePartState(m_index);
    const QWidget *widget = m_parent->target();
    state.disabled = state.disabled || !widget->isEnabled();
    state.invisible = !widget->isVisible();
    state.focusable = widget->focusPolicy() != Qt::NoFocus;
    state.focused = widget->hasFocus() && m_parent->parts()->accessibleFocusedPart() == m_index;
    return state;
}

void *PartAccessible::interface_cast(QAccessible::InterfaceType type)
{
    return type == QAccessible::ActionInterface ? static_cast<QAccessibleActionInterface *>(this) : nullptr;
}

QStringList PartAccessible::actionNames() const
{
    if (isValid() && m_parent->target()->isEnabled() && m_parent->parts()->isAccessiblePartPressable(m_index))
        return { pressAction() };
    return {};
}

void PartAccessible::doAction(const QString &actionName)
{
    if (actionName == pressAction() && actionNames().contains(actionName))
        m_parent->parts()->pressAccessiblePart(m_index);
}

} // namespace stages
