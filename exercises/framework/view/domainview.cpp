#include "exercises/framework/view/domainview.h"

#include "exercises/framework/domainmodule.h"
#include "exercises/framework/exercisecontent.h"
#include "exercises/framework/speech/speaker.h"
#include "exercises/framework/view/domainpage.h"
#include "exercises/framework/view/exercisescreen.h"
#include "exercises/framework/view/screenservices.h"

namespace stages {

DomainView::DomainView(const DomainModule &module)
    : m_module(module)
{ }

DomainView::~DomainView() = default;

QString DomainView::id() const
{
    return m_module.id();
}

TaskScreen *DomainView::createScreen(const Exercise &exercise, const ScreenContext &context, QWidget *parent) const
{
    const Task *task = context.content.engine().tasks().find(exercise.task);
    if (!task || task->answerKind() == AnswerKind::Custom)
        return nullptr;
    return new ExerciseScreen(context.content.engine(), exercise, context.clock, parent);
}

TaskScreen *DomainView::makeScreen(const Exercise &exercise, const ScreenContext &context, QWidget *parent) const
{
    TaskScreen *screen = createScreen(exercise, context, parent);
    if (screen && context.services)
        screen->setSpeaker(qobject_cast<Speaker *>(context.services->service(u"speech")));
    return screen;
}

QList<HomeTile> DomainView::homeTiles(const PageContext &context) const
{
    if (!m_module.isAvailable())
        return {};
    return { { m_module.id(), m_module.title(), m_module.icon(), m_module.color(), new DomainPage(*this, context) } };
}

QWidget *DomainView::createMapBanner(const PageContext &context, QWidget *parent) const
{
    Q_UNUSED(context);
    Q_UNUSED(parent);
    return nullptr;
}

void DomainView::pageShown(const PageContext &context) const
{
    Q_UNUSED(context);
}

QWidget *DomainView::createArtifactView(const QString &kind, const QJsonObject &content,
                                        const ExerciseContent &exercises, QWidget *parent) const
{
    Q_UNUSED(kind);
    Q_UNUSED(content);
    Q_UNUSED(exercises);
    Q_UNUSED(parent);
    return nullptr;
}

} // namespace stages
