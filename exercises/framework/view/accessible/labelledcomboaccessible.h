#pragma once

#include <QAccessibleWidget>

class QComboBox;

namespace stages {

/// A drop-down as a screen reader should hear it: named after its label (the accessibleName
/// set from the label's text) and valued with the entry shown. Qt's own interface names a
/// drop-down after its value on Linux, so "Class, 1.A" was read as "1.A". Its children are the
/// list that pops up and, when editable, the text field; "press" and "show menu" open the list.
class LabelledComboAccessible : public QAccessibleWidget
{
public:
    explicit LabelledComboAccessible(QComboBox *combo);

    QString text(QAccessible::Text t) const override;
    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessible::State state() const override;

    QStringList actionNames() const override;
    void doAction(const QString &actionName) override;

private:
    QComboBox *comboBox() const;
};

} // namespace stages
