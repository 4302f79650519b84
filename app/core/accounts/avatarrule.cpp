#include "core/accounts/avatarrule.h"

#include <algorithm>
#include <array>

namespace stages {

int AvatarRule::choose(const QList<int> &taken)
{
    std::array<int, kAvatarCount> uses {};
    for (int avatar : taken) {
        if (isValid(avatar))
            ++uses.at(size_t(avatar));
    }
    // min_element returns the first of equal minimums: the lowest index among the least used.
    return int(std::min_element(uses.cbegin(), uses.cend()) - uses.cbegin());
}

} // namespace stages
