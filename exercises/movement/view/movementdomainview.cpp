#include "exercises/movement/view/movementdomainview.h"

#include "exercises/framework/exercisecontent.h"
#include "exercises/movement/tasks/combinationtask.h"
#include "exercises/movement/view/karateartifactview.h"
#include "exercises/movement/view/karatescreen.h"

namespace stages::domains {

namespace {

/// The shared exercise UI, and the movement domain's own screen for karate combinations
/// performed by a figure (and its view of a saved combination for the teacher).
class MovementDomainView final : public DomainView
{
public:
    using DomainView::DomainView;

    TaskScreen *createScreen(const Exercise &exercise, const ScreenContext &context, QWidget *parent) const override
    {
        const Task *task = context.content.engine().tasks().find(exercise.task);
        if (dynamic_cast<const movement::CombinationTask *>(task))
            return new movement::KarateScreen(context.content.engine(), exercise, context.clock, parent);
        return DomainView::createScreen(exercise, context, parent);
    }

    QWidget *createArtifactView(const QString &kind, const QJsonObject &content, const ExerciseContent &exercises,
                                QWidget *parent) const override
    {
        if (kind == movement::CombinationTask::artifactKind())
            return movement::KarateArtifactView::fromContent(content, exercises, parent);
        return nullptr;
    }
};

} // namespace

std::unique_ptr<DomainView> movementView(const DomainModule &module)
{
    return std::make_unique<MovementDomainView>(module);
}

} // namespace stages::domains
