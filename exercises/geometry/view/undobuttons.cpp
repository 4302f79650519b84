#include "exercises/geometry/view/undobuttons.h"

#include "exercises/framework/view/customtaskscreen.h"

#include <QAction>
#include <QPushButton>
#include <QUndoStack>

namespace stages::geometry {

UndoButtons::UndoButtons(QUndoStack *stack, QWidget *screen, QWidget *parent)
{
    //: Takes the last change of the drawing back
    undo = CustomTaskScreen::bigButton(QStringLiteral("\u21B6 ") + tr("Undo"), QStringLiteral("undoButton"), parent);
    //: Puts back the change Undo took away
    redo = CustomTaskScreen::bigButton(QStringLiteral("\u21B7 ") + tr("Redo"), QStringLiteral("redoButton"), parent);
    undo->setEnabled(stack->canUndo());
    redo->setEnabled(stack->canRedo());
    QObject::connect(undo, &QPushButton::clicked, stack, &QUndoStack::undo);
    QObject::connect(redo, &QPushButton::clicked, stack, &QUndoStack::redo);
    QObject::connect(stack, &QUndoStack::canUndoChanged, undo, &QPushButton::setEnabled);
    QObject::connect(stack, &QUndoStack::canRedoChanged, redo, &QPushButton::setEnabled);
    QAction *undoAction = stack->createUndoAction(screen);
    undoAction->setShortcut(QKeySequence::Undo);
    screen->addAction(undoAction);
    QAction *redoAction = stack->createRedoAction(screen);
    redoAction->setShortcut(QKeySequence::Redo);
    screen->addAction(redoAction);
}

} // namespace stages::geometry
