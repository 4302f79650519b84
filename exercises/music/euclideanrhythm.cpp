#include "exercises/music/euclideanrhythm.h"

#include <algorithm>

namespace stages::music {

Result<EuclideanRhythm> EuclideanRhythm::euclid(int k, int n)
{
    if (n < 1 || n > 64 || k < 0 || k > n)
        return Result<EuclideanRhythm>::failure(
            tr("E(%1,%2) is not a rhythm: the steps must be 1 to 64 and the onsets 0 to the number of steps.")
                .arg(k)
                .arg(n));
    if (k == 0)
        return EuclideanRhythm(QList<bool>(n, false));

    // Bjorklund: start with k groups [x] and n-k groups [.]; repeatedly append one remainder group
    // to each leading group (as in Euclid's algorithm on k and n-k) until at most one remainder is left.
    QList<QList<bool>> heads(k, QList<bool> { true });
    QList<QList<bool>> tails(n - k, QList<bool> { false });
    while (tails.size() > 1) {
        const qsizetype pairs = std::min(heads.size(), tails.size());
        QList<QList<bool>> newHeads;
        QList<QList<bool>> newTails;
        for (qsizetype i = 0; i < pairs; ++i)
            newHeads.append(heads.at(i) + tails.at(i));
        // Whatever was not paired becomes the new remainder (from the longer list).
        for (qsizetype i = pairs; i < heads.size(); ++i)
            newTails.append(heads.at(i));
        for (qsizetype i = pairs; i < tails.size(); ++i)
            newTails.append(tails.at(i));
        heads = std::move(newHeads);
        tails = std::move(newTails);
    }
    QList<bool> steps;
    steps.reserve(n);
    for (const auto &group : std::as_const(heads))
        steps.append(group);
    for (const auto &group : std::as_const(tails))
        steps.append(group);
    return EuclideanRhythm(steps);
}

Result<EuclideanRhythm> EuclideanRhythm::parse(const QString &pattern)
{
    QList<bool> steps;
    for (QChar c : pattern) {
        if (c.isSpace())
            continue;
        if (c == QLatin1Char('x') || c == QLatin1Char('X') || c == QLatin1Char('1'))
            steps.append(true);
        else if (c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('0') || c == QLatin1Char('_'))
            steps.append(false);
        else
            return Result<EuclideanRhythm>::failure(
                tr("\"%1\" is not a rhythm pattern; use x for a beat and . for a rest, like x..x..x.").arg(pattern));
    }
    if (steps.isEmpty())
        return Result<EuclideanRhythm>::failure(tr("The rhythm pattern is empty."));
    return EuclideanRhythm(steps);
}

int EuclideanRhythm::onsetCount() const
{
    return int(std::count(m_steps.cbegin(), m_steps.cend(), true));
}

QList<int> EuclideanRhythm::onsets() const
{
    QList<int> result;
    for (int i = 0; i < length(); ++i) {
        if (m_steps.at(i))
            result.append(i);
    }
    return result;
}

QList<int> EuclideanRhythm::intervals() const
{
    const QList<int> on = onsets();
    QList<int> result;
    for (qsizetype i = 0; i < on.size(); ++i) {
        const int next = i + 1 < on.size() ? on.at(i + 1) : on.constFirst() + length();
        result.append(next - on.at(i));
    }
    return result;
}

QString EuclideanRhythm::toString() const
{
    QString s;
    s.reserve(length());
    for (bool b : m_steps)
        s.append(b ? QLatin1Char('x') : QLatin1Char('.'));
    return s;
}

EuclideanRhythm EuclideanRhythm::rotated(int by) const
{
    const int n = length();
    if (n == 0)
        return *this;
    const int shift = ((by % n) + n) % n;
    QList<bool> steps;
    steps.reserve(n);
    for (int i = 0; i < n; ++i)
        steps.append(m_steps.at((i + shift) % n));
    return EuclideanRhythm(steps);
}

bool EuclideanRhythm::sameUpToRotation(const EuclideanRhythm &other) const
{
    if (other.length() != length())
        return false;
    for (int r = 0; r < length(); ++r) {
        if (rotated(r) == other)
            return true;
    }
    return length() == 0;
}

EuclideanRhythm EuclideanRhythm::canonical() const
{
    EuclideanRhythm best = *this;
    for (int r = 1; r < length(); ++r) {
        EuclideanRhythm candidate = rotated(r);
        // true > false, so the greatest sequence starts with the longest run of onsets.
        if (std::lexicographical_compare(best.m_steps.cbegin(), best.m_steps.cend(), candidate.m_steps.cbegin(),
                                         candidate.m_steps.cend()))
            best = candidate;
    }
    return best;
}

} // namespace stages::music
