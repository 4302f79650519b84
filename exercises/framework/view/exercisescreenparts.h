#pragma once

// Shared by exercisescreen.cpp (behaviour) and exercisescreenpages.cpp (building its pages):
// the sizes of rows and a question about tokens. Private to the exercise screen.

#include <QJsonObject>

namespace stages::ExerciseScreenParts {

/// The row being built and the rows to carry or choose from, at most this big.
inline constexpr int kAnswerSlot = 76;
/// Rows in lists (found rows, results in systematic order), at most this big.
inline constexpr int kListSlot = 52;

/// Whether a token shows a character (digits, letters) rather than a shape or a picture.
inline bool hasTextFace(const QJsonObject &element)
{
    return element.value(QStringLiteral("shape")).toString().isEmpty()
        && element.value(QStringLiteral("picture")).toString().isEmpty();
}

} // namespace stages::ExerciseScreenParts
