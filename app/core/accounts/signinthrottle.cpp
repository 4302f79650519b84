#include "core/accounts/signinthrottle.h"

#include <algorithm>

namespace stages::SignInThrottle {

qint64 delayAfterFailures(int failures)
{
    if (failures <= kFreeFailures)
        return 0;
    const int doublings = std::min(failures - kFreeFailures - 1, 20);
    return std::min(kFirstDelayMs << doublings, kMaxDelayMs);
}

} // namespace stages::SignInThrottle
