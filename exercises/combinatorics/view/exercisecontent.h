#pragma once

#include "exercises/framework/catalogue.h"
#include "exercises/framework/exerciseengine.h"

#include <memory>

namespace stages {

/// The exercise engine and the catalogue built from every domain's provider, made once and
/// shared (read-only) by the pupil pages: combinatorics and music.
class ExerciseContent
{
public:
    ExerciseContent();
    ExerciseContent(const ExerciseContent &) = delete;
    ExerciseContent &operator=(const ExerciseContent &) = delete;

    const ExerciseEngine &engine() const { return m_engine; }
    const Catalogue &catalogue() const { return m_catalogue; }

    static std::shared_ptr<const ExerciseContent> create();

private:
    ExerciseEngine m_engine;
    Catalogue m_catalogue;
};

} // namespace stages
