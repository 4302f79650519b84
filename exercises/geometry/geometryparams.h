#pragma once

#include "core/result.h"
#include "exercises/framework/structure.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace stages::geometry {

using StructureResult = Result<std::shared_ptr<const Structure>>;

/// Reads the parameters of the geometry structures, with the same messages as the framework's
/// registry: whole numbers in a range, a word from a list.
class GeometryParams
{
    Q_DECLARE_TR_FUNCTIONS(stages::geometry::GeometryParams)

public:
    explicit GeometryParams(const QJsonObject &params) : m_params(params) {}

    /// The whole number under @p key in [low, high]; nullopt (and error()) otherwise.
    std::optional<int> whole(const QString &key, int low, int high);
    /// The word under @p key, one of @p allowed; nullopt (and error()) otherwise.
    std::optional<QString> word(const QString &key, const QStringList &allowed);
    const QString &error() const { return m_error; }

private:
    QJsonObject m_params;
    QString m_error;
};

} // namespace stages::geometry
