#pragma once

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QString>
#include <QXmlStreamWriter>

namespace stages::geometry {

/// The SVG frame every picture of points on a circle shares (StarPolygonSvg, DrawingSvg): the
/// document with its viewBox and <title>, the faint circle, lines and polygons through points,
/// the points on top, written with QXmlStreamWriter into a QByteArray the writer owns.
/// Point i of n sits at −90° + 360°·i/n: the top, then clockwise.
class CircleSvgWriter
{
public:
    /// Where point @p i of @p n lies on a circle of @p radius around @p centre.
    static QPointF point(int i, int n, QPointF centre, double radius);

    /// Starts the document (size × size pixels) with its <title> and the faint circle.
    CircleSvgWriter(int n, int size, const QString &title);

    QPointF centre() const { return m_centre; }
    double radius() const { return m_radius; }
    QPointF point(int i) const { return point(i, m_n, m_centre, m_radius); }

    /// A closed <polygon> through the points @p corners; @p fill empty: fill="none".
    void polygon(const QList<int> &corners, const QString &stroke, const QString &fill = {});
    /// A <line> from point @p a to point @p b with round caps.
    void line(int a, int b, const QString &stroke);
    /// The points as small dark dots, ends the document and returns it.
    QByteArray finish();

private:
    QByteArray m_out;
    QXmlStreamWriter m_xml;
    int m_n;
    QPointF m_centre;
    double m_radius;
};

} // namespace stages::geometry
