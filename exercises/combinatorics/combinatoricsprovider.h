#pragma once

#include "exercises/framework/catalogueprovider.h"

#include <QCoreApplication>

namespace stages {

/// The combinatorics domain: its ladder of eight stages and about 1,500 exercises over colours,
/// shapes, karate moves, digits, letters and arrows. Movement-skin exercises belong to this
/// domain ("combinatorics") and are found with skin "moves".
class CombinatoricsProvider final : public CatalogueProvider
{
    Q_DECLARE_TR_FUNCTIONS(stages::CombinatoricsProvider)

public:
    static QString domainKey() { return QStringLiteral("combinatorics"); }

    QString domain() const override { return domainKey(); }
    StageLadder ladder() const override;
    void contribute(CatalogueBuilder &builder) const override;
};

} // namespace stages
