#include "exercises/framework/view/accessible/partsaccessible.h"

#include "exercises/framework/view/accessible/accessibleparts.h"
#include "exercises/framework/view/accessible/partaccessible.h"

#include <QWidget>

namespace stages {

PartsAccessible::PartsAccessible(QWidget *widget, AccessibleParts *parts)
    : QAccessibleWidget(widget, parts->accessibleRole())
    , m_parts(parts)
{ }

PartsAccessible::~PartsAccessible()
{
    for (const QAccessible::Id id : std::as_const(m_children))
        QAccessible::deleteAccessibleInterface(id);
}

QString PartsAccessible::text(QAccessible::Text t) const
{
    QString text = QAccessibleWidget::text(t);
    if (t == QAccessible::Name && text.isEmpty() && isValid())
        text = m_parts->accessibleFallbackName();
    return text;
}

int PartsAccessible::childCount() const
{
    return isValid() ? m_parts->accessiblePartCount() : 0;
}

QAccessibleInterface *PartsAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    if (const QAccessible::Id id = m_children.value(index))
        return QAccessible::accessibleInterface(id);
    auto *part = new PartAccessible(const_cast<PartsAccessible *>(this), index);
    m_children.insert(index, QAccessible::registerAccessibleInterface(part));
    return part;
}

int PartsAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    if (const auto *part = dynamic_cast<const PartAccessible *>(child); part && part->parent() == this)
        return part->index() < childCount() ? part->index() : -1;
    return -1;
}

QAccessibleInterface *PartsAccessible::childAt(int x, int y) const
{
    if (!isValid())
        return nullptr;
    return child(m_parts->accessiblePartAt(widget()->mapFromGlobal(QPoint(x, y))));
}

QAccessibleInterface *PartsAccessible::focusChild() const
{
    if (!isValid() || !widget()->hasFocus())
        return nullptr;
    return child(m_parts->accessibleFocusedPart());
}

} // namespace stages
