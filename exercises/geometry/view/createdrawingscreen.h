#pragma once

#include "exercises/framework/view/customtaskscreen.h"
#include "exercises/geometry/drawing.h"
#include "exercises/geometry/view/geometryrun.h"

class QAbstractButton;
class QButtonGroup;
class QUndoStack;

namespace stages {
class Clock;
class ExerciseEngine;
struct Exercise;
} // namespace stages

namespace stages::geometry {

class PointsCanvas;

/// "create-drawing": the pupil's own picture on points on a circle. Tools: lines (tap or drag
/// from point to point), stamps (a triangle, a square or a star through the tapped point), fill
/// (tap inside a stamp) and the eraser, in six colours. The mirror line or the turning the
/// exercise asks for (or, where it asks none, the pupil chooses) repeats every stroke and stamp
/// live, its images shown faintly while the finger moves. Every edit is undoable (QUndoStack,
/// Ctrl+Z / Ctrl+Y). "I'm done" checks the picture and keeps it as a "drawing" artifact (the
/// drawing, its SVG and a PNG thumbnail) the teacher opens in pupils' work.
class CreateDrawingScreen : public CustomTaskScreen
{
    Q_OBJECT

public:
    enum class Tool { Line, Triangle, Square, Star, Fill, Eraser };

    CreateDrawingScreen(const ExerciseEngine &engine, const Exercise &exercise, const Clock &clock,
                        QWidget *parent = nullptr);
    ~CreateDrawingScreen() override;

    const TaskRun &taskRun() const override { return m_run; }
    PointsCanvas *canvas() const { return m_canvas; }
    const Drawing &drawing() const { return m_drawing; }
    QUndoStack *undoStack() const { return m_undo; }
    QAbstractButton *toolButton(Tool tool) const;
    QList<QAbstractButton *> colourButtons() const;
    /// The symmetry choices (none, mirror, turning); disabled when the exercise sets one.
    QList<QAbstractButton *> symmetryButtons() const;
    QPushButton *undoButton() const { return m_undoButton; }
    QPushButton *redoButton() const { return m_redoButton; }
    QLabel *counterLabel() const { return m_counter; }
    Tool tool() const { return m_tool; }
    QString colour() const { return m_colour; }

    void setTool(Tool tool);
    void setColour(const QString &colour);
    void setSymmetry(Drawing::Symmetry symmetry);
    void finish();

    /// The colours offered, "#RRGGBB".
    static QStringList palette();
    /// A PNG picture of @p drawing, @p size pixels square (the artifact's thumbnail).
    static QByteArray thumbnail(const Drawing &drawing, int size = 160);

protected:
    QString resultCaption(const Evaluation &evaluation) const override;
    void prepareResult(const Evaluation &evaluation) override;

private:
    friend class DrawingEditCommand;
    void edit(const Drawing &after, const QString &text);
    void apply(const Drawing &drawing);
    void refresh();
    void stampAt(int point);
    QWidget *makeTools();
    QWidget *makeSide();
    QString instruction() const;

    GeometryRun m_run;
    Drawing m_drawing;
    bool m_symmetryFixed = false;
    int m_required = 0;
    Tool m_tool = Tool::Line;
    QString m_colour;
    PointsCanvas *m_canvas = nullptr;
    QButtonGroup *m_tools = nullptr;
    QButtonGroup *m_colours = nullptr;
    QButtonGroup *m_symmetries = nullptr;
    QLabel *m_counter = nullptr;
    QPushButton *m_undoButton = nullptr;
    QPushButton *m_redoButton = nullptr;
    QUndoStack *m_undo = nullptr;
};

} // namespace stages::geometry
