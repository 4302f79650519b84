#include "exercises/geometry/symmetrystructure.h"

#include "exercises/framework/seededrandom.h"

#include <algorithm>
#include <functional>

namespace stages::geometry {

namespace {

const QStringList &symmetryKeys()
{
    static const QStringList keys { QStringLiteral("vertical"), QStringLiteral("horizontal"), QStringLiteral("both"),
                                    QStringLiteral("half-turn") };
    return keys;
}

using CellMap = std::function<int(int row, int column)>;

/// Whether @p figure equals its image under @p map.
bool invariant(const Item &figure, int width, int height, const CellMap &map)
{
    if (figure.size() != width * height)
        return false;
    for (int r = 0; r < height; ++r) {
        for (int c = 0; c < width; ++c) {
            if (figure.at(r * width + c) != figure.at(map(r, c)))
                return false;
        }
    }
    return true;
}

} // namespace

SymmetryStructure::SymmetryStructure(int width, int height, Symmetry symmetry)
    : m_width(width)
    , m_height(height)
    , m_symmetry(symmetry)
{
}

StructureResult SymmetryStructure::create(const QJsonObject &params)
{
    GeometryParams read(params);
    const auto width = read.whole(QStringLiteral("width"), 2, 6);
    const auto height = width ? read.whole(QStringLiteral("height"), 2, 6) : std::nullopt;
    const auto symmetry = height ? read.word(QStringLiteral("symmetry"), symmetryKeys()) : std::nullopt;
    if (!width || !height || !symmetry)
        return StructureResult::failure(read.error());
    return std::shared_ptr<const Structure>(
        std::make_shared<SymmetryStructure>(*width, *height, Symmetry(symmetryKeys().indexOf(*symmetry))));
}

QString SymmetryStructure::symmetryKey() const
{
    return symmetryKeys().at(int(m_symmetry));
}

int SymmetryStructure::orbitCount() const
{
    const int halfWidth = (m_width + 1) / 2;
    const int halfHeight = (m_height + 1) / 2;
    switch (m_symmetry) {
    case Symmetry::Vertical: return m_height * halfWidth;
    case Symmetry::Horizontal: return m_width * halfHeight;
    case Symmetry::Both: return halfWidth * halfHeight;
    case Symmetry::HalfTurn: return (cells() + 1) / 2;
    }
    return 0;
}

QList<int> SymmetryStructure::images(int cell) const
{
    const int r = cell / m_width;
    const int c = cell % m_width;
    const int mirroredColumn = r * m_width + (m_width - 1 - c);
    const int mirroredRow = (m_height - 1 - r) * m_width + c;
    const int turned = cells() - 1 - cell;
    QList<int> out { cell };
    switch (m_symmetry) {
    case Symmetry::Vertical: out.append(mirroredColumn); break;
    case Symmetry::Horizontal: out.append(mirroredRow); break;
    case Symmetry::Both: out << mirroredColumn << mirroredRow << turned; break;
    case Symmetry::HalfTurn: out.append(turned); break;
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

QList<QList<int>> SymmetryStructure::orbits() const
{
    QList<QList<int>> out;
    for (int cell = 0; cell < cells(); ++cell) {
        if (isKept(cell))
            out.append(images(cell));
    }
    return out;
}

bool SymmetryStructure::isKept(int cell) const
{
    return images(cell).constFirst() == cell;
}

Item SymmetryStructure::seededFigure(quint64 seed) const
{
    const QList<QList<int>> all = orbits();
    SeededRandom random(seed);
    for (int attempt = 0; attempt < 64; ++attempt) {
        Item figure(cells(), kEmpty);
        bool outside = false;
        bool empty = false;
        for (const QList<int> &orbit : all) {
            const bool fill = random.bounded(2) == 1;
            for (int cell : orbit)
                figure[cell] = fill ? kFilled : kEmpty;
            outside = outside || (fill && orbit.size() > 1);
            empty = empty || !fill;
        }
        if (outside && empty)
            return figure;
    }
    // Practically never: the first orbit that has a mirror image.
    Item figure(cells(), kEmpty);
    for (const QList<int> &orbit : all) {
        if (orbit.size() > 1) {
            for (int cell : orbit)
                figure[cell] = kFilled;
            break;
        }
    }
    return figure;
}

QStringList SymmetryStructure::lineKeys(int width, int height)
{
    QStringList keys { QStringLiteral("vertical"), QStringLiteral("horizontal") };
    if (width == height)
        keys << QStringLiteral("diagonal") << QStringLiteral("anti-diagonal");
    return keys;
}

QStringList SymmetryStructure::mirrorLines(const Item &figure, int width, int height)
{
    QStringList lines;
    if (invariant(figure, width, height, [&](int r, int c) { return r * width + (width - 1 - c); }))
        lines.append(QStringLiteral("vertical"));
    if (invariant(figure, width, height, [&](int r, int c) { return (height - 1 - r) * width + c; }))
        lines.append(QStringLiteral("horizontal"));
    if (width == height) {
        if (invariant(figure, width, height, [&](int r, int c) { return c * width + r; }))
            lines.append(QStringLiteral("diagonal"));
        if (invariant(figure, width, height,
                      [&](int r, int c) { return (width - 1 - c) * width + (height - 1 - r); }))
            lines.append(QStringLiteral("anti-diagonal"));
    }
    return lines;
}

int SymmetryStructure::rotationOrder(const Item &figure, int width, int height)
{
    if (width == height
        && invariant(figure, width, height, [&](int r, int c) { return c * width + (width - 1 - r); }))
        return 4;
    if (invariant(figure, width, height, [&](int r, int c) { return (height - 1 - r) * width + (width - 1 - c); }))
        return 2;
    return 1;
}

QJsonObject SymmetryStructure::params() const
{
    return { { QStringLiteral("width"), m_width },
             { QStringLiteral("height"), m_height },
             { QStringLiteral("symmetry"), symmetryKey() } };
}

QString SymmetryStructure::paramsToken() const
{
    static const char *const tokens[] = { "v", "h", "vh", "r2" };
    return QStringLiteral("w%1h%2%3").arg(m_width).arg(m_height).arg(QLatin1String(tokens[int(m_symmetry)]));
}

ItemList SymmetryStructure::enumerate() const
{
    const QList<QList<int>> all = orbits();
    ItemList out;
    out.reserve(qsizetype(count()));
    for (qint64 mask = 1; mask < (qint64(1) << all.size()); ++mask) {
        Item figure(cells(), kEmpty);
        for (qsizetype o = 0; o < all.size(); ++o) {
            if (mask & (qint64(1) << o)) {
                for (int cell : all.at(o))
                    figure[cell] = kFilled;
            }
        }
        out.append(figure);
    }
    std::sort(out.begin(), out.end());
    return out;
}

bool SymmetryStructure::isValid(const Item &item) const
{
    if (item.size() != cells())
        return false;
    bool any = false;
    for (int cell = 0; cell < cells(); ++cell) {
        const int v = item.at(cell);
        if (v != kEmpty && v != kFilled)
            return false;
        any = any || v == kFilled;
        for (int image : images(cell)) {
            if (item.at(image) != v)
                return false;
        }
    }
    return any;
}

std::optional<qint64> SymmetryStructure::countStartingWith(int value) const
{
    const qint64 half = qint64(1) << (orbitCount() - 1);
    if (value == kEmpty)
        return half - 1;
    if (value == kFilled)
        return half;
    return 0;
}

} // namespace stages::geometry
