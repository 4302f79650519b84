#pragma once

#include "core/progress/attemptservice.h"
#include "exercises/framework/evaluation.h"
#include "exercises/framework/evaluator.h"
#include "exercises/framework/exercise.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace stages {

class Clock;
class ExerciseEngine;

/// What every run of one exercise shares, whatever the task and the domain: the exercise and its
/// prompt, the time from the clock, the hints taken, finishing ("I'm done": the final evaluation,
/// the time stops) and the attempt to store. The answer itself is the subclass's (rows, a number,
/// a tune); every judgement comes from the engine's Evaluator, the code stagesctl uses. The
/// engine and the clock must outlive the run.
class TaskRun
{
public:
    TaskRun(const ExerciseEngine &engine, Exercise exercise, const Clock &clock);
    virtual ~TaskRun();
    TaskRun(const TaskRun &) = delete;
    TaskRun &operator=(const TaskRun &) = delete;

    const Exercise &exercise() const { return m_exercise; }
    const ExerciseEngine &engine() const { return m_engine; }
    /// Evaluator::prompt(): elements and the task's keys.
    const QJsonObject &prompt() const { return m_prompt; }

    /// The answer as the Evaluator takes it (and as it is stored).
    virtual QJsonValue answer() const = 0;
    Evaluation evaluate() const;
    /// The next step as data; counts one hint used (none once finished).
    Hint takeHint();
    int hintsUsed() const { return m_hintsUsed; }

    /// "I'm done": the final evaluation; the time stops. A second call changes nothing.
    Evaluation finish();
    bool isFinished() const { return m_finished; }
    const Evaluation &result() const { return m_result; }
    qint64 durationMs() const;
    /// The attempt to store, with the work as an artifact for creative tasks; the person is left
    /// empty: the signed-in pupil.
    AttemptRecord toAttempt() const;

protected:
    /// The pupil's own piece kept for the teacher (rows, a tune), or none.
    virtual std::optional<AttemptRecord::Artifact> artifact(const QJsonValue &answer) const;
    /// The day the run started, for an artifact's title.
    QDate startedOn() const { return m_started.toLocalTime().date(); }
    /// Called after the hint count changed and after finishing (ExerciseRun emits its signals).
    virtual void hintsChanged() { }
    virtual void finishedNow() { }

private:
    const ExerciseEngine &m_engine;
    Evaluator m_evaluator;
    Exercise m_exercise;
    const Clock &m_clock;
    QJsonObject m_prompt;
    int m_hintsUsed = 0;
    QDateTime m_started;
    QDateTime m_ended;
    bool m_finished = false;
    Evaluation m_result;
};

} // namespace stages
