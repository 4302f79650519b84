#include "exercises/geometry/tasks/tuplecheck.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace stages::geometry {

namespace {

/// The sorted tuple of an entry, or nullopt when it is not arity different numbers in range.
std::optional<Item> readTuple(const QJsonValue &entry, int arity, int range)
{
    std::optional<Item> tuple;
    if (arity == 1 && entry.isDouble())
        tuple = itemFromJson(QJsonArray { entry });
    else
        tuple = itemFromJson(entry);
    if (!tuple || tuple->size() != arity)
        return std::nullopt;
    std::sort(tuple->begin(), tuple->end());
    for (qsizetype i = 0; i < tuple->size(); ++i) {
        if (tuple->at(i) < 0 || tuple->at(i) >= range || (i > 0 && tuple->at(i) == tuple->at(i - 1)))
            return std::nullopt;
    }
    return tuple;
}

} // namespace

Evaluation checkTuples(const QJsonValue &answer, const ItemList &expected, int arity, int range, const ItemList &given)
{
    Evaluation e;
    const QSet<Item> wanted(expected.cbegin(), expected.cend());
    const QSet<Item> present(given.cbegin(), given.cend());
    QSet<Item> found;
    if (!answer.isArray()) {
        e.invalidIndexes.append(0);
    } else {
        const QJsonArray entries = answer.toArray();
        for (int i = 0; i < entries.size(); ++i) {
            const std::optional<Item> tuple = readTuple(entries.at(i), arity, range);
            if (tuple && (found.contains(*tuple) || present.contains(*tuple))) {
                e.duplicateIndexes.append(i);
            } else if (!tuple || !wanted.contains(*tuple)) {
                e.invalidIndexes.append(i);
            } else {
                found.insert(*tuple);
                e.correct.append(*tuple);
            }
        }
    }
    e.missing = int(expected.size() - found.size());
    e.score = expected.isEmpty() ? 1.0 : double(found.size()) / double(expected.size());
    e.success = e.missing == 0 && e.duplicateIndexes.isEmpty() && e.invalidIndexes.isEmpty();
    if (!e.duplicateIndexes.isEmpty()) {
        e.hint = { Hint::Kind::RemoveDuplicate, e.duplicateIndexes.first(), {} };
    } else if (!e.invalidIndexes.isEmpty()) {
        e.hint = { Hint::Kind::FixInvalid, e.invalidIndexes.first(), {} };
    } else if (e.missing == 0) {
        e.hint.kind = Hint::Kind::Done;
    } else {
        for (int i = 0; i < expected.size(); ++i) {
            if (!found.contains(expected.at(i))) {
                e.hint = { Hint::Kind::MissingItem, i, expected.at(i) };
                break;
            }
        }
    }
    return e;
}

} // namespace stages::geometry
