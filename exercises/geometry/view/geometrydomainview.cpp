#include "exercises/geometry/view/geometrydomainview.h"

#include "exercises/framework/exercisecontent.h"
#include "exercises/framework/view/exercisescreen.h"
#include "exercises/geometry/drawingartifact.h"
#include "exercises/geometry/view/createdrawingscreen.h"
#include "exercises/geometry/view/drawingartifactview.h"
#include "exercises/geometry/view/drawscreen.h"
#include "exercises/geometry/view/geometryshapeviews.h"
#include "exercises/geometry/view/predictscreen.h"
#include "exercises/geometry/view/symmetryscreen.h"

namespace stages::domains {

namespace {

/// The geometry domain's screens: its own for drawing on points on a circle (draw, predict,
/// create-drawing) and for the mirror grid (complete-symmetry, find-mirrors); the shared
/// ExerciseScreen with a picture of each row (a wheel, a figure, a bar) for the framework's tasks;
/// and the saved drawing, for the teacher.
class GeometryDomainView final : public DomainView
{
public:
    using DomainView::DomainView;

    TaskScreen *createScreen(const Exercise &exercise, const ScreenContext &context, QWidget *parent) const override
    {
        const ExerciseEngine &engine = context.content.engine();
        if (exercise.task == QLatin1String("draw"))
            return new geometry::DrawScreen(engine, exercise, context.clock, parent);
        if (exercise.task == QLatin1String("predict"))
            return new geometry::PredictScreen(engine, exercise, context.clock, parent);
        if (exercise.task == QLatin1String("create-drawing"))
            return new geometry::CreateDrawingScreen(engine, exercise, context.clock, parent);
        if (auto *screen = geometry::SymmetryScreen::create(engine, exercise, context.clock, parent))
            return screen;
        // The framework's tasks on the shared screen, with a picture of what the row means. No
        // picture (lattice paths): keep the screen's own, which setShapeView(nullptr) would drop.
        auto *screen = qobject_cast<ExerciseScreen *>(DomainView::createScreen(exercise, context, parent));
        if (screen) {
            if (RowShapeView *shape = geometry::makeGeometryShapeView(exercise, screen))
                screen->setShapeView(shape);
        }
        return screen;
    }

    QWidget *createArtifactView(const QString &kind, const QJsonObject &content, const ExerciseContent &,
                                QWidget *parent) const override
    {
        if (kind == geometry::DrawingArtifact::artifactKind())
            return geometry::DrawingArtifactView::fromContent(content, parent);
        return nullptr;
    }
};

} // namespace

std::unique_ptr<DomainView> geometryView(const DomainModule &module)
{
    return std::make_unique<GeometryDomainView>(module);
}

} // namespace stages::domains
