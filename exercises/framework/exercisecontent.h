#pragma once

#include "exercises/framework/catalogue.h"
#include "exercises/framework/exerciseengine.h"

#include <QList>

#include <memory>

namespace stages {

class DomainModule;

/// The exercise engine with every domain's structures, skins and tasks, and the catalogue built
/// from every domain's provider: made once (about 15 ms) and shared read-only by the pupil pages,
/// the warm-up and stagesctl. makeExerciseContent() (exercises/domains) makes it from allDomains().
class ExerciseContent
{
public:
    /// Available: the domains a pupil can work in (the app). Everything: also those whose screens
    /// are still to come, so stagesctl and the tests can list, solve and check their exercises.
    enum class Scope { Available, Everything };
    explicit ExerciseContent(const QList<const DomainModule *> &domains, Scope scope = Scope::Available);
    ExerciseContent(const ExerciseContent &) = delete;
    ExerciseContent &operator=(const ExerciseContent &) = delete;

    const ExerciseEngine &engine() const { return m_engine; }
    const Catalogue &catalogue() const { return m_catalogue; }

private:
    ExerciseEngine m_engine;
    Catalogue m_catalogue;
};

} // namespace stages
