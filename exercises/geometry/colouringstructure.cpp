#include "exercises/geometry/colouringstructure.h"

namespace stages::geometry {

namespace {

const QStringList &symmetryKeys()
{
    static const QStringList keys { QStringLiteral("rotation"), QStringLiteral("rotation+mirror") };
    return keys;
}

} // namespace

ColouringStructure::ColouringStructure(int n, int k, bool mirror)
    : m_ring(mirror ? CircularStructure::Kind::Bracelet : CircularStructure::Kind::Necklace, n, k)
{
}

StructureResult ColouringStructure::create(const QJsonObject &params)
{
    GeometryParams read(params);
    const auto n = read.whole(QStringLiteral("n"), 2, 12);
    const auto k = n ? read.whole(QStringLiteral("k"), 1, kMaxColours) : std::nullopt;
    const auto symmetry = k ? read.word(QStringLiteral("symmetry"), symmetryKeys()) : std::nullopt;
    if (!n || !k || !symmetry)
        return StructureResult::failure(read.error());
    return std::shared_ptr<const Structure>(
        std::make_shared<ColouringStructure>(*n, *k, *symmetry == symmetryKeys().at(1)));
}

QString ColouringStructure::symmetryKey() const
{
    return symmetryKeys().at(mirror() ? 1 : 0);
}

QJsonObject ColouringStructure::params() const
{
    return { { QStringLiteral("n"), m_ring.n() },
             { QStringLiteral("k"), m_ring.k() },
             { QStringLiteral("symmetry"), symmetryKey() } };
}

QString ColouringStructure::paramsToken() const
{
    return QStringLiteral("n%1k%2%3").arg(m_ring.n()).arg(m_ring.k()).arg(mirror() ? QLatin1String("mir")
                                                                                    : QLatin1String("rot"));
}

std::shared_ptr<const Structure> ColouringStructure::withOneMore() const
{
    if (m_ring.k() >= kMaxColours)
        return nullptr;
    return std::make_shared<ColouringStructure>(m_ring.n(), m_ring.k() + 1, mirror());
}

} // namespace stages::geometry
