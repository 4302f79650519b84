#pragma once

#include <QAccessibleActionInterface>
#include <QAccessibleInterface>

namespace stages {

class PartsAccessible;

/// One painted part (a stone, a bar, a slot, a point) as a screen reader sees it: the name,
/// role, place and state its widget gives (AccessibleParts), and a "press" action that does what
/// a click does. Owned by Qt's accessibility cache; deleted with its PartsAccessible parent.
class PartAccessible : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    PartAccessible(PartsAccessible *parent, int index);

    int index() const { return m_index; }

    bool isValid() const override;
    QObject *object() const override { return nullptr; }
    QWindow *window() const override;
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QString text(QAccessible::Text t) const override;
    void setText(QAccessible::Text, const QString &) override { }
    QRect rect() const override;
    QAccessible::Role role() const override;
    QAccessible::State state() const override;
    void *interface_cast(QAccessible::InterfaceType type) override;

    QStringList actionNames() const override;
    void doAction(const QString &actionName) override;
    QStringList keyBindingsForAction(const QString &) const override { return {}; }

private:
    PartsAccessible *m_parent;
    int m_index;
};

} // namespace stages
