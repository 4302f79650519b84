#pragma once

#include "exercises/framework/catalogueprovider.h"

#include <QCoreApplication>

namespace stages {
class ExerciseEngine;
}

namespace stages::music {

/// The music domain: its ladder of eight stages and its exercises over the notes and drums skins
/// (play-back, listen-identify, Euclidean and named traditional rhythms, tap-rhythm, counting,
/// create and compose). registerWith() adds what the catalogue needs to an engine first: the
/// "euclidean" structure, the "notes" and "drums" skins and the play-back, listen-identify,
/// tap-rhythm and compose tasks.
///
///     ExerciseEngine engine = ExerciseEngine::builtIn();
///     music::MusicProvider::registerWith(engine);
///     builder.addProvider(std::make_unique<music::MusicProvider>());
class MusicProvider final : public CatalogueProvider
{
    Q_DECLARE_TR_FUNCTIONS(stages::music::MusicProvider)

public:
    static QString domainKey() { return QStringLiteral("music"); }
    static void registerWith(ExerciseEngine &engine);

    QString domain() const override { return domainKey(); }
    StageLadder ladder() const override;
    void contribute(CatalogueBuilder &builder) const override;
};

} // namespace stages::music
