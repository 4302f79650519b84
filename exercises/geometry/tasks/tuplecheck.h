#pragma once

#include "exercises/framework/evaluation.h"

#include <QJsonValue>

namespace stages::geometry {

/// Checks a list of drawn lines, triangles or filled cells against the ones expected: each entry
/// is a list of `arity` different point (or cell) numbers in [0, range), in any order; a lone
/// number stands for [number] when arity is 1. An entry that is not such a list, or not one of
/// @p expected, is invalid; one drawn before (in any order), or one of @p given, is a duplicate.
/// missing = expected not drawn; score = found / expected; success = all found, no duplicate,
/// no invalid entry. Hint: a duplicate, an invalid entry, else the first missing one in the
/// order of @p expected. @p expected holds sorted tuples.
Evaluation checkTuples(const QJsonValue &answer, const ItemList &expected, int arity, int range,
                       const ItemList &given = {});

} // namespace stages::geometry
