#include "exercises/framework/exercisecontent.h"

#include "exercises/framework/cataloguebuilder.h"
#include "exercises/framework/domainmodule.h"

#include <QtGlobal>

// The pictograms (:/moves/...) come from an OBJECT library inside static archives; naming its
// initialiser here makes the linker keep it in every program that shows exercises.
static void initPictograms()
{
    Q_INIT_RESOURCE(exercise_pictograms);
}

namespace stages {

ExerciseContent::ExerciseContent(const QList<const DomainModule *> &all, Scope scope)
    : m_engine(ExerciseEngine::builtIn())
{
    initPictograms();
    QList<const DomainModule *> domains;
    for (const DomainModule *domain : all) {
        if (scope == Scope::Everything || domain->isAvailable())
            domains.append(domain);
    }
    for (const DomainModule *domain : domains)
        domain->registerWith(m_engine);
    CatalogueBuilder builder(m_engine);
    for (const DomainModule *domain : domains) {
        if (auto provider = domain->catalogue())
            builder.addProvider(std::move(provider));
    }
    m_catalogue = builder.build();
}

} // namespace stages
