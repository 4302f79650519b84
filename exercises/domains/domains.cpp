#include "exercises/domains/domains.h"

namespace stages {

const DomainModule *findDomain(const QString &id)
{
    for (const DomainModule *domain : allDomains()) {
        if (domain->id() == id)
            return domain;
    }
    return nullptr;
}

QStringList availableDomainIds()
{
    QStringList ids;
    for (const DomainModule *domain : allDomains()) {
        if (domain->isAvailable())
            ids.append(domain->id());
    }
    return ids;
}

std::shared_ptr<const ExerciseContent> makeExerciseContent()
{
    return std::make_shared<const ExerciseContent>(allDomains());
}

} // namespace stages
