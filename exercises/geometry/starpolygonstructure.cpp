#include "exercises/geometry/starpolygonstructure.h"

#include <algorithm>
#include <numeric>

namespace stages::geometry {

StarPolygonStructure::StarPolygonStructure(int n, int k)
    : m_n(n)
    , m_k(k)
{
}

StructureResult StarPolygonStructure::create(const QJsonObject &params)
{
    GeometryParams read(params);
    const auto n = read.whole(QStringLiteral("n"), kMinPoints, kMaxPoints);
    const auto k = n ? read.whole(QStringLiteral("k"), 1, *n - 1) : std::nullopt;
    if (!n || !k)
        return StructureResult::failure(read.error());
    return std::shared_ptr<const Structure>(std::make_shared<StarPolygonStructure>(*n, *k));
}

int StarPolygonStructure::figures() const
{
    return std::gcd(m_n, m_k);
}

ItemList StarPolygonStructure::segments() const
{
    ItemList out;
    for (int i = 0; i < m_n; ++i) {
        const int j = (i + m_k) % m_n;
        Item segment { std::min(i, j), std::max(i, j) };
        if (!out.contains(segment))
            out.append(segment);
    }
    std::sort(out.begin(), out.end());
    return out;
}

QJsonObject StarPolygonStructure::params() const
{
    return { { QStringLiteral("n"), m_n }, { QStringLiteral("k"), m_k } };
}

QString StarPolygonStructure::paramsToken() const
{
    return QStringLiteral("n%1k%2").arg(m_n).arg(m_k);
}

ItemList StarPolygonStructure::enumerate() const
{
    ItemList out;
    for (int start = 0; start < figures(); ++start) {
        Item figure;
        for (int i = 0; i < cornersPerFigure(); ++i)
            figure.append((start + i * m_k) % m_n);
        out.append(figure);
    }
    return out;
}

bool StarPolygonStructure::isValid(const Item &item) const
{
    if (item.size() != cornersPerFigure())
        return false;
    QList<bool> seen(m_n, false);
    for (int v : item) {
        if (v < 0 || v >= m_n || seen.at(v))
            return false;
        seen[v] = true;
    }
    // Each corner is joined to the next (and the last to the first) by a line of the star.
    for (qsizetype i = 0; i < item.size(); ++i) {
        const int step = ((item.at((i + 1) % item.size()) - item.at(i)) % m_n + m_n) % m_n;
        if (step != m_k && step != m_n - m_k)
            return false;
    }
    return true;
}

Item StarPolygonStructure::canonical(const Item &item) const
{
    const qsizetype size = item.size();
    if (size == 0)
        return item;
    const qsizetype first = std::min_element(item.cbegin(), item.cend()) - item.cbegin();
    const bool forward = size < 2 || item.at((first + 1) % size) == (item.at(first) + m_k) % m_n;
    Item out;
    out.reserve(size);
    for (qsizetype i = 0; i < size; ++i)
        out.append(item.at(((forward ? first + i : first - i) % size + size) % size));
    return out;
}

} // namespace stages::geometry
