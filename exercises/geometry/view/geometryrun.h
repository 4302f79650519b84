#pragma once

#include "exercises/framework/session/taskrun.h"

#include <optional>

namespace stages::geometry {

/// One pupil working on one of geometry's own tasks (draw, predict, complete-symmetry,
/// find-mirrors, create-drawing): the prompt, the answer so far, hints and time. No widgets: the
/// screens show it and hand it the answer; every judgement comes from the engine's Evaluator (the
/// code stagesctl uses). A drawing made in create-drawing is kept as an artifact the screen sets.
class GeometryRun final : public TaskRun
{
public:
    using TaskRun::TaskRun;

    /// The number of points on the circle (draw, predict, create-drawing), 0 for grids.
    int points() const;

    /// The full answer (Evaluator::solve): the figure's lines, the number to predict.
    Solution solution() const;

    void setAnswer(const QJsonValue &answer) { m_answer = answer; }
    QJsonValue answer() const override { return m_answer; }
    /// The pupil's drawing to keep for the teacher (create-drawing), or none.
    void setArtifact(std::optional<AttemptRecord::Artifact> artifact) { m_artifact = std::move(artifact); }

protected:
    std::optional<AttemptRecord::Artifact> artifact(const QJsonValue &answer) const override;

private:
    QJsonValue m_answer;
    std::optional<AttemptRecord::Artifact> m_artifact;
};

} // namespace stages::geometry
