#pragma once

#include <QJsonArray>
#include <QJsonValue>
#include <QList>

#include <optional>

namespace stages {

/// One arrangement: element indexes 0..n-1 of the structure, position by position.
/// For a product, item[i] is the choice made in group i; for a lattice path 0 = right, 1 = up.
using Item = QList<int>;
using ItemList = QList<Item>;

/// [0, 2, 1]
QJsonArray itemToJson(const Item &item);
QJsonArray itemsToJson(const ItemList &items);

/// Reads [0, 2, 1]; anything else (not an array, a non-integer entry) gives std::nullopt.
std::optional<Item> itemFromJson(const QJsonValue &value);

/// Reads a list of items. Entries that are not items come back as std::nullopt at their place,
/// so an evaluator can flag them as invalid. Not an array at all: std::nullopt.
std::optional<QList<std::optional<Item>>> itemListFromJson(const QJsonValue &value);

} // namespace stages
