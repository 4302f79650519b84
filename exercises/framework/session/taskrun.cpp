#include "exercises/framework/session/taskrun.h"

#include "core/clock.h"

namespace stages {

TaskRun::TaskRun(const ExerciseEngine &engine, Exercise exercise, const Clock &clock)
    : m_engine(engine)
    , m_evaluator(engine)
    , m_exercise(std::move(exercise))
    , m_clock(clock)
    , m_prompt(m_evaluator.prompt(m_exercise))
    , m_started(clock.now())
{ }

TaskRun::~TaskRun() = default;

Evaluation TaskRun::evaluate() const
{
    return m_evaluator.evaluate(m_exercise, answer());
}

Hint TaskRun::takeHint()
{
    if (m_finished)
        return {};
    ++m_hintsUsed;
    hintsChanged();
    return evaluate().hint;
}

Evaluation TaskRun::finish()
{
    if (m_finished)
        return m_result;
    m_result = evaluate();
    m_ended = m_clock.now();
    m_finished = true;
    finishedNow();
    return m_result;
}

qint64 TaskRun::durationMs() const
{
    return std::max<qint64>(0, m_started.msecsTo(m_finished ? m_ended : m_clock.now()));
}

AttemptRecord TaskRun::toAttempt() const
{
    const Evaluation e = m_finished ? m_result : evaluate();
    AttemptRecord a;
    a.exerciseId = m_exercise.id;
    a.domain = m_exercise.domain;
    a.stage = m_exercise.stage;
    a.score = e.score;
    a.success = e.success;
    a.durationMs = durationMs();
    a.hintsUsed = m_hintsUsed;
    a.answer = answer();
    a.artifact = artifact(a.answer);
    return a;
}

std::optional<AttemptRecord::Artifact> TaskRun::artifact(const QJsonValue &answer) const
{
    Q_UNUSED(answer);
    return std::nullopt;
}

} // namespace stages
