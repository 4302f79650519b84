#pragma once

#include "exercises/framework/view/domainview.h"

#include <memory>

namespace stages::domains {

/// The pupil screens of the combinatorics domain (listed in exercises/CMakeLists.txt, STAGES_DOMAINS).
std::unique_ptr<DomainView> combinatoricsView(const DomainModule &module);

} // namespace stages::domains
