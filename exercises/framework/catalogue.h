#pragma once

#include "exercises/framework/exercise.h"
#include "exercises/framework/stageladder.h"

#include <QHash>

namespace stages {

/// Every exercise the app offers, in a fixed order, with stable ids, and each domain's ladder.
/// Built by CatalogueBuilder from the domains' providers; the same build gives the same
/// catalogue on every PC and every run.
class Catalogue
{
public:
    const QList<Exercise> &exercises() const { return m_exercises; }
    int size() const { return int(m_exercises.size()); }
    const Exercise *find(const QString &id) const;
    /// Exercises of one domain (and stage, when @p stage > 0), in catalogue order.
    QList<const Exercise *> select(const QString &domain, int stage = 0) const;

    const QList<StageLadder> &ladders() const { return m_ladders; }
    const StageLadder *ladder(const QString &domain) const;
    QStringList domains() const;

private:
    friend class CatalogueBuilder;
    QList<Exercise> m_exercises;
    QHash<QString, qsizetype> m_index;
    QList<StageLadder> m_ladders;
};

} // namespace stages
