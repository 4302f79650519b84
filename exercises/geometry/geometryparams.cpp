#include "exercises/geometry/geometryparams.h"

namespace stages::geometry {

std::optional<int> GeometryParams::whole(const QString &key, int low, int high)
{
    const QJsonValue v = m_params.value(key);
    if (!v.isDouble() || v.toDouble() != double(v.toInt()) || v.toInt() < low || v.toInt() > high) {
        m_error = tr("Parameter \"%1\" must be a whole number from %2 to %3.").arg(key).arg(low).arg(high);
        return std::nullopt;
    }
    return v.toInt();
}

std::optional<QString> GeometryParams::word(const QString &key, const QStringList &allowed)
{
    const QString value = m_params.value(key).toString();
    if (!allowed.contains(value)) {
        m_error = tr("Parameter \"%1\" must be one of: %2.").arg(key, allowed.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    return value;
}

} // namespace stages::geometry
