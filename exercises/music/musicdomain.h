#pragma once

#include "exercises/framework/domainmodule.h"

#include <memory>

namespace stages::domains {

/// The music domain (listed in exercises/CMakeLists.txt, STAGES_DOMAINS).
std::unique_ptr<DomainModule> music();

} // namespace stages::domains
