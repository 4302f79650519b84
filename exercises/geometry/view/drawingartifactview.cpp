#include "exercises/geometry/view/drawingartifactview.h"

#include "exercises/geometry/drawingartifact.h"
#include "exercises/geometry/view/pointscanvas.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace stages::geometry {

DrawingArtifactView *DrawingArtifactView::fromContent(const QJsonObject &content, QWidget *parent)
{
    const auto drawing = DrawingArtifact::drawing(content);
    return drawing ? new DrawingArtifactView(content, *drawing, parent) : nullptr;
}

DrawingArtifactView::DrawingArtifactView(const QJsonObject &content, const Drawing &drawing, QWidget *parent)
    : QWidget(parent)
    , m_content(content)
{
    setObjectName(QStringLiteral("drawingArtifact"));
    auto *layout = new QVBoxLayout(this);
    m_canvas = new PointsCanvas(this);
    m_canvas->setPoints(drawing.points());
    m_canvas->setInteractive(false);
    m_canvas->setFocusPolicy(Qt::NoFocus);
    m_canvas->setMinimumSize(320, 320);
    QList<CanvasMark> marks;
    for (const Stroke &s : drawing.strokes())
        marks.append(CanvasMark { { s.a, s.b }, QColor(s.colour), CanvasMark::Style::Drawn });
    m_canvas->setMarks(marks);
    QList<CanvasShape> shapes;
    for (const Shape &s : drawing.shapes())
        shapes.append(CanvasShape { s.corners, QColor(s.stroke), s.fill.isEmpty() ? QColor() : QColor(s.fill) });
    m_canvas->setShapes(shapes);
    if (drawing.symmetry() == Drawing::Symmetry::Mirror)
        m_canvas->setGuide(PointsCanvas::Guide::Mirror);
    else if (drawing.symmetry() == Drawing::Symmetry::Rotation)
        m_canvas->setGuide(PointsCanvas::Guide::Rotation, drawing.turns());
    //: Accessible name of a pupil's saved drawing shown to the teacher
    m_canvas->setAccessibleName(tr("The pupil's drawing"));
    layout->addWidget(m_canvas, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    //: Button: write the pupil's drawing to an SVG picture file
    m_saveSvg = new QPushButton(tr("Save as SVG…"), this);
    m_saveSvg->setObjectName(QStringLiteral("saveSvgButton"));
    buttons->addWidget(m_saveSvg);
    layout->addLayout(buttons);
    connect(m_saveSvg, &QPushButton::clicked, this, [this] {
        const QString fileName = QFileDialog::getSaveFileName(
            this, tr("Save the drawing"),
            QStandardPaths::writableLocation(QStandardPaths::PicturesLocation) + QStringLiteral("/drawing.svg"),
            //: File type filter in the save dialog
            tr("SVG pictures (*.svg)"));
        if (!fileName.isEmpty() && !saveSvg(fileName))
            QMessageBox::warning(this, tr("Save the drawing"),
                                 tr("The drawing could not be saved to %1.").arg(fileName));
    });
}

bool DrawingArtifactView::saveSvg(const QString &fileName) const
{
    const QByteArray svg = DrawingArtifact::svg(m_content);
    if (svg.isEmpty())
        return false;
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(svg);
    return file.commit();
}

} // namespace stages::geometry
