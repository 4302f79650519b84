#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace stages::music {

/// A cyclic rhythm of n equal steps, some of which are onsets, with the Euclidean rhythm E(k,n)
/// (k onsets spread as evenly as possible over n steps) built by Bjorklund's algorithm, as in
/// G. Toussaint, "The Euclidean algorithm generates traditional musical rhythms" (2005).
class EuclideanRhythm
{
    Q_DECLARE_TR_FUNCTIONS(stages::music::EuclideanRhythm)

public:
    EuclideanRhythm() = default;
    explicit EuclideanRhythm(QList<bool> steps)
        : m_steps(std::move(steps))
    { }

    /// E(k,n) by Bjorklund's algorithm, starting on an onset. Fails unless 0 <= k <= n and 1 <= n <= 64.
    static Result<EuclideanRhythm> euclid(int k, int n);
    /// Reads "x..x..x." (x, X or 1 for an onset; '.', '-', '0' or '_' for a rest; spaces ignored).
    static Result<EuclideanRhythm> parse(const QString &pattern);

    const QList<bool> &steps() const { return m_steps; }
    int length() const { return int(m_steps.size()); }
    int onsetCount() const;
    /// Step indices of the onsets, ascending.
    QList<int> onsets() const;
    /// Distances between consecutive onsets, cyclically (sums to length()).
    QList<int> intervals() const;

    /// "x..x..x." form.
    QString toString() const;
    /// The rhythm started @p by steps later (rotated left).
    EuclideanRhythm rotated(int by) const;
    /// True when @p other is a rotation of this rhythm (same necklace).
    bool sameUpToRotation(const EuclideanRhythm &other) const;
    /// The lexicographically greatest rotation (onsets first): one representative per necklace.
    EuclideanRhythm canonical() const;

    bool operator==(const EuclideanRhythm &) const = default;

private:
    QList<bool> m_steps;
};

} // namespace stages::music
