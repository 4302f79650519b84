#include "exercises/framework/item.h"

#include <cmath>

namespace stages {

QJsonArray itemToJson(const Item &item)
{
    QJsonArray array;
    for (int v : item)
        array.append(v);
    return array;
}

QJsonArray itemsToJson(const ItemList &items)
{
    QJsonArray array;
    for (const Item &item : items)
        array.append(itemToJson(item));
    return array;
}

std::optional<Item> itemFromJson(const QJsonValue &value)
{
    if (!value.isArray())
        return std::nullopt;
    const QJsonArray array = value.toArray();
    Item item;
    item.reserve(array.size());
    for (const QJsonValue &v : array) {
        if (!v.isDouble())
            return std::nullopt;
        const double d = v.toDouble();
        if (d != std::floor(d) || d < -1e6 || d > 1e6)
            return std::nullopt;
        item.append(int(d));
    }
    return item;
}

std::optional<QList<std::optional<Item>>> itemListFromJson(const QJsonValue &value)
{
    if (!value.isArray())
        return std::nullopt;
    const QJsonArray array = value.toArray();
    QList<std::optional<Item>> list;
    list.reserve(array.size());
    for (const QJsonValue &v : array)
        list.append(itemFromJson(v));
    return list;
}

} // namespace stages
