#include "exercises/framework/structureregistry.h"

#include "exercises/framework/circularstructure.h"
#include "exercises/framework/latticepathstructure.h"
#include "exercises/framework/productstructure.h"
#include "exercises/framework/selectionstructure.h"

#include <QJsonArray>

namespace stages {

namespace {

using StructureResult = Result<std::shared_ptr<const Structure>>;

/// Reads a whole number in [low, high] from @p params; returns the error text when it is not.
std::optional<int> readInt(const QJsonObject &params, const QString &key, int low, int high, QString &error)
{
    const QJsonValue v = params.value(key);
    if (!v.isDouble() || v.toDouble() != double(v.toInt()) || v.toInt() < low || v.toInt() > high) {
        error = StructureRegistry::tr("Parameter \"%1\" must be a whole number from %2 to %3.").arg(key).arg(low).arg(high);
        return std::nullopt;
    }
    return v.toInt();
}

StructureRegistry::Factory selection(SelectionStructure::Kind kind)
{
    return [kind](const QJsonObject &params) -> StructureResult {
        QString error;
        const auto n = readInt(params, QStringLiteral("n"), 1, StructureRegistry::kMaxElements, error);
        if (!n)
            return StructureResult::failure(error);
        if (kind == SelectionStructure::Kind::Permutation)
            return std::shared_ptr<const Structure>(std::make_shared<SelectionStructure>(kind, *n, *n));
        const bool repeats = kind == SelectionStructure::Kind::Sequence || kind == SelectionStructure::Kind::Multiset;
        const auto k = readInt(params, QStringLiteral("k"), 1, repeats ? StructureRegistry::kMaxLength : *n, error);
        if (!k)
            return StructureResult::failure(error);
        return std::shared_ptr<const Structure>(std::make_shared<SelectionStructure>(kind, *n, *k));
    };
}

StructureRegistry::Factory circular(CircularStructure::Kind kind)
{
    return [kind](const QJsonObject &params) -> StructureResult {
        QString error;
        const auto n = readInt(params, QStringLiteral("n"), 1, StructureRegistry::kMaxLength, error);
        const auto k = n ? readInt(params, QStringLiteral("k"), 1, StructureRegistry::kMaxElements, error) : std::nullopt;
        if (!n || !k)
            return StructureResult::failure(error);
        return std::shared_ptr<const Structure>(std::make_shared<CircularStructure>(kind, *n, *k));
    };
}

StructureResult product(const QJsonObject &params)
{
    const QJsonValue v = params.value(QStringLiteral("sizes"));
    const QJsonArray array = v.toArray();
    if (!v.isArray() || array.isEmpty() || array.size() > 6)
        return StructureResult::failure(StructureRegistry::tr("Parameter \"sizes\" must list 1 to 6 group sizes."));
    QList<int> sizes;
    int total = 0;
    for (const QJsonValue &s : array) {
        if (!s.isDouble() || s.toDouble() != double(s.toInt()) || s.toInt() < 1 || s.toInt() > StructureRegistry::kMaxElements)
            return StructureResult::failure(StructureRegistry::tr("Each group size must be a whole number from 1 to %1.")
                                                .arg(StructureRegistry::kMaxElements));
        sizes.append(s.toInt());
        total += s.toInt();
    }
    if (total > 2 * StructureRegistry::kMaxElements)
        return StructureResult::failure(StructureRegistry::tr("The groups have too many elements together (at most %1).")
                                            .arg(2 * StructureRegistry::kMaxElements));
    return std::shared_ptr<const Structure>(std::make_shared<ProductStructure>(sizes));
}

StructureResult latticePath(const QJsonObject &params)
{
    QString error;
    const auto a = readInt(params, QStringLiteral("a"), 1, StructureRegistry::kMaxLength / 2, error);
    const auto b = a ? readInt(params, QStringLiteral("b"), 1, StructureRegistry::kMaxLength / 2, error) : std::nullopt;
    if (!a || !b)
        return StructureResult::failure(error);
    return std::shared_ptr<const Structure>(std::make_shared<LatticePathStructure>(*a, *b));
}

} // namespace

void StructureRegistry::add(const QString &kind, Factory factory)
{
    if (!m_factories.contains(kind))
        m_order.append(kind);
    m_factories.insert(kind, std::move(factory));
}

Result<std::shared_ptr<const Structure>> StructureRegistry::create(const QString &kind, const QJsonObject &params) const
{
    const auto it = m_factories.constFind(kind);
    if (it == m_factories.cend())
        return StructureResult::failure(tr("Unknown structure \"%1\".").arg(kind));
    return (*it)(params);
}

QStringList StructureRegistry::kinds() const
{
    return m_order;
}

StructureRegistry StructureRegistry::builtIn()
{
    StructureRegistry registry;
    registry.add(QStringLiteral("permutation"), selection(SelectionStructure::Kind::Permutation));
    registry.add(QStringLiteral("arrangement"), selection(SelectionStructure::Kind::Arrangement));
    registry.add(QStringLiteral("sequence"), selection(SelectionStructure::Kind::Sequence));
    registry.add(QStringLiteral("combination"), selection(SelectionStructure::Kind::Combination));
    registry.add(QStringLiteral("multiset"), selection(SelectionStructure::Kind::Multiset));
    registry.add(QStringLiteral("product"), product);
    registry.add(QStringLiteral("necklace"), circular(CircularStructure::Kind::Necklace));
    registry.add(QStringLiteral("bracelet"), circular(CircularStructure::Kind::Bracelet));
    registry.add(QStringLiteral("lattice_path"), latticePath);
    return registry;
}

} // namespace stages

