#pragma once

#include "exercises/framework/stageladder.h"

namespace stages {

class CatalogueBuilder;

/// A domain's contribution to the catalogue: its ladder and its exercises.
/// Combinatorics provides one now (exercises/combinatorics), music adds its own later.
class CatalogueProvider
{
public:
    virtual ~CatalogueProvider() = default;
    virtual QString domain() const = 0;
    virtual StageLadder ladder() const = 0;
    /// Adds the domain's exercises, always in the same order (CatalogueBuilder::addFamily).
    virtual void contribute(CatalogueBuilder &builder) const = 0;
};

} // namespace stages
