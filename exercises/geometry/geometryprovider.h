#pragma once

#include "exercises/framework/catalogueprovider.h"

#include <QCoreApplication>

namespace stages {
class ExerciseEngine;
}

namespace stages::geometry {

/// The geometry domain: its ladder of nine stages (the ninth an optional explorer stage) and its
/// exercises over points on a circle, star polygons, grids, bars of pieces and coloured shapes.
/// registerWith() adds what the catalogue needs to an engine first: the star_polygon, chords,
/// colouring, symmetry and composition structures (lattice_path is the framework's), the
/// geometry skins and the draw, predict, complete-symmetry, find-mirrors and create-drawing
/// tasks. The catalogue is documented in exercises/geometry/README.md.
class GeometryProvider final : public CatalogueProvider
{
    Q_DECLARE_TR_FUNCTIONS(stages::geometry::GeometryProvider)

public:
    static QString domainKey() { return QStringLiteral("geometry"); }
    static void registerWith(ExerciseEngine &engine);
    /// The geometry tasks that need their own screen (AnswerKind::Custom).
    static QStringList customTasks();

    QString domain() const override { return domainKey(); }
    StageLadder ladder() const override;
    void contribute(CatalogueBuilder &builder) const override;
};

} // namespace stages::geometry
