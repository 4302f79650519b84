#include "exercises/geometry/view/geometrydomainview.h"

#include "exercises/framework/exercisecontent.h"
#include "exercises/geometry/view/drawscreen.h"
#include "exercises/geometry/view/predictscreen.h"

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
        return DomainView::createScreen(exercise, context, parent);
    }
};

} // namespace

std::unique_ptr<DomainView> geometryView(const DomainModule &module)
{
    return std::make_unique<GeometryDomainView>(module);
}

} // namespace stages::domains
