#pragma once

#include "core/progress/attemptservice.h"

#include <QWidget>

class QPushButton;

namespace stages {

/// What every pupil exercise screen is to the page that shows it, whatever the task and the
/// domain: it works on one exercise, emits finished() once when the pupil is done (the page then
/// stores toAttempt()), shows the result with Next (and Map, where there is a map), and takes a
/// note under the result ("New level: familiar!"). ExerciseScreen is the one for the framework's
/// tasks; a domain makes its own for tasks with AnswerKind::Custom (DomainView::createScreen).
class TaskScreen : public QWidget
{
    Q_OBJECT

public:
    explicit TaskScreen(QWidget *parent = nullptr);
    ~TaskScreen() override;

    /// The attempt to store once finished() was emitted (person left empty: the signed-in pupil).
    virtual AttemptRecord toAttempt() const = 0;
    /// Shown under the result: "New level ...", or why the attempt is not saved yet.
    virtual void setResultNote(const QString &text) = 0;
    virtual bool showsResult() const = 0;
    virtual QPushButton *nextButton() const = 0;
    virtual QPushButton *mapButton() const = 0;

    /// Whether the result offers "Map" (the warm-up has no map). Default: true.
    void setMapAvailable(bool available);
    bool isMapAvailable() const { return m_mapAvailable; }

signals:
    void finished();
    void nextRequested();
    void mapRequested();

protected:
    /// Shows the result's buttons: Next gets the focus but ignores clicks for a short moment, so
    /// the second tap of a double tap on "I'm done" cannot skip the result (issue 7, defect 5).
    void presentResultButtons();

private:
    bool m_mapAvailable = true;
};

} // namespace stages
