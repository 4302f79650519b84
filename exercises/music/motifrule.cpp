#include "exercises/music/motifrule.h"

#include <QRandomGenerator>

#include <algorithm>
#include <numeric>

namespace stages::music {

namespace {

bool differsByNeighbourSwap(const MotifOrder &a, const MotifOrder &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i + 1 < a.size(); ++i) {
        if (a.at(i) == b.at(i + 1) && a.at(i + 1) == b.at(i)) {
            bool restEqual = true;
            for (qsizetype j = 0; j < a.size() && restEqual; ++j)
                restEqual = j == i || j == i + 1 || a.at(j) == b.at(j);
            if (restEqual)
                return true;
        }
    }
    return false;
}

MotifOrder reversed(MotifOrder order)
{
    std::reverse(order.begin(), order.end());
    return order;
}

MotifOrder identity(int size)
{
    MotifOrder order(size);
    std::iota(order.begin(), order.end(), 0);
    return order;
}

} // namespace

QList<MotifRule> MotifRule::all()
{
    return { MotifRule(AllOrders), MotifRule(NeighbourSwap), MotifRule(StartWhereEnded), MotifRule(MirrorPairs),
             MotifRule(ReturnHome) };
}

bool MotifRule::fromId(const QString &id, MotifRule *rule)
{
    for (const MotifRule &r : all()) {
        if (r.id() == id) {
            if (rule)
                *rule = r;
            return true;
        }
    }
    return false;
}

QString MotifRule::id() const
{
    switch (m_kind) {
    case AllOrders:
        return QStringLiteral("all-orders");
    case NeighbourSwap:
        return QStringLiteral("neighbour-swap");
    case StartWhereEnded:
        return QStringLiteral("start-where-ended");
    case MirrorPairs:
        return QStringLiteral("mirror-pairs");
    case ReturnHome:
        return QStringLiteral("return-home");
    }
    return {};
}

QString MotifRule::description() const
{
    switch (m_kind) {
    case AllOrders:
        return tr("Play every order of the notes exactly once.");
    case NeighbourSwap:
        return tr("Each time, swap two neighbouring notes.");
    case StartWhereEnded:
        return tr("Start each time on the note you just ended on.");
    case MirrorPairs:
        return tr("Play an order, then play it backwards.");
    case ReturnHome:
        return tr("Start and end with the tune as given; never play the same order twice in a row.");
    }
    return {};
}

QList<MotifOrder> MotifRule::allOrders(int motifSize)
{
    QList<MotifOrder> result;
    if (motifSize < 1 || motifSize > 6)
        return result;
    MotifOrder order = identity(motifSize);
    do {
        result.append(order);
    } while (std::next_permutation(order.begin(), order.end()));
    return result;
}

bool MotifRule::isOrder(const MotifOrder &order, int motifSize)
{
    if (order.size() != motifSize)
        return false;
    MotifOrder sorted = order;
    std::sort(sorted.begin(), sorted.end());
    return sorted == identity(motifSize);
}

int MotifRule::melodyLength(int motifSize, int requestedOrders) const
{
    int factorial = 1;
    for (int i = 2; i <= motifSize; ++i)
        factorial *= i;
    switch (m_kind) {
    case AllOrders:
        return factorial;
    case NeighbourSwap:
    case StartWhereEnded:
        return std::clamp(requestedOrders, 2, factorial);
    case MirrorPairs:
        return std::clamp(requestedOrders + requestedOrders % 2, 2, 2 * factorial);
    case ReturnHome:
        return std::max(requestedOrders, 3);
    }
    return requestedOrders;
}

bool MotifRule::allowsNext(const QList<MotifOrder> &prefix, const MotifOrder &next, int motifSize, int length) const
{
    if (!isOrder(next, motifSize))
        return false;
    const qsizetype position = prefix.size();
    if (position >= length)
        return false;
    const bool last = position == length - 1;
    switch (m_kind) {
    case AllOrders:
        return !prefix.contains(next);
    case NeighbourSwap:
        return !prefix.contains(next) && (prefix.isEmpty() || differsByNeighbourSwap(prefix.constLast(), next));
    case StartWhereEnded:
        return !prefix.contains(next) && (prefix.isEmpty() || prefix.constLast().constLast() == next.constFirst());
    case MirrorPairs:
        if (position % 2 == 1)
            return next == reversed(prefix.constLast());
        // Each pair is new; a palindrome (only possible for size 1) would make a pair of twins.
        for (qsizetype i = 0; i < prefix.size(); i += 2) {
            if (prefix.at(i) == next)
                return false;
        }
        return next != reversed(next) || motifSize == 1;
    case ReturnHome: {
        const MotifOrder home = identity(motifSize);
        if (position == 0 || last)
            return next == home && (prefix.isEmpty() || prefix.constLast() != next);
        return prefix.constLast() != next && !(position == length - 2 && next == home);
    }
    }
    return false;
}

RuleCheck MotifRule::check(const QList<MotifOrder> &orders, int motifSize) const
{
    RuleCheck result;
    const int length = int(orders.size());
    // AllOrders needs exactly n! orders; the other rules take the length the pupil chose.
    const int required = m_kind == AllOrders ? melodyLength(motifSize, length) : length;
    QList<MotifOrder> prefix;
    for (int i = 0; i < length; ++i) {
        if (!allowsNext(prefix, orders.at(i), motifSize, std::max(required, length))) {
            result.firstBadOrder = i;
            return result;
        }
        prefix.append(orders.at(i));
    }
    const bool longEnough = length >= 2 && length == required && (m_kind != MirrorPairs || length % 2 == 0)
        && (m_kind != ReturnHome || length >= 3);
    result.ok = longEnough;
    return result;
}

QList<MotifOrder> MotifRule::example(int motifSize, int requestedOrders, quint32 seed) const
{
    const int length = melodyLength(motifSize, requestedOrders);
    const QList<MotifOrder> candidates = allOrders(motifSize);
    if (candidates.isEmpty())
        return {};
    QRandomGenerator random(seed);
    QList<MotifOrder> melody;
    // Depth-first search with a seeded candidate order at each depth; small motifs (n <= 4) make
    // this instant, and the step budget keeps larger ones bounded.
    QList<QList<MotifOrder>> choices;
    int budget = 200000;
    auto shuffled = [&]() {
        QList<MotifOrder> c = candidates;
        for (qsizetype i = c.size() - 1; i > 0; --i)
            std::swap(c[i], c[random.bounded(int(i + 1))]);
        return c;
    };
    choices.append(shuffled());
    while (!choices.isEmpty() && budget-- > 0) {
        if (melody.size() == length)
            return melody;
        QList<MotifOrder> &options = choices.last();
        bool advanced = false;
        while (!options.isEmpty()) {
            MotifOrder next = options.takeFirst();
            if (allowsNext(melody, next, motifSize, length)) {
                melody.append(next);
                choices.append(shuffled());
                advanced = true;
                break;
            }
        }
        if (!advanced) {
            choices.removeLast();
            if (!melody.isEmpty())
                melody.removeLast();
        }
    }
    return melody.size() == length ? melody : QList<MotifOrder> {};
}

} // namespace stages::music
