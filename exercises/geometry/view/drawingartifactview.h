#pragma once

#include "exercises/geometry/drawing.h"

#include <QJsonObject>
#include <QWidget>

class QPushButton;

namespace stages::geometry {

class PointsCanvas;

/// A pupil's saved drawing ("drawing" artifact) for the teacher: the picture, drawn as the pupil
/// saw it, and "Save as SVG…", which writes the stored picture to a file (for the class wall or
/// the pupil's portfolio).
class DrawingArtifactView : public QWidget
{
    Q_OBJECT

public:
    /// Reads DrawingArtifact content; null when it is not a drawing.
    static DrawingArtifactView *fromContent(const QJsonObject &content, QWidget *parent = nullptr);

    PointsCanvas *canvas() const { return m_canvas; }
    QPushButton *saveSvgButton() const { return m_saveSvg; }
    /// Writes the picture's SVG to @p fileName; false (and nothing written) when it cannot.
    bool saveSvg(const QString &fileName) const;

private:
    DrawingArtifactView(const QJsonObject &content, const Drawing &drawing, QWidget *parent);

    QJsonObject m_content;
    PointsCanvas *m_canvas = nullptr;
    QPushButton *m_saveSvg = nullptr;
};

} // namespace stages::geometry
