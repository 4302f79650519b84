#include "exercises/combinatorics/view/combinatoricsdomainview.h"

namespace stages::domains {

// Everything the shared exercise UI does by default: the stage map and ExerciseScreen for every task.
std::unique_ptr<DomainView> combinatoricsView(const DomainModule &module)
{
    return std::make_unique<DomainView>(module);
}

} // namespace stages::domains
