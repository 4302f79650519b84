#pragma once

#include "exercises/framework/session/exerciserun.h"

namespace stages::movement {

/// One pupil making a karate combination ("combination" task): ExerciseRun's row being built
/// (draft: place, clear) is the combination; the answer is that row, and the finished work is
/// kept as a "karate" artifact (CombinationTask::artifactContent) the teacher can watch.
class KarateRun final : public ExerciseRun
{
    Q_OBJECT

public:
    KarateRun(const ExerciseEngine &engine, Exercise exercise, const Clock &clock, QObject *parent = nullptr);

    QJsonValue answer() const override;
    /// The moves placed so far, by skin key, in order (empty slots left out).
    QStringList moveKeys() const;
    /// The rule the combination follows, if the exercise sets one.
    std::optional<CreateRule> rule() const;

protected:
    std::optional<AttemptRecord::Artifact> artifact(const QJsonValue &answer) const override;
};

} // namespace stages::movement
