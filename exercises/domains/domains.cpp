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

QHash<QString, QString> domainTitles()
{
    QHash<QString, QString> titles;
    for (const DomainModule *domain : allDomains())
        titles.insert(domain->id(), domain->title());
    return titles;
}

std::shared_ptr<const ExerciseContent> makeExerciseContent(ExerciseContent::Scope scope)
{
    return std::make_shared<const ExerciseContent>(allDomains(), scope);
}

} // namespace stages
