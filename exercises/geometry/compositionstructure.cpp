#include "exercises/geometry/compositionstructure.h"

#include <algorithm>

namespace stages::geometry {

namespace {

qint64 factorial(int n)
{
    qint64 f = 1;
    for (int i = 2; i <= n; ++i)
        f *= i;
    return f;
}

} // namespace

CompositionStructure::CompositionStructure(int length, int pieces)
    : m_length(length)
    , m_pieces(pieces)
{
}

StructureResult CompositionStructure::create(const QJsonObject &params)
{
    GeometryParams read(params);
    const auto length = read.whole(QStringLiteral("length"), 1, kMaxLength);
    const auto pieces = length ? read.whole(QStringLiteral("pieces"), 2, 3) : std::nullopt;
    if (!length || !pieces)
        return StructureResult::failure(read.error());
    return std::shared_ptr<const Structure>(std::make_shared<CompositionStructure>(*length, *pieces));
}

QList<int> CompositionStructure::pieceLengths(const Item &item)
{
    QList<int> lengths;
    for (qsizetype i = 0; i < item.size(); i += std::max(1, item.at(i) + 1))
        lengths.append(item.at(i) + 1);
    return lengths;
}

QJsonObject CompositionStructure::params() const
{
    return { { QStringLiteral("length"), m_length }, { QStringLiteral("pieces"), m_pieces } };
}

QString CompositionStructure::paramsToken() const
{
    return QStringLiteral("l%1p%2").arg(m_length).arg(m_pieces);
}

qint64 CompositionStructure::countFor(int length, int pieces)
{
    if (length < 0)
        return 0;
    qint64 total = 0;
    const int maxThrees = pieces >= 3 ? length / 3 : 0;
    for (int c = 0; c <= maxThrees; ++c) {
        for (int b = 0; 2 * b + 3 * c <= length; ++b) {
            const int a = length - 2 * b - 3 * c;
            total += factorial(a + b + c) / (factorial(a) * factorial(b) * factorial(c));
        }
    }
    return total;
}

void CompositionStructure::extend(Item &prefix, ItemList &out) const
{
    if (prefix.size() == m_length) {
        out.append(prefix);
        return;
    }
    for (int piece = 1; piece <= m_pieces && prefix.size() + piece <= m_length; ++piece) {
        for (int i = 0; i < piece; ++i)
            prefix.append(piece - 1);
        extend(prefix, out);
        prefix.resize(prefix.size() - piece);
    }
}

ItemList CompositionStructure::enumerate() const
{
    ItemList out;
    Item prefix;
    extend(prefix, out);
    return out;
}

bool CompositionStructure::isValid(const Item &item) const
{
    if (item.size() != m_length)
        return false;
    for (qsizetype i = 0; i < item.size();) {
        const int v = item.at(i);
        if (v < 0 || v >= m_pieces || i + v + 1 > item.size())
            return false;
        for (int j = 1; j <= v; ++j) {
            if (item.at(i + j) != v)
                return false;
        }
        i += v + 1;
    }
    return true;
}

std::optional<qint64> CompositionStructure::countStartingWith(int value) const
{
    if (value < 0 || value >= m_pieces)
        return 0;
    return countFor(m_length - value - 1, m_pieces);
}

std::shared_ptr<const Structure> CompositionStructure::withOneMore() const
{
    if (m_pieces >= 3)
        return nullptr;
    return std::make_shared<CompositionStructure>(m_length, m_pieces + 1);
}

} // namespace stages::geometry
