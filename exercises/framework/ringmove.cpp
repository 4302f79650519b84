#include "exercises/framework/ringmove.h"

#include <cstdlib>

namespace stages {

namespace {

int wrap(qsizetype i, qsizetype n)
{
    return int(((i % n) + n) % n);
}

} // namespace

Item RingMove::turned(const Item &item, int k)
{
    const qsizetype n = item.size();
    Item result(n, -1);
    for (qsizetype i = 0; i < n; ++i)
        result[wrap(i + k, n)] = item.at(i);
    return result;
}

Item RingMove::flipped(const Item &item)
{
    const qsizetype n = item.size();
    Item result(n, -1);
    for (qsizetype i = 0; i < n; ++i)
        result[wrap(n - i, n)] = item.at(i);
    return result;
}

Item RingMove::applied(const Item &item) const
{
    return turned(flip ? flipped(item) : item, turn);
}

std::optional<RingMove> RingMove::between(const Item &from, const Item &to, bool mayFlip)
{
    const int n = int(from.size());
    if (n != to.size())
        return std::nullopt;
    if (n == 0)
        return RingMove {};
    for (const bool flip : { false, true }) {
        if (flip && !mayFlip)
            break;
        std::optional<RingMove> best;
        for (int k = 0; k < n; ++k) {
            // The short way round: 0, 1, -1, 2, -2 ... up to half the ring.
            const int turn = k <= n / 2 ? k : k - n;
            const RingMove move { turn, flip };
            if (move.applied(from) == to
                && (!best || std::abs(turn) < std::abs(best->turn)
                    || (std::abs(turn) == std::abs(best->turn) && turn > best->turn)))
                best = move;
        }
        if (best)
            return best;
    }
    return std::nullopt;
}

} // namespace stages
