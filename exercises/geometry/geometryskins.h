#pragma once

#include "exercises/framework/skin.h"

#include <QCoreApplication>

namespace stages::geometry {

/// The geometry skins. Each says in SkinElement::extra how it is drawn, for the canvas to come:
///  - "points": points on a circle, labelled 1..12 (extra {"point": i}); symbol i of an
///    exercise is the i-th point clockwise from the top, whatever its label (variants label the
///    points differently, always increasing clockwise). For star polygons and chords.
///  - "wheel", "flower", "sides": the framework's colours (each with its shape), painted on the
///    sectors of a wheel, the petals of a flower or the sides of a polygon (extra {"part":
///    "sector" | "petal" | "side"}). For colourings.
///  - "cells": an empty and a filled grid cell. For symmetric figures.
///  - "rods2", "rods3": pieces 1 and 2 (and 3) cells long, each its own colour (extra
///    {"length": L}). For bars made of pieces (two or three kinds: each skin has exactly as many
///    elements as the structure, so symbol v is always the piece of length v+1).
class GeometrySkins
{
    Q_DECLARE_TR_FUNCTIONS(stages::geometry::GeometrySkins)

public:
    static Skin points();
    static Skin colouredParts(const QString &key, const QString &part);
    static Skin cells();
    static Skin rods(int kinds);
    /// Every geometry skin, in the order above.
    static QList<Skin> all();
};

} // namespace stages::geometry
