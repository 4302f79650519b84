#include "exercises/geometry/drawingartifact.h"

#include "exercises/geometry/drawing.h"
#include "exercises/geometry/drawingsvg.h"

#include <QXmlStreamReader>

namespace stages::geometry {

namespace {

/// Well-formed XML whose root element is <svg>.
bool isSvgDocument(const QByteArray &text)
{
    QXmlStreamReader xml(text);
    bool root = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && !root) {
            if (xml.name() != QLatin1String("svg"))
                return false;
            root = true;
        }
    }
    return root && !xml.hasError();
}

} // namespace

QString DrawingArtifact::artifactKind()
{
    return QStringLiteral("drawing");
}

QJsonObject DrawingArtifact::content(const Drawing &drawing, const QString &title)
{
    QJsonObject o = drawing.toJson();
    o.insert(QStringLiteral("svg"), QString::fromUtf8(DrawingSvg::write(drawing, title)));
    return o;
}

std::optional<Drawing> DrawingArtifact::drawing(const QJsonObject &content, QString *error)
{
    return Drawing::fromJson(content, error);
}

QByteArray DrawingArtifact::svg(const QJsonObject &content, QString *error)
{
    const std::optional<Drawing> d = drawing(content, error);
    if (!d)
        return {};
    const QByteArray stored = content.value(QStringLiteral("svg")).toString().toUtf8();
    return isSvgDocument(stored) ? stored : DrawingSvg::write(*d);
}

} // namespace stages::geometry
