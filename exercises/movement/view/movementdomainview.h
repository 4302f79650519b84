#pragma once

#include "exercises/framework/view/domainview.h"

#include <memory>

namespace stages::domains {

/// The pupil screens of the movement domain (listed in exercises/CMakeLists.txt, STAGES_DOMAINS).
std::unique_ptr<DomainView> movementView(const DomainModule &module);

} // namespace stages::domains
