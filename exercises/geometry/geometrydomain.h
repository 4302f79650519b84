#pragma once

#include "exercises/framework/domainmodule.h"

#include <memory>

namespace stages::domains {

/// The geometry domain (listed in exercises/CMakeLists.txt, STAGES_DOMAINS).
std::unique_ptr<DomainModule> geometry();

} // namespace stages::domains
