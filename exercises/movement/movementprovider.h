#pragma once

#include "exercises/framework/catalogueprovider.h"

#include <QCoreApplication>

namespace stages {

/// The movement domain: karate sequences on their own ladder. The same arranging as
/// combinatorics, always with the "moves" skin (punch, kick, block, step, turn, bow pictograms),
/// so pupils find every order of a few moves, spot the missing kata, say what comes next and
/// make their own sequences, which the class can then perform.
class MovementProvider final : public CatalogueProvider
{
    Q_DECLARE_TR_FUNCTIONS(stages::MovementProvider)

public:
    static QString domainKey() { return QStringLiteral("movement"); }

    QString domain() const override { return domainKey(); }
    StageLadder ladder() const override;
    void contribute(CatalogueBuilder &builder) const override;
};

} // namespace stages
