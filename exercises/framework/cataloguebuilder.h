#pragma once

#include "exercises/framework/catalogue.h"
#include "exercises/framework/catalogueprovider.h"

#include <QJsonObject>
#include <QSet>

#include <memory>
#include <vector>

namespace stages {

class ExerciseEngine;

/// Builds the catalogue from the providers of each domain.
///
/// Providers describe families (structure × skin × task × options, in a stage) and ask for a
/// number of variants; the builder derives every variant from its id alone (the elements shown,
/// the seed), so ids are stable and the same id always means the same exercise. Variants that
/// would look the same to a pupil are skipped, so every exercise in the catalogue is distinct.
class CatalogueBuilder
{
public:
    explicit CatalogueBuilder(const ExerciseEngine &engine);
    ~CatalogueBuilder();

    void addProvider(std::unique_ptr<CatalogueProvider> provider);
    Catalogue build();

    const ExerciseEngine &engine() const { return m_engine; }

    struct Family
    {
        QString idPrefix; ///< first id segment: "comb"
        QString domain;
        int stage = 0;
        QString structure; ///< StructureRegistry kind
        QJsonObject params;
        QString skin;
        QString task;
        /// Task options; "targetSkin": "auto" lets the builder choose a transfer target per variant.
        QJsonObject options;
        int variants = 1;
    };

    /// Adds up to family.variants exercises; returns how many. Families whose skin does not fit
    /// the structure or whose task does not suit it add nothing (that is how "every structure
    /// with every skin that makes sense" is written). Unknown names are recorded in problems().
    int addFamily(const Family &family);

    /// Mistakes in providers' tables (unknown skin, bad parameters ...); empty when all is well.
    const QStringList &problems() const { return m_problems; }

private:
    std::shared_ptr<const Structure> structure(const QString &kind, const QJsonObject &params);

    const ExerciseEngine &m_engine;
    std::vector<std::unique_ptr<CatalogueProvider>> m_providers;
    QHash<QString, std::shared_ptr<const Structure>> m_structures;
    Catalogue m_catalogue;
    QStringList m_problems;
};

} // namespace stages
