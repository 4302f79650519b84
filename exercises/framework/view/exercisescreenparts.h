#pragma once

// Shared by exercisescreen.cpp (behaviour) and exercisescreenpages.cpp (building its pages):
// the sizes of rows and a question about tokens. Private to the exercise screen.

#include <QJsonObject>

namespace stages::ExerciseScreenParts {

/// The row being built and the rows to carry or choose from, at most this big.
inline constexpr int kAnswerSlot = 76;
/// A ring being built (taller than a row), and the ring to carry beside it.
inline constexpr int kRingSlot = 48;
/// Rows in lists (found rows, results in systematic order), at most this big.
inline constexpr int kListSlot = 52;

/// Whether a token shows a character (digits, letters, a numbered point) rather than a shape or
/// a picture: no key number is drawn in its corner, where it could be read as the answer.
inline bool hasTextFace(const QJsonObject &element)
{
    const QString shape = element.value(QStringLiteral("shape")).toString();
    return (shape.isEmpty() || shape == QLatin1String("point"))
        && element.value(QStringLiteral("picture")).toString().isEmpty();
}

} // namespace stages::ExerciseScreenParts
