#pragma once

#include "core/school/historyplan.h"

namespace stages {
class ExerciseContent;
}

namespace stages::cli {

/// The plan for "demo seed --attempts": for every domain of the catalogue, each stage with a
/// dozen of its real exercises (with the answer that solves them) and up to two creative pieces
/// made the way the pupil screens make them (CreateTask, ComposeTask, CombinationTask content).
HistoryPlan demoHistoryPlan(const ExerciseContent &content);

} // namespace stages::cli
