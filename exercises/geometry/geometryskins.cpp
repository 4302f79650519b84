#include "exercises/geometry/geometryskins.h"

#include "exercises/framework/skinregistry.h"

namespace stages::geometry {

Skin GeometrySkins::points()
{
    QList<SkinElement> elements;
    for (int i = 0; i < 12; ++i) {
        //: One of the numbered points on a circle that a pupil joins with lines
        elements.append({ QString::number(i + 1), tr("point %1").arg(i + 1), QString::number(i + 1), {},
                          QStringLiteral("point"), {}, QJsonObject { { QStringLiteral("point"), i } } });
    }
    return Skin(QStringLiteral("points"), tr("points on a circle"), elements)
        .onlyFor({ QStringLiteral("star_polygon"), QStringLiteral("chords") });
}

Skin GeometrySkins::colouredParts(const QString &key, const QString &part)
{
    const SkinRegistry framework = SkinRegistry::builtIn();
    QList<SkinElement> elements = framework.find(QStringLiteral("colors"))->elements();
    for (SkinElement &element : elements)
        element.extra.insert(QStringLiteral("part"), part);
    QString name;
    if (part == QLatin1String("sector"))
        name = tr("a coloured wheel");
    else if (part == QLatin1String("petal"))
        name = tr("a coloured flower");
    else
        name = tr("a polygon with coloured sides");
    return Skin(key, name, elements).onlyFor({ QStringLiteral("colouring") });
}

Skin GeometrySkins::cells()
{
    return Skin(QStringLiteral("cells"), tr("grid cells"),
                { { QStringLiteral("empty"), tr("empty cell"), QStringLiteral("□"), QStringLiteral("#FFFFFF"),
                    QStringLiteral("square"), {}, {} },
                  { QStringLiteral("filled"), tr("filled cell"), QStringLiteral("■"), QStringLiteral("#0072B2"),
                    QStringLiteral("square"), {}, {} } })
        .onlyFor({ QStringLiteral("symmetry") });
}

Skin GeometrySkins::rods(int kinds)
{
    struct Rod { const char *colour; const char *symbol; };
    static const Rod rods[] = { { "#E69F00", "▬" }, { "#56B4E9", "▬▬" }, { "#009E73", "▬▬▬" } };
    QList<SkinElement> elements;
    for (int length = 1; length <= kinds; ++length) {
        const Rod &rod = rods[length - 1];
        elements.append({ QStringLiteral("rod%1").arg(length), tr("piece %n long", nullptr, length),
                          QString::fromUtf8(rod.symbol), QLatin1String(rod.colour), QStringLiteral("rod"), {},
                          QJsonObject { { QStringLiteral("length"), length } } });
    }
    return Skin(QStringLiteral("rods%1").arg(kinds), tr("pieces of a bar"), elements)
        .onlyFor({ QStringLiteral("composition") });
}

QList<Skin> GeometrySkins::all()
{
    return { points(),
             colouredParts(QStringLiteral("wheel"), QStringLiteral("sector")),
             colouredParts(QStringLiteral("flower"), QStringLiteral("petal")),
             colouredParts(QStringLiteral("sides"), QStringLiteral("side")),
             cells(),
             rods(2),
             rods(3) };
}

} // namespace stages::geometry
