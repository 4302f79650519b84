#pragma once

#include "exercises/framework/domainmodule.h"
#include "exercises/framework/exercisecontent.h"

#include <QHash>
#include <QList>

#include <memory>

namespace stages {

/// Every exercise domain, in the order of the pupil's home: the one list the app, stagesctl, the
/// warm-up and the tests iterate over. Generated from STAGES_DOMAINS (exercises/CMakeLists.txt).
const QList<const DomainModule *> &allDomains();
/// The domain with @p id, or nullptr.
const DomainModule *findDomain(const QString &id);
/// The ids of the domains that have exercises now.
QStringList availableDomainIds();
/// Every domain's title in the UI language, by id (for reports and tables).
QHash<QString, QString> domainTitles();
/// The engine and catalogue of every available domain (about 15 ms; make it once and share it).
/// Scope::Everything adds the domains still coming soon (stagesctl exercises, tests).
std::shared_ptr<const ExerciseContent>
makeExerciseContent(ExerciseContent::Scope scope = ExerciseContent::Scope::Available);

} // namespace stages
