#pragma once

#include <QCoreApplication>

class QPushButton;
class QUndoStack;
class QWidget;

namespace stages::geometry {

/// Undo and Redo for a drawing screen: two big buttons (↶ Undo, ↷ Redo) that follow the stack's
/// canUndo / canRedo, and Ctrl+Z / Ctrl+Y (the platform's keys) on the whole screen.
class UndoButtons
{
    Q_DECLARE_TR_FUNCTIONS(stages::geometry::UndoButtons)

public:
    /// The buttons are children of @p parent; the shortcuts are actions of @p screen.
    UndoButtons(QUndoStack *stack, QWidget *screen, QWidget *parent);

    QPushButton *undo = nullptr;
    QPushButton *redo = nullptr;
};

} // namespace stages::geometry
