#include "exercises/framework/circularstructure.h"

#include <algorithm>
#include <numeric>

namespace stages {

namespace {

qint64 power(qint64 base, int exponent)
{
    qint64 result = 1;
    for (int i = 0; i < exponent; ++i)
        result *= base;
    return result;
}

int totient(int n)
{
    int result = 0;
    for (int i = 1; i <= n; ++i)
        result += std::gcd(i, n) == 1 ? 1 : 0;
    return result;
}

/// Smallest rotation of @p item, compared in place without building every rotation.
Item smallestRotation(const Item &item)
{
    const int n = int(item.size());
    int best = 0;
    for (int start = 1; start < n; ++start) {
        for (int i = 0; i < n; ++i) {
            const int a = item.at((start + i) % n);
            const int b = item.at((best + i) % n);
            if (a != b) {
                if (a < b)
                    best = start;
                break;
            }
        }
    }
    Item out;
    out.reserve(n);
    for (int i = 0; i < n; ++i)
        out.append(item.at((best + i) % n));
    return out;
}

} // namespace

CircularStructure::CircularStructure(Kind kind, int n, int k)
    : m_kind(kind)
    , m_n(n)
    , m_k(k)
{
}

QString CircularStructure::kind() const
{
    return m_kind == Kind::Necklace ? QStringLiteral("necklace") : QStringLiteral("bracelet");
}

QString CircularStructure::idToken() const
{
    return m_kind == Kind::Necklace ? QStringLiteral("neck") : QStringLiteral("brac");
}

QJsonObject CircularStructure::params() const
{
    return {{QStringLiteral("n"), m_n}, {QStringLiteral("k"), m_k}};
}

QString CircularStructure::paramsToken() const
{
    return QStringLiteral("n%1k%2").arg(m_n).arg(m_k);
}

qint64 CircularStructure::necklaceCount(int n, int k)
{
    // (1/n) * sum over divisors d of n of phi(d) * k^(n/d)
    qint64 sum = 0;
    for (int d = 1; d <= n; ++d) {
        if (n % d == 0)
            sum += totient(d) * power(k, n / d);
    }
    return sum / n;
}

qint64 CircularStructure::braceletCount(int n, int k)
{
    const qint64 necklaces = necklaceCount(n, k);
    // Burnside over the dihedral group: rotations give the necklaces, the n reflections add
    // k^((n+1)/2) each for odd n, and half k^(n/2+1) + half k^(n/2) for even n.
    if (n % 2 == 1)
        return (necklaces + power(k, (n + 1) / 2)) / 2;
    return (2 * necklaces + (k + 1) * power(k, n / 2)) / 4;
}

qint64 CircularStructure::count() const
{
    return m_kind == Kind::Necklace ? necklaceCount(m_n, m_k) : braceletCount(m_n, m_k);
}

ItemList CircularStructure::enumerate() const
{
    ItemList out;
    Item item(m_n, 0);
    while (true) {
        if (canonical(item) == item)
            out.append(item);
        int i = m_n - 1;
        while (i >= 0 && ++item[i] == m_k) {
            item[i] = 0;
            --i;
        }
        if (i < 0)
            break;
    }
    return out;
}

bool CircularStructure::isValid(const Item &item) const
{
    if (item.size() != m_n)
        return false;
    return std::all_of(item.cbegin(), item.cend(), [this](int v) { return v >= 0 && v < m_k; });
}

Item CircularStructure::canonical(const Item &item) const
{
    Item best = smallestRotation(item);
    if (m_kind == Kind::Bracelet) {
        Item mirrored(item.crbegin(), item.crend());
        best = std::min(best, smallestRotation(mirrored));
    }
    return best;
}

} // namespace stages
