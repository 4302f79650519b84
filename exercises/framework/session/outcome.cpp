#include "exercises/framework/session/outcome.h"

namespace stages {

int Outcome::stars(const Evaluation &evaluation)
{
    if (evaluation.success)
        return 3;
    if (evaluation.score >= 0.5)
        return 2;
    return evaluation.score > 0.0 ? 1 : 0;
}

bool Outcome::isNewLevel(const RecordedAttempt &recorded)
{
    return recorded.mastery.level > recorded.previousLevel && recorded.mastery.level >= MasteryLevel::Familiar;
}

} // namespace stages
