#pragma once

#include "core/result.h"
#include "core/training/programme.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace stages {

/// A programme as JSON: how an admin's edit is stored (table programme_edit) and how
/// `stagesctl programme show --json` prints it. Keys: id, name, level, validityYears,
/// prerequisite, requirements [{kind, title, minimum, minimumCount, minimumAverage, rubric}].
class ProgrammeJson
{
    Q_DECLARE_TR_FUNCTIONS(stages::ProgrammeJson)

public:
    static QJsonObject toJson(const Programme &programme);
    /// Refuses a programme with no id or name, an unknown requirement kind or impossible amounts.
    static Result<Programme> fromJson(const QJsonObject &json);
    /// The checks fromJson makes, for a Programme built in code (an admin's edit).
    static Status check(const Programme &programme);
};

} // namespace stages
