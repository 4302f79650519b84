#include "exercises/framework/exerciseengine.h"

namespace stages {

ExerciseEngine ExerciseEngine::builtIn()
{
    ExerciseEngine engine;
    engine.m_structures = StructureRegistry::builtIn();
    engine.m_skins = SkinRegistry::builtIn();
    engine.m_tasks = TaskRegistry::builtIn();
    return engine;
}

} // namespace stages
