#pragma once

#include "exercises/framework/item.h"

#include <optional>

namespace stages {

/// A turn and a flip of beads on a ring (necklaces, bracelets), as the pupil does it by hand.
/// Positions go clockwise from the top bead. A turn by k moves every bead k places clockwise
/// (negative: anticlockwise); a flip turns the ring over about the line through the top bead, so
/// the top bead stays and the others swap sides. Empty places (-1) move like beads.
struct RingMove
{
    int turn = 0; ///< places every bead moves clockwise (after the flip)
    bool flip = false; ///< turned over first

    /// @p item with every bead moved @p k places clockwise: result[(i + k) mod n] = item[i].
    static Item turned(const Item &item, int k);
    /// @p item turned over about the top bead: result[(n - i) mod n] = item[i].
    static Item flipped(const Item &item);
    /// @p item after this move: flipped first (when flip), then turned.
    Item applied(const Item &item) const;

    /// The move that takes @p from onto @p to, or nullopt when none does: a turn alone when one
    /// does (and a flip only when @p mayFlip), the turn the short way round (-n/2 < turn <= n/2),
    /// the smallest first. Equal rows give the empty move.
    static std::optional<RingMove> between(const Item &from, const Item &to, bool mayFlip);

    bool operator==(const RingMove &) const = default;
};

} // namespace stages
