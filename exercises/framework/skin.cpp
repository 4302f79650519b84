#include "exercises/framework/skin.h"

namespace stages {

QJsonObject SkinElement::toJson() const
{
    QJsonObject o{{QStringLiteral("key"), key}, {QStringLiteral("name"), name}, {QStringLiteral("symbol"), symbol}};
    if (!color.isEmpty())
        o.insert(QStringLiteral("color"), color);
    if (!shape.isEmpty())
        o.insert(QStringLiteral("shape"), shape);
    if (!picture.isEmpty())
        o.insert(QStringLiteral("picture"), picture);
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

Skin::Skin(QString key, QString name, QList<SkinElement> elements)
    : m_key(std::move(key))
    , m_name(std::move(name))
    , m_elements(std::move(elements))
{
}

Skin &Skin::onlyFor(QStringList kinds)
{
    m_onlyFor = std::move(kinds);
    return *this;
}

Skin &Skin::notFor(QStringList kinds)
{
    m_notFor = std::move(kinds);
    return *this;
}

bool Skin::fits(const Structure &structure) const
{
    if (structure.elementCount() > size())
        return false;
    const QString kind = structure.kind();
    if (!m_onlyFor.isEmpty() && !m_onlyFor.contains(kind))
        return false;
    return !m_notFor.contains(kind);
}

} // namespace stages
