#pragma once

#include "exercises/framework/domainmodule.h"

#include <memory>

namespace stages::domains {

/// The combinatorics domain (listed in exercises/CMakeLists.txt, STAGES_DOMAINS).
std::unique_ptr<DomainModule> combinatorics();

} // namespace stages::domains
