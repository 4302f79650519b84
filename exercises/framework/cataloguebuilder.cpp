#include "exercises/framework/cataloguebuilder.h"

#include "exercises/framework/exerciseengine.h"
#include "exercises/framework/seededrandom.h"

#include <QJsonDocument>

#include <algorithm>

namespace stages {

namespace {

/// @p pick element indexes of a skin with @p size elements, in skin order. Variant 1 takes the
/// first ones (1, 2, 3; red, blue, green), the others a seeded choice.
QList<int> chooseElements(int variant, quint64 seed, int size, int pick)
{
    QList<int> all(size);
    for (int i = 0; i < size; ++i)
        all[i] = i;
    if (variant > 1) {
        SeededRandom random(seed);
        for (int i = 0; i < pick; ++i)
            std::swap(all[i], all[i + random.bounded(size - i)]);
    }
    QList<int> chosen = all.mid(0, pick);
    std::sort(chosen.begin(), chosen.end());
    return chosen;
}

} // namespace

CatalogueBuilder::CatalogueBuilder(const ExerciseEngine &engine)
    : m_engine(engine)
{
}

CatalogueBuilder::~CatalogueBuilder() = default;

void CatalogueBuilder::addProvider(std::unique_ptr<CatalogueProvider> provider)
{
    m_providers.push_back(std::move(provider));
}

Catalogue CatalogueBuilder::build()
{
    m_catalogue = Catalogue();
    m_problems.clear();
    for (const auto &provider : m_providers) {
        m_catalogue.m_ladders.append(provider->ladder());
        provider->contribute(*this);
    }
    return std::move(m_catalogue);
}

std::shared_ptr<const Structure> CatalogueBuilder::structure(const QString &kind, const QJsonObject &params)
{
    const QString key = kind + QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Compact));
    if (auto it = m_structures.constFind(key); it != m_structures.cend())
        return *it;
    auto created = m_engine.structures().create(kind, params);
    if (!created) {
        m_problems.append(key + QLatin1String(": ") + created.error());
        return nullptr;
    }
    m_structures.insert(key, *created);
    return *created;
}

int CatalogueBuilder::addFamily(const Family &family)
{
    const std::shared_ptr<const Structure> structure = this->structure(family.structure, family.params);
    const Skin *skin = m_engine.skins().find(family.skin);
    const Task *task = m_engine.tasks().find(family.task);
    if (!skin || !task) {
        m_problems.append(QStringLiteral("unknown skin or task: %1 %2").arg(family.skin, family.task));
        return 0;
    }
    if (!structure || !skin->fits(*structure) || !task->suits(*structure))
        return 0;

    const bool autoTarget = family.options.value(QStringLiteral("targetSkin")).toString() == QLatin1String("auto");
    QStringList targets;
    if (autoTarget) {
        for (const Skin &other : m_engine.skins().skins()) {
            if (other.key() != skin->key() && other.fits(*structure))
                targets.append(other.key());
        }
        if (targets.isEmpty())
            return 0;
    }

    const QString familyId = family.idPrefix + QLatin1Char('/') + structure->idSegment() + QLatin1Char('/')
        + skin->key() + QLatin1Char('/') + task->key();
    QSet<QString> looks;
    int added = 0;
    // Try a few more ids than asked: a small skin has only so many different element choices.
    for (int variant = 1; added < family.variants && variant <= family.variants * 4; ++variant) {
        Exercise e;
        e.id = familyId + QStringLiteral("/s%1").arg(variant);
        if (m_catalogue.m_index.contains(e.id)) {
            m_problems.append(QStringLiteral("duplicate id %1").arg(e.id));
            continue;
        }
        e.domain = family.domain;
        e.stage = family.stage;
        e.structure = structure;
        e.skin = skin->key();
        e.task = task->key();
        e.seed = SeededRandom::hash(e.id);
        e.elements = chooseElements(variant, e.seed, skin->size(), structure->elementCount());
        e.options = family.options;
        QString look = QString::number(e.elements.size());
        for (int index : std::as_const(e.elements))
            look += QLatin1Char(',') + QString::number(index);
        if (autoTarget) {
            SeededRandom random(e.seed ^ 0x7f4a7c15ull);
            const Skin *target = m_engine.skins().find(targets.at(random.bounded(int(targets.size()))));
            const QList<int> targetElements = chooseElements(variant, random.next(), target->size(), structure->elementCount());
            QJsonArray array;
            for (int index : targetElements)
                array.append(index);
            e.options.insert(QStringLiteral("targetSkin"), target->key());
            e.options.insert(QStringLiteral("targetElements"), array);
            look += QLatin1Char('>') + target->key();
        }
        if (task->seeded())
            look += QLatin1Char('#') + task->variantKey(e);
        if (looks.contains(look))
            continue;
        looks.insert(look);
        m_catalogue.m_index.insert(e.id, m_catalogue.m_exercises.size());
        m_catalogue.m_exercises.append(std::move(e));
        ++added;
    }
    return added;
}

} // namespace stages
