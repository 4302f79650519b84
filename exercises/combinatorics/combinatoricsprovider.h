#pragma once

#include "exercises/framework/catalogueprovider.h"

#include <QCoreApplication>

namespace stages {

/// The combinatorics domain: its ladder of eight stages and its exercises over colours, shapes,
/// digits, letters and arrows (karate moves are the movement domain's, exercises/movement).
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
