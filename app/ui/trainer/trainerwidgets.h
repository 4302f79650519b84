#pragma once

#include <QString>

class QAbstractItemModel;
class QLabel;
class QPushButton;
class QTableView;
class QWidget;

namespace stages::trainerui {

/// The trainer pages' table: rows selected whole, not edited, sortable, Tab leaves it.
QTableView *makeTable(QAbstractItemModel *model, const QString &objectName, QWidget *parent);
/// A page title in the areas' style.
QLabel *heading(const QString &text, QWidget *parent);
/// A tall push button with an icon from the artwork (empty name: none).
QPushButton *button(const QString &iconName, const QString &text, const QString &objectName, QWidget *parent);
/// A label for messages from the core (errors in a warm red), hidden while empty.
QLabel *messageLabel(const QString &objectName, QWidget *parent);
/// Shows @p text in a label made by messageLabel (hides it when empty).
void showMessage(QLabel *label, const QString &text);

} // namespace stages::trainerui
