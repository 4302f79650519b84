#pragma once

#include "core/result.h"
#include "exercises/framework/structure.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>
#include <memory>

namespace stages {

/// Builds structures from their name and JSON parameters ("permutation", {"n": 3}).
/// The built-in nine are registered by builtIn(); later domains add theirs (Euclidean rhythms,
/// star polygons ...) with add(). Parameters outside what the app can show are refused with a
/// message, so a structure never has to handle absurd sizes.
class StructureRegistry
{
    Q_DECLARE_TR_FUNCTIONS(stages::StructureRegistry)

public:
    using Factory = std::function<Result<std::shared_ptr<const Structure>>(const QJsonObject &params)>;

    void add(const QString &kind, Factory factory);
    Result<std::shared_ptr<const Structure>> create(const QString &kind, const QJsonObject &params) const;
    QStringList kinds() const; ///< in the order they were added

    /// permutation, arrangement, sequence, combination, multiset, product, necklace, bracelet,
    /// lattice_path.
    static StructureRegistry builtIn();

    /// Largest element count and item length the built-in structures accept.
    static constexpr int kMaxElements = 12;
    static constexpr int kMaxLength = 12;

private:
    QHash<QString, Factory> m_factories;
    QStringList m_order;
};

} // namespace stages
