#pragma once

#include "exercises/framework/view/customtaskscreen.h"
#include "exercises/geometry/view/geometryrun.h"

class QTimer;

namespace stages {
class Clock;
class ExerciseEngine;
class NumberPad;
struct Exercise;
} // namespace stages

namespace stages::geometry {

class PointsCanvas;

/// "predict": think before drawing. The points are on the circle; the question asks how many
/// separate figures (corners, lines) joining every k-th point will make, or how many lines,
/// diagonals or triangles n points have; the pupil types the number on a big pad. "I'm done"
/// checks it, and the result draws the figure line by line, each separate figure in its own
/// colour, so the pupil sees the answer being made.
class PredictScreen : public CustomTaskScreen
{
    Q_OBJECT

public:
    PredictScreen(const ExerciseEngine &engine, const Exercise &exercise, const Clock &clock,
                  QWidget *parent = nullptr);
    ~PredictScreen() override;

    const TaskRun &taskRun() const override { return m_run; }
    PointsCanvas *canvas() const { return m_canvas; }
    NumberPad *numberPad() const { return m_pad; }
    int number() const { return m_number; }
    /// How many of the figure's lines the result shows so far (the drawing animation).
    int shownLines() const { return m_shown; }
    /// The lines (triangles) of the answer, grouped by separate figure.
    const QList<QList<QList<int>>> &figures() const { return m_figures; }

    void setNumber(int number);
    void finish();

protected:
    /// Digits and Backspace type the number, Return says "I'm done" (as on the shared screen).
    void keyPressEvent(QKeyEvent *event) override;
    QString resultCaption(const Evaluation &evaluation) const override;
    void prepareResult(const Evaluation &evaluation) override;

private:
    QString question() const;
    QString thing(int count) const;
    void showNextLine();

    GeometryRun m_run;
    PointsCanvas *m_canvas = nullptr;
    NumberPad *m_pad = nullptr;
    QTimer *m_animation = nullptr;
    QList<QList<QList<int>>> m_figures;
    int m_number = -1;
    int m_shown = 0;
};

} // namespace stages::geometry
