#pragma once

#include "core/progress/attemptservice.h"
#include "exercises/framework/evaluation.h"

namespace stages {

/// The rules every exercise screen and page share about how an exercise went, in one place
/// (they were copied between the domains' pages before).
class Outcome
{
public:
    /// Stars on the result page: 3 for a success, 2 for at least half, 1 for something right, else 0.
    static int stars(const Evaluation &evaluation);
    /// Whether @p recorded brought a new level worth a greeting: a step up the ladder to
    /// "familiar" or above (a first try that lands on "attempted" is not news).
    static bool isNewLevel(const RecordedAttempt &recorded);
};

} // namespace stages
