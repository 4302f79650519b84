#pragma once

#include <QDateTime>

namespace stages {

/// How long an account waits after repeated failed sign-ins.
/// The first few mistakes are free (children mistype); from the fifth on, the wait doubles.
namespace SignInThrottle {

constexpr int kFreeFailures = 4;
constexpr qint64 kFirstDelayMs = 10 * 1000;
constexpr qint64 kMaxDelayMs = 15 * 60 * 1000;

/// Delay imposed after the given number of consecutive failures (0 for the free ones).
qint64 delayAfterFailures(int failures);

} // namespace SignInThrottle

} // namespace stages
