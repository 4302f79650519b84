#include "exercises/framework/view/accessible/labelledcomboaccessible.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QLineEdit>

namespace stages {

LabelledComboAccessible::LabelledComboAccessible(QComboBox *combo)
    : QAccessibleWidget(combo, QAccessible::ComboBox)
{ }

QComboBox *LabelledComboAccessible::comboBox() const
{
    return static_cast<QComboBox *>(widget());
}

QString LabelledComboAccessible::text(QAccessible::Text t) const
{
    if (t == QAccessible::Value && isValid())
        return comboBox()->isEditable() ? comboBox()->lineEdit()->text() : comboBox()->currentText();
    return QAccessibleWidget::text(t);
}

int LabelledComboAccessible::childCount() const
{
    if (!isValid())
        return 0;
    return comboBox()->isEditable() ? 2 : 1;
}

QAccessibleInterface *LabelledComboAccessible::child(int index) const
{
    if (!isValid())
        return nullptr;
    if (index == 0)
        return QAccessible::queryAccessibleInterface(comboBox()->view());
    if (index == 1 && comboBox()->isEditable())
        return QAccessible::queryAccessibleInterface(comboBox()->lineEdit());
    return nullptr;
}

int LabelledComboAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    if (!isValid() || !child)
        return -1;
    if (child->object() == comboBox()->view())
        return 0;
    if (comboBox()->isEditable() && child->object() == comboBox()->lineEdit())
        return 1;
    return -1;
}

QAccessibleInterface *LabelledComboAccessible::childAt(int x, int y) const
{
    if (isValid() && comboBox()->isEditable()) {
        QLineEdit *edit = comboBox()->lineEdit();
        if (QRect(edit->mapToGlobal(QPoint(0, 0)), edit->size()).contains(x, y))
            return child(1);
    }
    return nullptr;
}

QAccessible::State LabelledComboAccessible::state() const
{
    QAccessible::State state = QAccessibleWidget::state();
    state.expandable = true;
    state.expanded = isValid() && comboBox()->view()->isVisible();
    state.editable = isValid() && comboBox()->isEditable();
    return state;
}

QStringList LabelledComboAccessible::actionNames() const
{
    return QStringList { showMenuAction(), pressAction() } + QAccessibleWidget::actionNames();
}

void LabelledComboAccessible::doAction(const QString &actionName)
{
    if (isValid() && (actionName == showMenuAction() || actionName == pressAction()))
        comboBox()->showPopup();
    else
        QAccessibleWidget::doAction(actionName);
}

} // namespace stages
