#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace stages {

struct StageMastery;

/// Mastery recomputed from the attempts alone: what a PC does after attempts arrive from the
/// school server, and what the server does after a PC pushes them. Attempts are append-only, so
/// both sides reach the same mastery whatever order the attempts arrived in.
class MasteryRecalculation
{
public:
    /// Recomputes the mastery row of one pupil's stage on @p db (inside the caller's transaction).
    static Status recompute(const QSqlDatabase &db, const QString &personId, const QString &domain, int stage,
                            const QDateTime &now);
    /// Writes @p mastery (its domain and stage) as the pupil's row, replacing the old one.
    static Status store(const QSqlDatabase &db, const QString &personId, const StageMastery &mastery,
                        const QDateTime &now);
};

} // namespace stages
