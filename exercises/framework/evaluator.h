#pragma once

#include "exercises/framework/evaluation.h"
#include "exercises/framework/exercise.h"

#include <QJsonObject>

namespace stages {

class ExerciseEngine;

/// The one place that decides what a pupil sees and how an answer is judged; the pupil screens,
/// stagesctl and the tests all go through it, so they always agree.
/// Holds a reference to the engine, which must outlive it.
class Evaluator
{
public:
    explicit Evaluator(const ExerciseEngine &engine) : m_engine(engine) {}

    /// What the screen shows: "elements" (one per symbol: index, key, name, symbol, colour,
    /// shape, picture), "itemLength", for products "groups", plus the task's own keys.
    QJsonObject prompt(const Exercise &exercise) const;
    /// exercise.toJson() plus "prompt".
    QJsonObject describe(const Exercise &exercise) const;
    Solution solve(const Exercise &exercise) const;
    Evaluation evaluate(const Exercise &exercise, const QJsonValue &answer) const;

private:
    const ExerciseEngine &m_engine;
};

} // namespace stages
