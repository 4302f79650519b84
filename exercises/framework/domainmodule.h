#pragma once

#include "exercises/framework/catalogueprovider.h"

#include <QString>

#include <memory>

namespace stages {

class ExerciseEngine;

/// One exercise domain (combinatorics, music, movement, geometry ...): what the app, stagesctl,
/// the warm-up and the tests need to know about it, with no widgets. A domain is one folder
/// exercises/<id>/ and one word in the domain list (exercises/CMakeLists.txt, STAGES_DOMAINS),
/// from which allDomains() is generated; no other file names a domain. Its pupil page comes
/// from the matching DomainView (exercises/framework/view).
///
///     class AstronomyDomain final : public DomainModule {
///         QString id() const override { return QStringLiteral("astronomy"); }
///         ...
///         std::unique_ptr<CatalogueProvider> catalogue() const override
///         { return std::make_unique<AstronomyProvider>(); }
///     };
class DomainModule
{
public:
    virtual ~DomainModule() = default;

    /// Stable key, stored with every attempt (the folder's name).
    virtual QString id() const = 0;
    /// Translated title for the pupil's tile and the teacher's tables ("Music").
    virtual QString title() const = 0;
    /// Icon name under :/icons/ (a name N for :/icons/N.svg).
    virtual QString icon() const = 0;
    /// The tile's colour, as "#RRGGBB".
    virtual QString color() const = 0;
    /// False while the domain's exercises are not built yet: its tile shows "coming soon".
    virtual bool isAvailable() const { return true; }
    /// Adds the domain's structures, skins and tasks to @p engine (before any catalogue is built).
    virtual void registerWith(ExerciseEngine &engine) const { (void)engine; }
    /// The domain's ladder and exercises; nullptr when it has none yet.
    virtual std::unique_ptr<CatalogueProvider> catalogue() const = 0;
};

} // namespace stages
