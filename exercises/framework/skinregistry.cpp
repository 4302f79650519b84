#include "exercises/framework/skinregistry.h"

namespace stages {

void SkinRegistry::add(Skin skin)
{
    for (Skin &existing : m_skins) {
        if (existing.key() == skin.key()) {
            existing = std::move(skin);
            return;
        }
    }
    m_skins.append(std::move(skin));
}

const Skin *SkinRegistry::find(const QString &key) const
{
    for (const Skin &skin : m_skins) {
        if (skin.key() == key)
            return &skin;
    }
    return nullptr;
}

QStringList SkinRegistry::keys() const
{
    QStringList keys;
    for (const Skin &skin : m_skins)
        keys.append(skin.key());
    return keys;
}

QStringList SkinRegistry::moveKeys()
{
    return {QStringLiteral("punch"), QStringLiteral("kick"), QStringLiteral("block"),
            QStringLiteral("step"), QStringLiteral("turn"), QStringLiteral("bow")};
}

SkinRegistry SkinRegistry::builtIn()
{
    const QStringList notPaths{QStringLiteral("lattice_path")};
    SkinRegistry registry;

    // Okabe & Ito's palette, safe for the common colour-vision deficiencies; each colour also
    // has its own shape, so no element is told apart by colour alone. Black is left out
    // (it reads as "empty" on a board).
    struct Colour { const char *key; const char *name; const char *hex; const char *shape; const char *symbol; };
    static const Colour colours[] = {
        {"orange", QT_TR_NOOP("orange"), "#E69F00", "circle", "●"},
        {"sky-blue", QT_TR_NOOP("sky blue"), "#56B4E9", "square", "■"},
        {"green", QT_TR_NOOP("green"), "#009E73", "triangle", "▲"},
        {"yellow", QT_TR_NOOP("yellow"), "#F0E442", "star", "★"},
        {"blue", QT_TR_NOOP("blue"), "#0072B2", "diamond", "◆"},
        {"vermilion", QT_TR_NOOP("vermilion"), "#D55E00", "heart", "♥"},
        {"purple", QT_TR_NOOP("purple"), "#CC79A7", "hexagon", "⬢"},
        {"grey", QT_TR_NOOP("grey"), "#999999", "cross", "✚"},
    };
    QList<SkinElement> colourElements;
    for (const Colour &c : colours)
        colourElements.append({QLatin1String(c.key), tr(c.name), QString::fromUtf8(c.symbol), QLatin1String(c.hex),
                               QLatin1String(c.shape), {}, {}});
    registry.add(Skin(QStringLiteral("colors"), tr("colours"), colourElements).notFor(notPaths));

    struct Shape { const char *key; const char *name; const char *symbol; };
    static const Shape shapes[] = {
        {"circle", QT_TR_NOOP("circle"), "●"}, {"square", QT_TR_NOOP("square"), "■"},
        {"triangle", QT_TR_NOOP("triangle"), "▲"}, {"star", QT_TR_NOOP("star"), "★"},
        {"diamond", QT_TR_NOOP("diamond"), "◆"}, {"heart", QT_TR_NOOP("heart"), "♥"},
        {"hexagon", QT_TR_NOOP("hexagon"), "⬢"}, {"cross", QT_TR_NOOP("cross"), "✚"},
    };
    QList<SkinElement> shapeElements;
    for (const Shape &s : shapes)
        shapeElements.append({QLatin1String(s.key), tr(s.name), QString::fromUtf8(s.symbol), {}, QLatin1String(s.key), {}, {}});
    registry.add(Skin(QStringLiteral("shapes"), tr("shapes"), shapeElements).notFor(notPaths));

    // Karate moves; pictograms in resources/moves (library stages_exercise_resources).
    static const char *const moveNames[] = {QT_TR_NOOP("punch"), QT_TR_NOOP("kick"), QT_TR_NOOP("block"),
                                            QT_TR_NOOP("step"), QT_TR_NOOP("turn"), QT_TR_NOOP("bow")};
    static const char *const moveSymbols[] = {"👊", "🦵", "🛡", "👣", "🔄", "🙇"};
    QList<SkinElement> moveElements;
    const QStringList moves = moveKeys();
    for (int i = 0; i < moves.size(); ++i)
        moveElements.append({moves.at(i), tr(moveNames[i]), QString::fromUtf8(moveSymbols[i]), {}, {},
                             QStringLiteral(":/moves/%1.svg").arg(moves.at(i)), {}});
    registry.add(Skin(QStringLiteral("moves"), tr("karate moves"), moveElements).notFor(notPaths));

    QList<SkinElement> digitElements;
    for (int d = 1; d <= 9; ++d)
        digitElements.append({QString::number(d), QString::number(d), QString::number(d), {}, {}, {}, {}});
    registry.add(Skin(QStringLiteral("digits"), tr("digits"), digitElements).notFor(notPaths));

    QList<SkinElement> letterElements;
    for (char c = 'A'; c <= 'J'; ++c)
        letterElements.append({QString(QLatin1Char(c)), QString(QLatin1Char(c)), QString(QLatin1Char(c)), {}, {}, {}, {}});
    registry.add(Skin(QStringLiteral("letters"), tr("letters"), letterElements).notFor(notPaths));

    registry.add(Skin(QStringLiteral("arrows"), tr("arrows"),
                      {{QStringLiteral("right"), tr("right"), QStringLiteral("→"), {}, QStringLiteral("arrow-right"), {}, {}},
                       {QStringLiteral("up"), tr("up"), QStringLiteral("↑"), {}, QStringLiteral("arrow-up"), {}, {}}})
                     .onlyFor(notPaths));
    return registry;
}

} // namespace stages
