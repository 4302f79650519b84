#pragma once

#include "exercises/framework/catalogue.h"

#include <optional>

namespace stages {

/// Picks the next exercise for a pupil in a stage. The method plays each game once: while the
/// stage has variants the pupil has not done, one of those comes next.
///
/// Among unseen variants it prefers the family (structure × skin × task) the pupil has seen
/// least, in catalogue order, so a stage is walked through in its designed order and with
/// variety; within a family the pupil key spreads classmates over different variants.
/// When everything has been seen, the exercise seen longest ago comes back.
class Scheduler
{
public:
    explicit Scheduler(const Catalogue &catalogue) : m_catalogue(catalogue) {}

    /// @p seenLeastRecentFirst: ids the pupil has done, least recently done first
    /// (AttemptService::seenExercises gives exactly that). @p pupilKey: e.g. the person id.
    std::optional<Exercise> next(const QString &domain, int stage, const QStringList &seenLeastRecentFirst,
                                 const QString &pupilKey = {}) const;

    /// How many exercises of the stage the pupil has not done yet.
    int unseenCount(const QString &domain, int stage, const QStringList &seen) const;

private:
    const Catalogue &m_catalogue;
};

} // namespace stages
