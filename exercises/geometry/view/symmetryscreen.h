#pragma once

#include "exercises/framework/view/customtaskscreen.h"
#include "exercises/geometry/view/geometryrun.h"

#include <QHash>

#include <memory>

namespace stages::geometry {

class SymmetryGridWidget;

/// The pupil's screen for geometry's two grid tasks. complete-symmetry: half a picture is given
/// (locked) beside its mirror line(s) or centre; the pupil taps the squares that finish it, and
/// "I'm done" hands the squares filled to the Evaluator through GeometryRun. find-mirrors: a
/// picture and one big button per line the task offers (each with a small picture of its line),
/// plus "No mirror line"; a picked line is drawn on the picture. The result page shows the grid
/// again with the right answer: squares missed dashed, wrong ones crossed, every mirror line
/// drawn and each offered line ticked or crossed. create() picks the screen for a task.
class SymmetryScreen : public CustomTaskScreen
{
    Q_OBJECT

public:
    SymmetryScreen(const ExerciseEngine &engine, const Exercise &exercise, const Clock &clock,
                   QWidget *parent = nullptr);
    ~SymmetryScreen() override;

    /// The screen for @p exercise's task (complete-symmetry, find-mirrors), or nullptr.
    static SymmetryScreen *create(const ExerciseEngine &engine, const Exercise &exercise, const Clock &clock,
                                  QWidget *parent = nullptr);

    const TaskRun &taskRun() const override { return *m_run; }
    GeometryRun &run() { return *m_run; }
    const GeometryRun &run() const { return *m_run; }

    bool findsMirrors() const { return m_findsMirrors; }
    /// The grid (moved onto the result page when the result shows).
    SymmetryGridWidget *grid() const { return m_grid; }
    QPushButton *againButton() const { return m_again; }
    /// find-mirrors: the button of the line @p key ("vertical" …), or nullptr.
    QPushButton *lineButton(const QString &key) const { return m_lineButtons.value(key); }
    /// find-mirrors: the lines offered, in the prompt's order.
    const QStringList &offeredLines() const { return m_offered; }
    QPushButton *noLineButton() const { return m_noLine; }
    /// find-mirrors: the lines picked, in the prompt's order.
    QStringList chosenLines() const;
    /// find-mirrors, on the result page: the words under the picture of line @p key.
    QString resultWords(const QString &key) const;
    /// The answer as it goes to the run.
    QJsonValue currentAnswer() const;

protected:
    /// The line buttons take Return as well as Space, and the arrows move between them.
    bool eventFilter(QObject *watched, QEvent *event) override;
    QString resultCaption(const Evaluation &evaluation) const override;
    void prepareResult(const Evaluation &evaluation) override;

private:
    void buildCompleteSymmetry();
    void buildFindMirrors();
    void lineToggled(const QString &key, bool checked);
    void refresh();
    void finish();
    void prepareCompleteResult(const Evaluation &evaluation);
    void prepareMirrorsResult();
    QWidget *legendEntry(int look, const QString &text);

    std::unique_ptr<GeometryRun> m_run;
    bool m_findsMirrors = false;
    SymmetryGridWidget *m_grid = nullptr;
    QPushButton *m_again = nullptr;
    QStringList m_offered;
    QHash<QString, QPushButton *> m_lineButtons;
    QPushButton *m_noLine = nullptr;
    QList<QPushButton *> m_choices; ///< the line buttons and "No mirror line", in order
    QHash<QString, QString> m_resultWords;
};

} // namespace stages::geometry
