#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace stages::music {

/// An order of a motif: a permutation of the motif's positions, {2, 0, 1} plays the third note,
/// then the first, then the second.
using MotifOrder = QList<int>;

/// Where a melody checked against a rule went wrong (data only).
struct RuleCheck
{
    bool ok = false;
    /// Index of the first order that breaks the rule, or -1 (when the whole melody is too short or
    /// too long, or ok).
    int firstBadOrder = -1;
};

/// The rules a pupil follows in the `create` task: compose a melody from orders of a motif so that
/// every step obeys the rule. Each rule can check a melody and build an example one.
class MotifRule
{
    Q_DECLARE_TR_FUNCTIONS(stages::music::MotifRule)

public:
    enum Kind {
        AllOrders, ///< every order of the motif exactly once, in any sequence
        NeighbourSwap, ///< each order swaps two neighbouring notes of the previous one ("plain changes")
        StartWhereEnded, ///< each order starts with the note the previous one ended on
        MirrorPairs, ///< orders come in pairs: an order, then the same order backwards
        ReturnHome, ///< starts and ends on the motif as given, never the same order twice in a row
    };

    explicit MotifRule(Kind kind = AllOrders)
        : m_kind(kind)
    { }
    static QList<MotifRule> all();
    static bool fromId(const QString &id, MotifRule *rule);

    Kind kind() const { return m_kind; }
    QString id() const;
    /// A short translated sentence for the pupil ("Each time, swap two neighbouring notes.").
    QString description() const;

    /// The number of orders a melody of this rule has for a motif of @p motifSize notes with
    /// @p requestedOrders asked for (AllOrders always needs all of them; MirrorPairs an even count).
    int melodyLength(int motifSize, int requestedOrders) const;
    /// Checks a whole melody of orders.
    RuleCheck check(const QList<MotifOrder> &orders, int motifSize) const;
    /// May @p next follow @p prefix (the orders so far) without breaking the rule?
    bool allowsNext(const QList<MotifOrder> &prefix, const MotifOrder &next, int motifSize, int length) const;
    /// A melody obeying the rule with melodyLength(motifSize, requestedOrders) orders; @p seed picks
    /// among the valid ones deterministically. Empty when none exists.
    QList<MotifOrder> example(int motifSize, int requestedOrders, quint32 seed) const;

    /// Every order of 0..size-1 in lexicographic order.
    static QList<MotifOrder> allOrders(int motifSize);
    static bool isOrder(const MotifOrder &order, int motifSize);

    bool operator==(const MotifRule &) const = default;

private:
    Kind m_kind;
};

} // namespace stages::music
