#pragma once

#include <QAccessibleWidget>
#include <QHash>

namespace stages {

class AccessibleParts;

/// The accessible interface of a widget that paints its parts (see AccessibleParts): the widget
/// with its role and name, and one PartAccessible child per part, made when first asked for and
/// deleted with this interface. Created by the factory of installAccessibleFactory().
class PartsAccessible : public QAccessibleWidget
{
public:
    PartsAccessible(QWidget *widget, AccessibleParts *parts);
    ~PartsAccessible() override;

    AccessibleParts *parts() const { return m_parts; }
    /// The widget whose parts these are.
    QWidget *target() const { return widget(); }

    QString text(QAccessible::Text t) const override;
    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;

private:
    AccessibleParts *m_parts;
    mutable QHash<int, QAccessible::Id> m_children;
};

} // namespace stages
