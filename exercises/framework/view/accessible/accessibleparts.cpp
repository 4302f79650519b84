#include "exercises/framework/view/accessible/accessibleparts.h"

#include "exercises/framework/view/accessible/accessiblefactory.h"

#include <QWidget>

namespace stages {

AccessibleParts::AccessibleParts()
{
    installAccessibleFactory();
}

int AccessibleParts::accessiblePartAt(const QPoint &pos) const
{
    for (int i = accessiblePartCount() - 1; i >= 0; --i) {
        if (accessiblePartRect(i).contains(pos))
            return i;
    }
    return -1;
}

QAccessible::Role AccessibleParts::accessiblePartRole(int part) const
{
    return isAccessiblePartPressable(part) ? QAccessible::Button : QAccessible::StaticText;
}

QAccessible::State AccessibleParts::accessiblePartState(int) const
{
    return {};
}

void AccessibleParts::notifyPartFocused(QWidget *self, int part)
{
    if (!QAccessible::isActive() || !self->hasFocus() || part < 0)
        return;
    QAccessibleEvent event(self, QAccessible::Focus);
    event.setChild(part);
    QAccessible::updateAccessibility(&event);
}

} // namespace stages
