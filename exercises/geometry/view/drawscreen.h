#pragma once

#include "exercises/framework/view/customtaskscreen.h"
#include "exercises/geometry/view/geometryrun.h"

#include <memory>

class QUndoStack;

namespace stages {
class Clock;
class ExerciseEngine;
struct Exercise;
} // namespace stages

namespace stages::geometry {

class PointsCanvas;

/// "draw": join points on a circle to make a star polygon {n/k}, every line or diagonal, or every
/// triangle. The pupil taps (or drags) from point to point; each line appears at once; Undo and
/// Redo (Ctrl+Z, Ctrl+Y) take lines back and forth, "Start again" clears. "I'm done" checks the
/// figure through the Evaluator; the result shows the lines that were right, wrong (red, crossed)
/// and missing (blue, dotted), so the pupil sees the whole figure.
class DrawScreen : public CustomTaskScreen
{
    Q_OBJECT

public:
    DrawScreen(const ExerciseEngine &engine, const Exercise &exercise, const Clock &clock, QWidget *parent = nullptr);
    ~DrawScreen() override;

    const TaskRun &taskRun() const override { return m_run; }
    PointsCanvas *canvas() const { return m_canvas; }
    /// The lines (or triangles) drawn so far, in the order drawn.
    const QList<QList<int>> &drawn() const { return m_drawn; }
    QUndoStack *undoStack() const { return m_undo; }
    QPushButton *undoButton() const { return m_undoButton; }
    QPushButton *redoButton() const { return m_redoButton; }
    QLabel *counterLabel() const { return m_counter; }

    /// Adds a line or triangle (what a tap on its corners does); false if it is already drawn.
    bool addFigure(const QList<int> &corners);
    void finish();

protected:
    QString resultCaption(const Evaluation &evaluation) const override;
    void prepareResult(const Evaluation &evaluation) override;

private:
    friend class AddFigureCommand;
    friend class ClearFiguresCommand;
    void refresh();
    QString instruction() const;

    GeometryRun m_run;
    QString m_figure;
    int m_corners = 2;
    PointsCanvas *m_canvas = nullptr;
    QLabel *m_counter = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_undoButton = nullptr;
    QPushButton *m_redoButton = nullptr;
    QPushButton *m_clear = nullptr;
    QUndoStack *m_undo = nullptr;
    QList<QList<int>> m_drawn;
    int m_expected = 0;
};

} // namespace stages::geometry
