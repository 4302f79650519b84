#include "exercises/movement/view/movementdomainview.h"

namespace stages::domains {

// Everything the shared exercise UI does by default: the stage map and ExerciseScreen for every task.
std::unique_ptr<DomainView> movementView(const DomainModule &module)
{
    return std::make_unique<DomainView>(module);
}

} // namespace stages::domains
