#include "exercises/geometry/starpolygonsvg.h"

#include "exercises/geometry/starpolygonstructure.h"

#include <QXmlStreamWriter>

#include <cmath>
#include <numbers>

namespace stages::geometry {

QPointF StarPolygonSvg::point(int i, int n, QPointF centre, double radius)
{
    const double angle = -std::numbers::pi / 2 + 2 * std::numbers::pi * double(i) / double(n);
    return { centre.x() + radius * std::cos(angle), centre.y() + radius * std::sin(angle) };
}

QByteArray StarPolygonSvg::write(int n, int k, int size)
{
    const StarPolygonStructure star(n, k);
    return writeFigures(star.enumerate(), n, QStringLiteral("{%1/%2}").arg(n).arg(k), size);
}

QByteArray StarPolygonSvg::writeFigures(const ItemList &figures, int n, const QString &title, int size)
{
    // Okabe & Ito's colours, as the exercise skins use them.
    static const char *const colours[] = { "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9" };
    const QPointF centre(size / 2.0, size / 2.0);
    const double radius = size / 2.0 - 12;
    auto number = [](double v) { return QString::number(v, 'f', 2); };

    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("svg"));
    xml.writeDefaultNamespace(QStringLiteral("http://www.w3.org/2000/svg"));
    xml.writeAttribute(QStringLiteral("width"), QString::number(size));
    xml.writeAttribute(QStringLiteral("height"), QString::number(size));
    xml.writeAttribute(QStringLiteral("viewBox"), QStringLiteral("0 0 %1 %1").arg(size));
    xml.writeTextElement(QStringLiteral("title"), title);

    xml.writeEmptyElement(QStringLiteral("circle"));
    xml.writeAttribute(QStringLiteral("cx"), number(centre.x()));
    xml.writeAttribute(QStringLiteral("cy"), number(centre.y()));
    xml.writeAttribute(QStringLiteral("r"), number(radius));
    xml.writeAttribute(QStringLiteral("fill"), QStringLiteral("none"));
    xml.writeAttribute(QStringLiteral("stroke"), QStringLiteral("#CCCCCC"));

    for (qsizetype f = 0; f < figures.size(); ++f) {
        QStringList corners;
        for (int i : figures.at(f)) {
            const QPointF p = point(i, n, centre, radius);
            corners.append(number(p.x()) + QLatin1Char(',') + number(p.y()));
        }
        xml.writeEmptyElement(QStringLiteral("polygon"));
        xml.writeAttribute(QStringLiteral("points"), corners.join(QLatin1Char(' ')));
        xml.writeAttribute(QStringLiteral("fill"), QStringLiteral("none"));
        xml.writeAttribute(QStringLiteral("stroke"), QLatin1String(colours[f % 6]));
        xml.writeAttribute(QStringLiteral("stroke-width"), QStringLiteral("3"));
        xml.writeAttribute(QStringLiteral("stroke-linejoin"), QStringLiteral("round"));
    }

    for (int i = 0; i < n; ++i) {
        const QPointF p = point(i, n, centre, radius);
        xml.writeEmptyElement(QStringLiteral("circle"));
        xml.writeAttribute(QStringLiteral("cx"), number(p.x()));
        xml.writeAttribute(QStringLiteral("cy"), number(p.y()));
        xml.writeAttribute(QStringLiteral("r"), QStringLiteral("4"));
        xml.writeAttribute(QStringLiteral("fill"), QStringLiteral("#333333"));
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace stages::geometry
