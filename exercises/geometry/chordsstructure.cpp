#include "exercises/geometry/chordsstructure.h"

#include <algorithm>

namespace stages::geometry {

namespace {

const QStringList &figureKeys()
{
    static const QStringList keys { QStringLiteral("segment"), QStringLiteral("diagonal"), QStringLiteral("triangle") };
    return keys;
}

} // namespace

ChordsStructure::ChordsStructure(int n, Figure figure)
    : m_n(n)
    , m_figure(figure)
{
}

StructureResult ChordsStructure::create(const QJsonObject &params)
{
    GeometryParams read(params);
    const auto n = read.whole(QStringLiteral("n"), 3, 12);
    const auto figure = n ? read.word(QStringLiteral("figure"), figureKeys()) : std::nullopt;
    if (!n || !figure)
        return StructureResult::failure(read.error());
    return std::shared_ptr<const Structure>(
        std::make_shared<ChordsStructure>(*n, Figure(figureKeys().indexOf(*figure))));
}

QString ChordsStructure::figureKey() const
{
    return figureKeys().at(int(m_figure));
}

QJsonObject ChordsStructure::params() const
{
    return { { QStringLiteral("n"), m_n }, { QStringLiteral("figure"), figureKey() } };
}

QString ChordsStructure::paramsToken() const
{
    static const char *const tokens[] = { "seg", "diag", "tri" };
    return QStringLiteral("n%1%2").arg(m_n).arg(QLatin1String(tokens[int(m_figure)]));
}

qint64 ChordsStructure::countFor(int n, Figure figure)
{
    const qint64 m = n;
    switch (figure) {
    case Figure::Segment: return m * (m - 1) / 2;
    case Figure::Diagonal: return m * (m - 3) / 2;
    case Figure::Triangle: return m * (m - 1) * (m - 2) / 6;
    }
    return 0;
}

qint64 ChordsStructure::count() const
{
    return countFor(m_n, m_figure);
}

bool ChordsStructure::neighbours(int a, int b) const
{
    const int d = std::abs(a - b);
    return d == 1 || d == m_n - 1;
}

void ChordsStructure::extend(Item &prefix, ItemList &out) const
{
    if (prefix.size() == itemLength()) {
        if (m_figure != Figure::Diagonal || !neighbours(prefix.at(0), prefix.at(1)))
            out.append(prefix);
        return;
    }
    for (int v = prefix.isEmpty() ? 0 : prefix.last() + 1; v < m_n; ++v) {
        prefix.append(v);
        extend(prefix, out);
        prefix.removeLast();
    }
}

ItemList ChordsStructure::enumerate() const
{
    ItemList out;
    Item prefix;
    extend(prefix, out);
    return out;
}

bool ChordsStructure::isValid(const Item &item) const
{
    if (item.size() != itemLength())
        return false;
    const Item sorted = canonical(item);
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        if (sorted.at(i) < 0 || sorted.at(i) >= m_n || (i > 0 && sorted.at(i) == sorted.at(i - 1)))
            return false;
    }
    return m_figure != Figure::Diagonal || !neighbours(sorted.at(0), sorted.at(1));
}

Item ChordsStructure::canonical(const Item &item) const
{
    Item sorted = item;
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

std::optional<qint64> ChordsStructure::countStartingWith(int value) const
{
    if (value < 0 || value >= m_n)
        return 0;
    const qint64 later = m_n - 1 - value; // points after x
    switch (m_figure) {
    case Figure::Segment: return later;
    case Figure::Diagonal: return value == 0 ? m_n - 3 : std::max<qint64>(0, later - 1);
    case Figure::Triangle: return later * (later - 1) / 2;
    }
    return 0;
}

std::shared_ptr<const Structure> ChordsStructure::withOneMore() const
{
    if (m_n >= 12)
        return nullptr;
    return std::make_shared<ChordsStructure>(m_n + 1, m_figure);
}

} // namespace stages::geometry
