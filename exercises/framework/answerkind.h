#pragma once

namespace stages {

/// How a pupil answers a task, which decides the screen that shows it: many rows (build-all,
/// find-missing, create), one row (next-in-order, transfer), a number (count), a choice among
/// shown rows (spot-duplicate), or Custom: the domain registers its own screen for the task
/// (play-back, listen-identify, tap-rhythm, compose, a drawing canvas).
enum class AnswerKind { Rows, Row, Number, Choice, Custom };

} // namespace stages
