#include "exercises/combinatorics/view/exercisecontent.h"

#include "exercises/combinatorics/combinatoricsprovider.h"
#include "exercises/framework/cataloguebuilder.h"
#include "exercises/music/musicprovider.h"

#include <QtGlobal>

// The pictograms (:/moves/...) come from an OBJECT library inside static archives; naming its
// initialiser here makes the linker keep it in every program that shows exercises.
static void initPictograms()
{
    Q_INIT_RESOURCE(exercise_pictograms);
}

namespace stages {

ExerciseContent::ExerciseContent()
    : m_engine(ExerciseEngine::builtIn())
{
    initPictograms();
    music::MusicProvider::registerWith(m_engine);
    CatalogueBuilder builder(m_engine);
    builder.addProvider(std::make_unique<CombinatoricsProvider>());
    builder.addProvider(std::make_unique<music::MusicProvider>());
    m_catalogue = builder.build();
}

std::shared_ptr<const ExerciseContent> ExerciseContent::create()
{
    return std::make_shared<const ExerciseContent>();
}

} // namespace stages
