#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace stages::geometry {

class Drawing;

/// The stored form of a pupil's drawing (an artifact of kind "drawing", kept by AttemptService
/// for the teacher): Drawing::toJson() plus "svg", the picture as DrawingSvg wrote it when the
/// pupil finished, so the teacher's side and `stagesctl geometry export` show it without
/// recomputing. The JSON stays the source of truth: svg() renders it again when the stored text
/// is missing or not an SVG document. The PNG thumbnail is the view's business.
class DrawingArtifact
{
public:
    /// "drawing": AttemptRecord::Artifact::kind.
    static QString artifactKind();
    /// The content to store: Drawing::toJson() and "svg" (its <title> is @p title).
    static QJsonObject content(const Drawing &drawing, const QString &title = {});
    /// The drawing in stored content; std::nullopt with a message in @p error when it is not one.
    static std::optional<Drawing> drawing(const QJsonObject &content, QString *error = nullptr);
    /// The SVG to show: the stored "svg" when it is an SVG document, else the drawing rendered
    /// again. Empty, with a message in @p error, when the content is not a drawing.
    static QByteArray svg(const QJsonObject &content, QString *error = nullptr);
};

} // namespace stages::geometry
