#include "exercises/geometry/circlesvgwriter.h"

#include <QStringList>

#include <cmath>
#include <numbers>

namespace stages::geometry {

namespace {

QString number(double v)
{
    return QString::number(v, 'f', 2);
}

} // namespace

QPointF CircleSvgWriter::point(int i, int n, QPointF centre, double radius)
{
    const double angle = -std::numbers::pi / 2 + 2 * std::numbers::pi * double(i) / double(n);
    return { centre.x() + radius * std::cos(angle), centre.y() + radius * std::sin(angle) };
}

CircleSvgWriter::CircleSvgWriter(int n, int size, const QString &title)
    : m_xml(&m_out)
    , m_n(n)
    , m_centre(size / 2.0, size / 2.0)
    , m_radius(size / 2.0 - 12)
{
    m_xml.setAutoFormatting(true);
    m_xml.writeStartDocument();
    m_xml.writeStartElement(QStringLiteral("svg"));
    m_xml.writeDefaultNamespace(QStringLiteral("http://www.w3.org/2000/svg"));
    m_xml.writeAttribute(QStringLiteral("width"), QString::number(size));
    m_xml.writeAttribute(QStringLiteral("height"), QString::number(size));
    m_xml.writeAttribute(QStringLiteral("viewBox"), QStringLiteral("0 0 %1 %1").arg(size));
    m_xml.writeTextElement(QStringLiteral("title"), title);

    m_xml.writeEmptyElement(QStringLiteral("circle"));
    m_xml.writeAttribute(QStringLiteral("cx"), number(m_centre.x()));
    m_xml.writeAttribute(QStringLiteral("cy"), number(m_centre.y()));
    m_xml.writeAttribute(QStringLiteral("r"), number(m_radius));
    m_xml.writeAttribute(QStringLiteral("fill"), QStringLiteral("none"));
    m_xml.writeAttribute(QStringLiteral("stroke"), QStringLiteral("#CCCCCC"));
}

void CircleSvgWriter::polygon(const QList<int> &corners, const QString &stroke, const QString &fill)
{
    QStringList points;
    for (int i : corners) {
        const QPointF p = point(i);
        points.append(number(p.x()) + QLatin1Char(',') + number(p.y()));
    }
    m_xml.writeEmptyElement(QStringLiteral("polygon"));
    m_xml.writeAttribute(QStringLiteral("points"), points.join(QLatin1Char(' ')));
    m_xml.writeAttribute(QStringLiteral("fill"), fill.isEmpty() ? QStringLiteral("none") : fill);
    m_xml.writeAttribute(QStringLiteral("stroke"), stroke);
    m_xml.writeAttribute(QStringLiteral("stroke-width"), QStringLiteral("3"));
    m_xml.writeAttribute(QStringLiteral("stroke-linejoin"), QStringLiteral("round"));
}

void CircleSvgWriter::line(int a, int b, const QString &stroke)
{
    const QPointF from = point(a);
    const QPointF to = point(b);
    m_xml.writeEmptyElement(QStringLiteral("line"));
    m_xml.writeAttribute(QStringLiteral("x1"), number(from.x()));
    m_xml.writeAttribute(QStringLiteral("y1"), number(from.y()));
    m_xml.writeAttribute(QStringLiteral("x2"), number(to.x()));
    m_xml.writeAttribute(QStringLiteral("y2"), number(to.y()));
    m_xml.writeAttribute(QStringLiteral("stroke"), stroke);
    m_xml.writeAttribute(QStringLiteral("stroke-width"), QStringLiteral("3"));
    m_xml.writeAttribute(QStringLiteral("stroke-linecap"), QStringLiteral("round"));
}

QByteArray CircleSvgWriter::finish()
{
    for (int i = 0; i < m_n; ++i) {
        const QPointF p = point(i);
        m_xml.writeEmptyElement(QStringLiteral("circle"));
        m_xml.writeAttribute(QStringLiteral("cx"), number(p.x()));
        m_xml.writeAttribute(QStringLiteral("cy"), number(p.y()));
        m_xml.writeAttribute(QStringLiteral("r"), QStringLiteral("4"));
        m_xml.writeAttribute(QStringLiteral("fill"), QStringLiteral("#333333"));
    }
    m_xml.writeEndElement();
    m_xml.writeEndDocument();
    return m_out;
}

} // namespace stages::geometry
