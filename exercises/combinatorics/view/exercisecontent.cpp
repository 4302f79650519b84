#include "exercises/combinatorics/view/exercisecontent.h"

#include "exercises/combinatorics/combinatoricsprovider.h"
#include "exercises/framework/cataloguebuilder.h"

namespace stages {

ExerciseContent::ExerciseContent()
    : m_engine(ExerciseEngine::builtIn())
{
    CatalogueBuilder builder(m_engine);
    builder.addProvider(std::make_unique<CombinatoricsProvider>());
    m_catalogue = builder.build();
}

std::shared_ptr<const ExerciseContent> ExerciseContent::create()
{
    return std::make_shared<const ExerciseContent>();
}

} // namespace stages
