#pragma once

#include "exercises/framework/structure.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

namespace stages {

/// One exercise of the catalogue: structure × skin × task, with parameters and a seed.
///
/// A plain value, cheap to copy (the structure is shared and immutable). What the screen shows
/// (the prompt), the solution and the evaluation are computed on demand by Evaluator, so building
/// the whole catalogue stays fast.
struct Exercise
{
    QString id; ///< stable: "comb/perm/n3/colors/build-all/s17"
    QString domain; ///< the domain's id (DomainModule::id())
    int stage = 0; ///< 1-based stage of the domain's StageLadder
    std::shared_ptr<const Structure> structure;
    QString skin; ///< SkinRegistry key
    QString task; ///< TaskRegistry key
    /// Which skin element shows each structure symbol: elements[i] is the skin index of symbol i.
    QList<int> elements;
    /// Task options: "showTotal", "listing", "missing", "shown", "targetSkin", "targetElements", "rule".
    QJsonObject options;
    /// Drives the seeded parts (which items are missing, where the duplicate sits ...).
    quint64 seed = 0;

    bool isNull() const { return !structure; }
    /// The id without the trailing "/sN": exercises that differ only in their variant.
    QString familyId() const;
    /// The stable listing object: id, domain, stage, structure, params, skin, task.
    QJsonObject toJson() const;
};

} // namespace stages
