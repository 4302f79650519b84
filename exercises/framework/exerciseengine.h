#pragma once

#include "exercises/framework/skinregistry.h"
#include "exercises/framework/structureregistry.h"
#include "exercises/framework/taskregistry.h"

namespace stages {

/// The three open registries of the exercise model: structures, skins and tasks.
///
/// The app builds one at start (builtIn(), then each domain adds its skins, tasks and
/// structures) and hands it by reference to CatalogueBuilder and Evaluator; it must outlive them.
class ExerciseEngine
{
public:
    ExerciseEngine() = default;
    ExerciseEngine(ExerciseEngine &&) = default;
    ExerciseEngine &operator=(ExerciseEngine &&) = default;

    static ExerciseEngine builtIn();

    StructureRegistry &structures() { return m_structures; }
    const StructureRegistry &structures() const { return m_structures; }
    SkinRegistry &skins() { return m_skins; }
    const SkinRegistry &skins() const { return m_skins; }
    TaskRegistry &tasks() { return m_tasks; }
    const TaskRegistry &tasks() const { return m_tasks; }

private:
    StructureRegistry m_structures;
    SkinRegistry m_skins;
    TaskRegistry m_tasks;
};

} // namespace stages
