#pragma once

#include "exercises/framework/samenessrule.h"

#include "exercises/framework/item.h"

#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

namespace stages {

/// A combinatorial family: everything that can be listed, counted and checked without a skin.
///
/// Items use element indexes 0..elementCount()-1 (see symbolOf for products). enumerate() lists
/// canonical items in the systematic order a child can follow: lexicographic, the first position
/// changing slowest. Implementations are immutable values shared by many exercises.
/// Later domains add their own structures through StructureRegistry.
class Structure
{
public:
    virtual ~Structure() = default;

    /// Stable name used in ids, JSON and the command line ("permutation", "lattice_path").
    virtual QString kind() const = 0;
    /// When two items are the same, as facts the screens put into words (SamenessRule).
    virtual QList<SamenessRule> rules() const = 0;
    /// Short token used in exercise ids ("perm").
    virtual QString idToken() const = 0;
    /// The parameters, keys as on the command line: n, k, sizes, a, b.
    virtual QJsonObject params() const = 0;
    /// Parameters as an id segment ("n3", "n4k2", "g2x3", "a2b3").
    virtual QString paramsToken() const = 0;

    /// Number of positions in an item.
    virtual int itemLength() const = 0;
    /// Number of distinct symbols a skin has to provide.
    virtual int elementCount() const = 0;
    /// Which symbol (0..elementCount()-1) shows @p value at @p position. Products offset each
    /// group; everything else shows the value itself.
    virtual int symbolOf(int position, int value) const
    {
        Q_UNUSED(position);
        return value;
    }

    /// The closed form (n!, C(n,k), Burnside's count for necklaces ...), never by listing.
    virtual qint64 count() const = 0;
    /// All canonical items in systematic order. Only call when count() <= kMaxEnumerable.
    virtual ItemList enumerate() const = 0;
    /// Whether @p item is a well-formed member (any representative, e.g. any rotation of a necklace).
    virtual bool isValid(const Item &item) const = 0;
    /// The representative that enumerate() lists for @p item (sorted for combinations, the
    /// smallest rotation for necklaces ...). Only defined for valid items.
    virtual Item canonical(const Item &item) const { return item; }

    /// How many canonical items hold @p value in their first position, by a closed form
    /// ((n-1)! for permutations, C(n-1-x, k-1) for combinations, whose canonical rows are sorted
    /// ...). nullopt where there is none a child could follow (rings, rhythms): then the
    /// "how many start with" task does not suit the structure.
    virtual std::optional<qint64> countStartingWith(int value) const
    {
        Q_UNUSED(value);
        return std::nullopt;
    }
    /// Whether a position of an item means the same in every row (ordered rows, outfits, paths),
    /// so "what stays the same" can name a place; unordered rows name an element they all hold;
    /// rings and rhythms have no fixed first place (nullopt: the noticing task does not suit them).
    enum class Sameness { Position, Contains };
    virtual std::optional<Sameness> sameness() const { return std::nullopt; }
    /// The same structure with one more element (3 colours -> 4), for "predict, then check";
    /// nullptr where growing it is not "one more element" or passes the limits.
    virtual std::shared_ptr<const Structure> withOneMore() const { return nullptr; }

    bool canEnumerate() const { return count() <= kMaxEnumerable; }
    /// "perm/n3": the structure part of an exercise id.
    QString idSegment() const { return idToken() + QLatin1Char('/') + paramsToken(); }

    static constexpr qint64 kMaxEnumerable = 50000;
};

} // namespace stages
